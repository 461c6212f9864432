package app.cadence.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.security.Action;
import app.cadence.security.Roles;
import app.cadence.security.Scope;

/**
 * docs/access.md is what hospital engineers read to learn who may do what: its matrix must say
 * exactly what {@link Action} enforces, row for row, so neither can change without the other.
 */
class AccessPolicyDocumentTest {

    private static final List<String> ROLES = List.of(
            Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION);

    @Test
    void shouldDocumentThePermissionMatrixTheCodeEnforces() throws IOException {
        Map<String, List<String>> documented = documentedMatrix();
        Map<String, List<String>> enforced = new LinkedHashMap<>();
        for (Action action : Action.values()) {
            enforced.put(action.name(), ROLES.stream().map(role -> reach(action.scopeByRole().get(role))).toList());
        }
        assertThat(documented).containsExactlyEntriesOf(enforced);
    }

    private static Map<String, List<String>> documentedMatrix() throws IOException {
        String page = Files.readString(Path.of("docs/access.md"));
        String table = page.substring(page.indexOf("<!-- matrix:start -->"), page.indexOf("<!-- matrix:end -->"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Action")).toList()) {
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }

    private static String reach(Scope scope) {
        if (scope == null) {
            return "–";
        }
        return switch (scope) {
            case ALL -> "all";
            case CARE_TEAM -> "care team";
            case OWN -> "own";
        };
    }
}
