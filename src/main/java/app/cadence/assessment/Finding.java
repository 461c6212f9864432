package app.cadence.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the therapist found in one domain: the child's strengths to build on and needs to address. */
public record Finding(
        @NotNull Domain domain,
        @Size(max = 4000) String strengths,
        @Size(max = 4000) String needs) {
}
