package app.cadence.referral;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "referral")
@Path("/api/v1/referrals")
@Tag(name = "Referrals")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String PATH = "/api/v1/referrals/";

    private final ReferralService referrals;
    private final ReferralDecisions decisions;

    ReferralResource(ReferralService referrals, ReferralDecisions decisions) {
        this.referrals = referrals;
        this.decisions = decisions;
    }

    @GET
    @Operation(operationId = "listReferrals", summary = "The referral queue",
            description = "Referrals of one status (pending unless status says otherwise), urgent first, then oldest "
                    + "first. Pending referrals are the queue every therapist and supervisor sees. Otherwise a therapist "
                    + "or child life specialist sees the referrals they made and those of clients on their care teams, "
                    + "an integration the referrals it made, a supervisor all.")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    public Page<ReferralResponse> list(
            @QueryParam("status") @Parameter(description = "Only referrals with this status; default pending") ReferralStatus status,
            @Valid @BeanParam PageRequest page) {
        return referrals.list(status, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createReferral", summary = "Refer a child to music therapy",
            description = "Refers an existing client (clientId) or a new one (client, created as referred). A referring "
                    + "child life specialist joins the care team; a referring therapist who creates the client joins it "
                    + "as therapist, leaving primary therapist to whoever accepts. Referring a discharged child brings "
                    + "the child back as referred.")
    @APIResponse(responseCode = "201", description = "Referred",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The client already has a pending referral, was entered in error, "
            + "or a new client's identifier belongs to another client")
    public Response create(@Valid @NotNull ReferralRequest body, @Context UriInfo uriInfo) {
        Referral referral = referrals.create(body);
        return Responses.created(uriInfo, PATH + referral.id, ReferralResponse.of(referral), referral.version);
    }

    @GET
    @Path("/{referralId}")
    @Operation(operationId = "getReferral", summary = "Read a referral",
            description = "Visible as in the queue; any other referral answers 404, exactly like a missing one.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("referralId") UUID referralId) {
        Referral referral = referrals.get(referralId);
        return Responses.ok(ReferralResponse.of(referral), referral.version);
    }

    @AuditAs(AuditAction.UPDATE)
    @POST
    @Path("/{referralId}/accept")
    @Idempotent
    @Operation(operationId = "acceptReferral", summary = "Accept a referral (therapist, supervisor)",
            description = "The client becomes active. The accepting therapist, or the therapist a supervisor names, "
                    + "becomes primary therapist, or joins as therapist when the client already has one. A supervisor "
                    + "who names nobody accepts without assigning a therapist (add one through the care team).")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The referral was already decided, or its client was entered in error")
    public Response accept(@PathParam("referralId") UUID referralId,
            @RequestBody(required = false, description = "Only to name the therapist (supervisor)") @Valid AcceptReferralRequest body) {
        Referral referral = decisions.accept(referralId, body);
        return Responses.ok(ReferralResponse.of(referral), referral.version);
    }

    @AuditAs(AuditAction.UPDATE)
    @POST
    @Path("/{referralId}/decline")
    @Idempotent
    @Operation(operationId = "declineReferral", summary = "Decline a referral with a reason (therapist, supervisor)",
            description = "A new child stays referred and may be referred again; a returning child goes back to discharged.")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The referral was already decided")
    public Response decline(@PathParam("referralId") UUID referralId, @Valid @NotNull DeclineReferralRequest body) {
        Referral referral = decisions.decline(referralId, body);
        return Responses.ok(ReferralResponse.of(referral), referral.version);
    }
}
