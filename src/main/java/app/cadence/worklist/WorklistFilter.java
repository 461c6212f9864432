package app.cadence.worklist;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import app.cadence.common.validation.CleanInput;

/** Query parameters of the unsigned-notes worklist. */
@CleanInput
public class WorklistFilter {

    // A String checked here rather than a UUID: a UUID that fails to convert would answer 404, not 422.
    @QueryParam("therapistId")
    @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            message = "must be a staff id (UUID)")
    @Parameter(description = "Only this therapist's sessions (staff id). A therapist's worklist is always their own, "
            + "so for them another id gives an empty list.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String therapistId;

    Optional<UUID> therapist() {
        return Optional.ofNullable(therapistId).map(UUID::fromString);
    }
}
