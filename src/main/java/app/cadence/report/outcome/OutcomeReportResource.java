package app.cadence.report.outcome;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.report.ReportFormat;
import app.cadence.security.Roles;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

@Audited(resource = "outcome-report")
@Path("/api/v1/reports/outcomes")
@Tag(name = "Reports")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
public class OutcomeReportResource {

    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.PDF);

    private final OutcomeReportService reports;
    private final StaffService staff;

    OutcomeReportResource(OutcomeReportService reports, StaffService staff) {
        this.reports = reports;
        this.staff = staff;
    }

    @GET
    @AuditAs(AuditAction.EXPORT)
    @Produces({ MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.PDF_TYPE })
    @Operation(operationId = "getOutcomeReport", summary = "The program's outcomes over a period (supervisor; a therapist "
            + "gets their own caseload)",
            description = "Sessions, children served, minutes, referrals, interventions, goals and paired pre/post change "
                    + "per scale with a 95% CI, Wilcoxon signed-rank p-value and rank-biserial effect size, for the total "
                    + "and per group; the response names its methods. Accept text/csv gives one row per group and a total "
                    + "row; application/pdf a program summary with charts. deidentified=true suppresses small cells. "
                    + "Audited as export, with the parameters.")
    @APIResponse(responseCode = "200", description = "The report",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeReport.class)),
                    @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ReportFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response get(@Valid @BeanParam OutcomeQuery query, @Context HttpHeaders headers) {
        ReportFormat format = ReportFormat.negotiate(headers, FORMATS);
        OutcomeReport report = reports.report(query, format.name().toLowerCase(java.util.Locale.ROOT));
        return switch (format) {
            case CSV -> Response.ok(OutcomeCsv.write(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"outcomes.csv\"").build();
            case PDF -> Response.ok(OutcomeReportPdf.render(report, author(report), BaseEntity.now()),
                    ReportFormat.PDF.mediaType()).header("Content-Disposition", "inline; filename=\"outcomes.pdf\"").build();
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private String author(OutcomeReport report) {
        if (report.deidentified()) {
            return null;
        }
        Staff me = staff.current();
        return me.credentials == null ? me.displayName : me.displayName + ", " + me.credentials;
    }
}
