package app.cadence.audit;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private Map<String, Object> detail;

    public void concernsClient(UUID clientId) {
        this.clientId = clientId;
    }

    /**
     * The parameters of an export (period, filters, grouping), kept with its event. Codes, dates
     * and flags only: never names, search terms or free text.
     */
    public void detail(Map<String, ?> parameters) {
        this.detail = new LinkedHashMap<>(parameters);
    }

    UUID clientId() {
        return clientId;
    }

    Map<String, Object> detail() {
        return detail;
    }
}
