package app.cadence.report.progress;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.report.ReportFormat;
import app.cadence.security.Roles;

@Audited(resource = "progress-report")
@Path("/api/v1/clients/{clientId}/progress-report")
@Tag(name = "Reports")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
public class ProgressReportResource {

    private final ProgressReportService reports;

    ProgressReportResource(ProgressReportService reports) {
        this.reports = reports;
    }

    @GET
    @AuditAs(AuditAction.EXPORT)
    @Produces({ MediaType.APPLICATION_JSON, ReportFormat.PDF_TYPE })
    @Operation(operationId = "getProgressReport", summary = "A client's progress report (whoever may read the client)",
            description = "Signed documentation only: final assessments, sessions whose note is signed, the plan of the "
                    + "newest signed SOAP note, the discharge. Without from/to, the current episode of care. With "
                    + "Accept: application/pdf, a printable archival PDF (PDF/A-2b) with one chart per goal. Audited as export.")
    @APIResponse(responseCode = "200", description = "The report",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReport.class)),
                    @Content(mediaType = ReportFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response get(@PathParam("clientId") UUID clientId,
            @Parameter(description = "First day (YYYY-MM-DD, program time zone); default: the episode's first day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") @Size(max = 32) String from,
            @Parameter(description = "Last day, included; default: today, or the discharge day of a discharged client",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") @Size(max = 32) String to,
            @Context HttpHeaders headers) {
        ProgressReport report = reports.report(clientId, from, to);
        if (ReportFormat.negotiate(headers, List.of(ReportFormat.JSON, ReportFormat.PDF)) == ReportFormat.PDF) {
            return Response.ok(ProgressReportPdf.render(report), ReportFormat.PDF.mediaType())
                    .header("Content-Disposition", "inline; filename=\"progress-report.pdf\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
