package app.cadence.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.Audited;
import app.cadence.security.Roles;

@Audited(resource = "session")
@Path("/api/v1/agenda")
@Tag(name = "Worklist")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    private final AgendaService agenda;

    AgendaResource(AgendaService agenda) {
        this.agenda = agenda;
    }

    @GET
    @Operation(operationId = "getAgenda", summary = "Read the caller's day of sessions",
            description = "Scheduled and completed sessions of one day in the program's time zone, earliest first (at most "
                    + AgendaService.MAX_ENTRIES + "). A therapist's day holds the sessions they run, facilitate or co-treat "
                    + "for clients on their care team; a supervisor's holds every session of the day.")
    @APIResponse(responseCode = "200", description = "The day's sessions")
    public Agenda get(@Valid @BeanParam AgendaDay day) {
        return agenda.day(day);
    }
}
