package app.cadence.audit;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client a request turned out to concern. The access policy notes it whenever it decides on a
 * client, so an event names the child even when the path only names a session or a goal — and
 * also when the answer was 404.
 */
@RequestScoped
public class AuditContext {

    private UUID clientId;

    public void concernsClient(UUID clientId) {
        this.clientId = clientId;
    }

    UUID clientId() {
        return clientId;
    }
}
