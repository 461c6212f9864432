package app.cadence.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

/** What the therapist found in one domain: the child's strengths to build on and needs to address. */
@CleanInput
public record Finding(
        @NotNull Domain domain,
        @Size(max = 4000) @FreeText String strengths,
        @Size(max = 4000) @FreeText String needs) {
}
