package app.cadence.facility;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Facility")
public record FacilityResponse(
        @Schema(example = "RCH") String code,
        @Schema(example = "Riverside Children's Hospital") String name,
        @Schema(description = "IANA time zone its dates are shown in", example = "America/New_York") String timeZone,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static FacilityResponse of(Facility facility) {
        return new FacilityResponse(facility.code, facility.name, facility.timeZone, facility.createdAt, facility.updatedAt);
    }
}
