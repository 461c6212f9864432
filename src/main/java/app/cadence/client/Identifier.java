package app.cadence.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.CleanInput;

/** A business identifier such as the hospital MRN; unique per system across all clients. */
@Embeddable
@Schema(name = "Identifier")
@CleanInput
public record Identifier(
        @Column(name = "system", nullable = false)
        @NotBlank @Size(max = 200)
        @Schema(description = "Namespace of the value, e.g. the hospital's MRN system URI", example = "urn:oid:2.16.840.1.113883.3.1234.1")
        String system,
        @Column(name = "value", nullable = false)
        @NotBlank @Size(max = 100)
        @Schema(example = "MRN-0042187")
        String value) {
}
