package app.cadence.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import app.cadence.security.StoredDocument.Operation;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 4's authorization matrix: every operation of the OpenAPI document, called by each Cadence
 * role and by a token without one, on records of a client on and off the caller's care team, must
 * answer what DESIGN.md's permission matrix says: 403 for a role it refuses, 404 off-team for a
 * care-team grant, the success status otherwise; and 401 without a token. Only statuses are
 * asserted here (and problem+json for refusals); the feature tests cover bodies.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Logger LOG = Logger.getLogger(AuthorizationMatrixTest.class);

    private static final Set<Integer> PROBLEMS = Set.of(401, 403, 404);

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryOperationAsThePermissionMatrixSays() throws IOException {
        Map<String, Operation> operations = StoredDocument.operations();
        List<MatrixEntry> table = OperationTable.entries();
        MatrixWorld world = new MatrixWorld();

        List<DynamicTest> tests = new ArrayList<>(completeness(operations, table));
        tests.add(dynamicTest("the calling therapist and CCLS are on the on-team client's care team only", () -> {
            List<String> callers = List.of(world.onTeam.therapistStaffId, world.onTeam.cclsStaffId);
            assertThat(world.activeMembers(world.onTeam.clientId)).containsAll(callers);
            assertThat(world.activeMembers(world.offTeam.clientId)).doesNotContainAnyElementsOf(callers);
        }));
        int roleCases = 0;
        int anonymousCases = 0;
        for (MatrixEntry entry : table) {
            Operation operation = operations.get(entry.operationId());
            if (operation == null) {
                continue; // reported by the completeness check
            }
            for (Persona persona : Persona.values()) {
                for (Reach reach : entry.reaches()) {
                    int expected = entry.expected(persona, reach);
                    String name = entry.name() + " · " + persona.label()
                            + (entry.clientScoped() ? " · " + reach.label() : "") + " → " + expected;
                    tests.add(dynamicTest(name,
                            () -> check(name, operation, entry, world.caller(persona, reach), world.records(reach), expected)));
                    roleCases++;
                }
            }
            String anonymous = entry.name() + " · no token → 401";
            tests.add(dynamicTest(anonymous, () -> check(anonymous, operation, entry, null, world.onTeam, 401)));
            anonymousCases++;
        }
        LOG.infof("Authorization matrix: %d operation × role × care-team cases (%d operations, %d table entries)"
                + " and %d cases without a token", roleCases, operations.size(), table.size(), anonymousCases);
        return tests.stream();
    }

    private static List<DynamicTest> completeness(Map<String, Operation> operations, List<MatrixEntry> table) {
        Set<String> tabled = table.stream().map(MatrixEntry::operationId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(operations.keySet());
        missing.removeAll(tabled);
        Set<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(operations.keySet());
        List<String> names = table.stream().map(MatrixEntry::name).toList();
        return List.of(
                dynamicTest("every operation of openapi.json has an entry in the table", () -> assertThat(missing)
                        .as("Operations of openapi/openapi.json without an entry in OperationTable (add one with the "
                                + "permission it needs and a request that succeeds when allowed)")
                        .isEmpty()),
                dynamicTest("every entry of the table names an operation of openapi.json", () -> assertThat(unknown)
                        .as("Entries of OperationTable whose operationId is not in openapi/openapi.json")
                        .isEmpty()),
                dynamicTest("every entry of the table is there once", () -> assertThat(names)
                        .as("Entries of OperationTable").doesNotHaveDuplicates()));
    }

    /** Sends the case's request as the caller ({@code null}: without a token) and checks the status. */
    private static void check(String name, Operation operation, MatrixEntry entry, Api caller, TeamRecords records,
            int expected) {
        MatrixRequest request = entry.request().apply(records);
        RequestSpecification spec = caller == null ? given().contentType(ContentType.JSON).accept(ContentType.JSON)
                : caller.request();
        if (request.body() != null) {
            spec.body(request.body());
        }
        if (request.ifMatch() != null) {
            spec.header("If-Match", request.ifMatch());
        }
        spec.queryParams(request.queryParameters());
        String path = request.fill(operation.template());
        Response response = spec.request(operation.method(), path);
        assertThat(response.statusCode()).as("%s: %s %s answered %s", name, operation.method(), path, response.asString())
                .isEqualTo(expected);
        if (PROBLEMS.contains(expected)) {
            // The FHIR façade answers errors in FHIR's own format.
            assertThat(response.contentType()).as("%s: %s %s", name, operation.method(), path)
                    .startsWith(path.startsWith("/fhir/") ? "application/fhir+json" : "application/problem+json");
        }
    }
}
