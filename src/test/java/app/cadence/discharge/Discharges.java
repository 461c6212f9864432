package app.cadence.discharge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Discharge request bodies for tests. */
final class Discharges {

    private Discharges() {
    }

    static Map<String, Object> body(String reason, List<Map<String, Object>> outcomes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("goalOutcomes", outcomes);
        body.put("recommendations", "Continue the song-based coping plan at home.");
        return body;
    }

    static Map<String, Object> outcome(String goalId, String status) {
        return Map.of("goalId", goalId, "status", status, "comment", "Outcome at discharge");
    }
}
