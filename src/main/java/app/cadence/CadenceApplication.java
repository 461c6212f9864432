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
                license = @License(name = "Proprietary")),
        tags = {
                @Tag(name = "Staff", description = "Who works with Cadence, and who is calling"),
                @Tag(name = "Clients", description = "Children referred to the music therapy program"),
                @Tag(name = "Care teams", description = "Who may see and document a child's care")
        })
public class CadenceApplication extends Application {
}
