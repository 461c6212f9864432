package app.cadence;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Cadence API", version = "1.0.0",
                description = "Clinical record and session tracking for pediatric hospital music therapy. "
                        + "Every /api operation needs an OIDC bearer token carrying one of the realm roles therapist, "
                        + "child-life-specialist, supervisor or integration. Errors are RFC 9457 problem details.",
                contact = @Contact(name = "Cadence team"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        tags = {
                @Tag(name = "Staff", description = "Who works with Cadence, and who is calling"),
                @Tag(name = "Clients", description = "Children referred to the music therapy program"),
                @Tag(name = "Care teams", description = "Who may see and document a child's care"),
                @Tag(name = "Referrals", description = "Children referred to music therapy, and the decision to take them on"),
                @Tag(name = "Assessments", description = "Strengths and needs per domain, the basis for goals"),
                @Tag(name = "Goals", description = "Individualized goals and their measured progress"),
                @Tag(name = "Interventions", description = "The catalog of music therapy interventions and the scales used to score sessions"),
                @Tag(name = "Sessions", description = "Sessions with interventions, goal measurements and pre/post scores"),
                @Tag(name = "Notes", description = "Session documentation: draft, signed and never changed, with addenda"),
                @Tag(name = "Discharge", description = "Ending a child's course of therapy"),
                @Tag(name = "Worklist", description = "Work waiting for the caller"),
                @Tag(name = "Audit", description = "Who read, changed, signed or was refused which client's records")
        })
public class CadenceApplication extends Application {
}
