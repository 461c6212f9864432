package app.cadence.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.Audited;
import app.cadence.security.Roles;

@Audited(resource = "signed-records")
@Path("/api/v1/signed-records/verification")
@Tag(name = "Audit")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class SignedRecordVerificationResource {

    private final SignedRecordVerification verification;

    SignedRecordVerificationResource(SignedRecordVerification verification) {
        this.verification = verification;
    }

    @GET
    @Operation(operationId = "verifySignedRecords", summary = "Verify every signed note and addendum (supervisor)",
            description = "Recomputes each signed note's and addendum's SHA-256 from its canonical content (as documented "
                    + "on the note) and compares it with the hash recorded at signing. A mismatch means the stored record "
                    + "changed after signing, which Cadence and its database account cannot do: a database superuser's "
                    + "edit, a faulty restore, corruption. Mismatches are listed by id only. Run it after restoring a "
                    + "backup; each run is audited.")
    @APIResponse(responseCode = "200", description = "The verification's result")
    public SignedRecordVerificationReport verify() {
        return verification.verify();
    }
}
