package app.cadence.report.outcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import app.cadence.common.validation.CleanInput;
import app.cadence.report.ReportPeriod;

/** The parameters of an outcome report, all optional. */
@CleanInput
public class OutcomeQuery {

    @QueryParam("from")
    @Size(max = 32)
    @Parameter(description = "First day (YYYY-MM-DD, program time zone); default: the 1st of the month eleven months ago",
            schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-01-01"))
    public String from;

    @QueryParam("to")
    @Size(max = 32)
    @Parameter(description = "Last day, included; default: the last day of this month",
            schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-31"))
    public String to;

    @QueryParam("facility")
    @Size(max = 200)
    @Parameter(description = "Only clients of this facility (exact match)")
    public String facility;

    @QueryParam("unit")
    @Size(max = 100)
    @Parameter(description = "Only clients of this unit (exact match), e.g. PICU")
    public String unit;

    @QueryParam("groupBy")
    @Parameter(description = "Split the figures into groups besides the total")
    public GroupBy groupBy;

    @QueryParam("deidentified")
    @Parameter(description = "For sharing: no names, ids or dates finer than a month, and cells counting fewer than k "
            + "children (configuration cadence.reports.minimum-cell-size, default 5) suppressed. from and to must then "
            + "be the first and last days of months.")
    public boolean deidentified;

    /**
     * What the audit event keeps of the request, once its dates are read: dates, codes and flags
     * (facility and unit are place names, never a person's).
     */
    Map<String, Object> auditDetail(ReportPeriod period, String format) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", period.from().toString());
        detail.put("to", period.to().toString());
        detail.put("facility", facility);
        detail.put("unit", unit);
        detail.put("groupBy", groupBy == null ? null : groupBy.code());
        detail.put("deidentified", deidentified);
        detail.put("format", format);
        detail.values().removeIf(Objects::isNull);
        return detail;
    }
}
