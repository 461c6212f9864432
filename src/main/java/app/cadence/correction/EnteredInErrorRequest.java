package app.cadence.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.FreeText;

/** Why a record is a mistake; who marks it and when are taken from the request itself. */
@Schema(name = "EnteredInErrorRequest")
@CleanInput
public record EnteredInErrorRequest(
        @NotBlank @Size(max = EnteredInErrorRequest.MAX_REASON) @Schema(description = "Why the record is a mistake "
                + "(required, at most 2000 characters)", example = "Documented under the wrong child: this session was Noah's.")
        @FreeText String reason) {

    /** Also the column width of V22. */
    public static final int MAX_REASON = 2000;
}
