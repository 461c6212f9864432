package app.cadence.intervention;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Intervention")
public record InterventionResponse(
        @Schema(example = "song-for-procedural-support") String code,
        @Schema(example = "Song for procedural support") String name,
        InterventionCategory category,
        String description,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static InterventionResponse of(Intervention intervention) {
        return new InterventionResponse(intervention.code, intervention.name, intervention.category,
                intervention.description, intervention.createdAt, intervention.updatedAt);
    }
}
