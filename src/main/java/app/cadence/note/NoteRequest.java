package app.cadence.note;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.problem.Violation;
import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.FreeText;

/**
 * A draft note as the therapist writes it: SOAP sections or one narrative. Blank sections count as
 * absent. Author, status and signature are never taken from the body.
 */
@Schema(name = "NoteRequest", description = "soap: at least one of subjective, objective, assessment, plan, and no "
        + "narrative. narrative: narrative only.")
@CleanInput
public record NoteRequest(
        @NotNull @Schema(description = "soap or narrative", example = "soap") NoteFormat format,
        @Size(max = MAX_TEXT) @Schema(description = "SOAP: what the child, family or staff reported",
                example = "Mother reports Mila slept poorly and was anxious before the dressing change.") @FreeText String subjective,
        @Size(max = MAX_TEXT) @Schema(description = "SOAP: what the therapist observed and measured",
                example = "Anxiety 7/10 before, 3/10 after; sang two verses of a preferred song with the ukulele.") @FreeText String objective,
        @Size(max = MAX_TEXT) @Schema(description = "SOAP: the therapist's interpretation",
                example = "Preferred live music supported coping during the procedure.") @FreeText String assessment,
        @Size(max = MAX_TEXT) @Schema(description = "SOAP: what comes next",
                example = "Continue procedural support sessions three times a week.") @FreeText String plan,
        @Size(max = MAX_TEXT) @Schema(description = "Narrative note: the whole text (absent for SOAP)") @FreeText String narrative) {

    static final int MAX_TEXT = 20_000;

    /** The rules of the chosen format, which no single field can check alone; empty when the note is consistent. */
    List<Violation> formatViolations() {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> soap = soapSections();
        if (format == NoteFormat.SOAP) {
            if (present(narrative)) {
                violations.add(new Violation("narrative", "must be absent for a soap note"));
            }
            if (soap.values().stream().noneMatch(NoteRequest::present)) {
                violations.add(new Violation("subjective", "a soap note needs at least one of subjective, objective, "
                        + "assessment, plan"));
            }
        } else {
            if (!present(narrative)) {
                violations.add(new Violation("narrative", "must not be blank for a narrative note"));
            }
            soap.forEach((field, text) -> {
                if (present(text)) {
                    violations.add(new Violation(field, "must be absent for a narrative note"));
                }
            });
        }
        return violations;
    }

    private Map<String, String> soapSections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("subjective", subjective);
        sections.put("objective", objective);
        sections.put("assessment", assessment);
        sections.put("plan", plan);
        return sections;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
