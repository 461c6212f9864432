package app.cadence.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import app.cadence.common.problem.ProblemException;
import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.InputRules;

/** The {@code date} of an agenda: a calendar day in the agenda's time zone, today when absent. */
@CleanInput
public class AgendaDay {

    @QueryParam("date")
    @Size(max = 10)
    @Parameter(description = "The day (YYYY-MM-DD), in the time zone of the caller's facility when they belong to exactly "
            + "one, else the program's; today when absent",
            schema = @Schema(type = SchemaType.STRING, format = "date", example = "2025-03-05"))
    public String date;

    /** The day asked for, or null for today; 422 naming the parameter when unreadable. */
    LocalDate day() {
        if (date == null || date.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "must be a date YYYY-MM-DD");
        }
        if (day.getYear() < InputRules.EARLIEST_FILTER_YEAR || day.getYear() > InputRules.LATEST_FILTER_YEAR) {
            throw ProblemException.invalid("date", "must lie between the years " + InputRules.EARLIEST_FILTER_YEAR
                    + " and " + InputRules.LATEST_FILTER_YEAR);
        }
        return day;
    }
}
