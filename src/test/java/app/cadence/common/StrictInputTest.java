package app.cadence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.assessment.Assessments;
import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 10's hostile input: every string, code, number and date of a request means exactly what
 * the schema says, bad ones answer 400 (wrong JSON type) or 422 (invalid value) naming the field as
 * sent, and nothing is stored. A NUL never reaches PostgreSQL again.
 */
@QuarkusTest
class StrictInputTest {

    private static final String CLIENTS = "/api/v1/clients";
    private static final int UNPROCESSABLE = 422;
    private static final String NUL = "\u0000";

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldRefuseNulInEveryTextFieldOfAClientAndStoreNothing() {
        List<String> fields = List.of("givenName", "familyName", "preferredName", "facility", "unit",
                "identifiers[0].system", "identifiers[0].value", "guardians[0].name", "guardians[0].relationship",
                "musicPreferences.genres[1]", "musicPreferences.songs[0]", "musicPreferences.instruments[0]", "precautions");
        long clients = Sql.count("select count(*) from client");
        for (String field : fields) {
            Map<String, Object> body = mutable(Clients.child());
            set(body, field, "Mi" + NUL + "la");
            therapist.request().body(body).post(CLIENTS).then()
                    .statusCode(UNPROCESSABLE).contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of(field)),
                            "violations[0].message", equalTo("must not contain the control character U+0000"));
        }
        assertThat(Sql.count("select count(*) from client")).isEqualTo(clients);
    }

    @Test
    void shouldRefuseNulInNotesAddendaSessionsAndAssessmentsAndKeepWhatWasStored() {
        String clientId = activeClient();
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(lastWeek()));
        Map<String, Object> note = Map.of("format", "narrative", "narrative", "Sang along" + NUL);
        therapist.request().body(note).put("/api/v1/sessions/" + sessionId + "/note").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("narrative"));
        therapist.request().get("/api/v1/sessions/" + sessionId + "/note").then().statusCode(Status.NOT_FOUND.getStatusCode());

        Map<String, Object> session = SessionFixtures.completed(lastWeek());
        @SuppressWarnings("unchecked")
        Map<String, Object> intervention = new LinkedHashMap<>(((List<Map<String, Object>>) session.get("interventions")).get(0));
        intervention.put("song", "You Are My" + NUL + "Sunshine");
        session.put("interventions", List.of(intervention));
        long sessions = Sql.count("select count(*) from session where client_id = ?", UUID.fromString(clientId));
        therapist.request().body(session).post(CLIENTS + "/" + clientId + "/sessions").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("interventions[0].song"));
        assertThat(Sql.count("select count(*) from session where client_id = ?", UUID.fromString(clientId)))
                .isEqualTo(sessions);

        Map<String, Object> assessment = new LinkedHashMap<>(Assessments.initial(LocalDate.now().toString()));
        assessment.put("findings", List.of(Assessments.finding("emotional", "Calm" + NUL, "Anxious")));
        therapist.request().body(assessment).post(CLIENTS + "/" + clientId + "/assessments").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("findings[0].strengths"));
        assertThat(Sql.count("select count(*) from assessment where client_id = ?", UUID.fromString(clientId))).isZero();
    }

    @Test
    void shouldRefuseValuesOfAnotherJsonTypeAsMalformed() {
        Map<String, Object> body = mutable(Clients.child());
        body.put("givenName", 12345);
        malformed(therapist.request().body(body).post(CLIENTS).then(), "givenName");

        body = mutable(Clients.child());
        body.put("birthDate", 20170314);
        malformed(therapist.request().body(body).post(CLIENTS).then(), "birthDate");

        String clientId = activeClient();
        Map<String, Object> session = SessionFixtures.completed(lastWeek());
        session.put("familyPresent", "true");
        malformed(therapist.request().body(session).post(CLIENTS + "/" + clientId + "/sessions").then(), "familyPresent");
        session = SessionFixtures.completed(lastWeek());
        session.put("familyPresent", 1);
        malformed(therapist.request().body(session).post(CLIENTS + "/" + clientId + "/sessions").then(), "familyPresent");

        Map<String, Object> goal = new LinkedHashMap<>(Goals.percent());
        goal.put("target", "80");
        malformed(therapist.request().body(goal).post(CLIENTS + "/" + clientId + "/goals").then(), "target");
        goal.put("target", 80.5);
        goal.put("criterion", Map.of("consecutiveSessions", 2.5));
        malformed(therapist.request().body(goal).post(CLIENTS + "/" + clientId + "/goals").then(), "criterion.consecutiveSessions");

        Map<String, Object> referral = Map.of("clientId", clientId, "reasons", List.of("anxiety"), "priority", 0);
        malformed(therapist.request().body(referral).post("/api/v1/referrals").then(), "priority");
        assertThat(Sql.count("select count(*) from goal where client_id = ?", UUID.fromString(clientId))).isZero();
    }

    @Test
    void shouldMatchCodesExactlyAndListTheAllowedOnes() {
        String clientId = Clients.create(therapist);
        for (String priority : List.of("urgent ", " urgent", "Urgent", "URGENT", "", "0")) {
            therapist.request().body(Map.of("clientId", clientId, "reasons", List.of("anxiety"), "priority", priority))
                    .post("/api/v1/referrals").then()
                    .statusCode(UNPROCESSABLE)
                    .body("violations.field", equalTo(List.of("priority")),
                            "violations[0].message", equalTo("must be one of: urgent, routine"));
        }
        assertThat(Sql.count("select count(*) from referral where client_id = ?", UUID.fromString(clientId))).isZero();
        therapist.request().queryParam("status", "active ").get(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("status"),
                        "violations[0].message", containsString("referred, active, on-hold, discharged, entered-in-error"));
    }

    @Test
    void shouldKeepNamesOnOneLineWithoutBidiControlsButLetFreeTextSpanLines() {
        Map<String, Object> body = mutable(Clients.child());
        body.put("givenName", "Mi\tla");
        body.put("familyName", "\u202Eufakao");
        body.put("unit", "PICU\n2");
        therapist.request().body(body).post(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of("familyName", "givenName", "unit")),
                        "violations.message", hasItem("must not contain the bidirectional control U+202E"),
                        "violations.message", hasItem("must be one line: no tab or line break (U+0009)"));

        String precautions = "Contact isolation.\r\n\tNo latex.\n\u2067\u0627\u0644\u0639\u0632\u0644\u2069 (isolation)";
        body = mutable(Clients.child());
        body.put("precautions", precautions);
        body.put("preferredName", "\u0645\u064A\u0644\u0627");
        String id = Clients.create(therapist, body);
        therapist.request().get(CLIENTS + "/" + id).then().statusCode(Status.OK.getStatusCode())
                .body("precautions", equalTo(precautions), "preferredName", equalTo("\u0645\u064A\u0644\u0627"));
    }

    @Test
    void shouldRefuseLoneSurrogatesEverywhere() {
        long clients = Sql.count("select count(*) from client");
        String body = "{\"givenName\":\"Mi\\ud800la\",\"familyName\":\"Okafor\",\"birthDate\":\"2017-03-14\","
                + "\"precautions\":\"ok \\udc00\"}";
        therapist.request().body(body).post(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of("givenName", "precautions")),
                        "violations[0].message", equalTo("must not contain a lone UTF-16 surrogate (U+D800)"));
        String paired = "{\"givenName\":\"Mila \\ud83c\\udfb5\",\"familyName\":\"Okafor\",\"birthDate\":\"2017-03-14\"}";
        String id = therapist.request().body(paired).post(CLIENTS).then().statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");
        therapist.request().get(CLIENTS + "/" + id).then().body("givenName", equalTo("Mila \uD83C\uDFB5"));
        assertThat(Sql.count("select count(*) from client")).isEqualTo(clients + 1);
    }

    @Test
    void shouldBoundEveryArrayIncludingTheRolesOfStaff() {
        List<String> roles = new ArrayList<>(Collections.nCopies(10_000, "therapist"));
        supervisor.request().body(Map.of("subject", "many-roles-" + UUID.randomUUID(), "displayName", "Rowan Ellis",
                "roles", roles)).post("/api/v1/staff").then()
                .statusCode(UNPROCESSABLE).body("violations.field", hasItem("roles"));
        supervisor.request().body(Map.of("subject", "twice-" + UUID.randomUUID(), "displayName", "Rowan Ellis",
                "roles", List.of("therapist", "therapist"))).post("/api/v1/staff").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("roles"));
        assertThat(Sql.count("select count(*) from staff where subject like 'many-roles-%' or subject like 'twice-%'"))
                .isZero();

        Map<String, Object> body = mutable(Clients.child());
        List<Map<String, String>> identifiers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            identifiers.add(Map.of("system", Clients.MRN_SYSTEM, "value", Clients.newMrn()));
        }
        body.put("identifiers", identifiers);
        therapist.request().body(body).post(CLIENTS).then().statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("identifiers"));
    }

    @Test
    void shouldKeepDatesAndTimesWithinSaneBounds() {
        for (String birthDate : List.of("1899-12-31", "+99999-01-01", LocalDate.now().plusDays(2).toString())) {
            Map<String, Object> body = mutable(Clients.child());
            body.put("birthDate", birthDate);
            therapist.request().body(body).post(CLIENTS).then().statusCode(UNPROCESSABLE)
                    .body("violations.field", equalTo(List.of("birthDate")));
        }
        Map<String, Object> oldest = mutable(Clients.child());
        oldest.put("birthDate", "1900-01-01");
        Clients.create(therapist, oldest);

        String clientId = activeClient();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(-5)).truncatedTo(ChronoUnit.MINUTES);
        for (OffsetDateTime start : List.of(now.plusYears(6), now.minusYears(6), now.withYear(99999))) {
            therapist.request().body(SessionFixtures.scheduled(start.toString())).post(CLIENTS + "/" + clientId + "/sessions")
                    .then().statusCode(UNPROCESSABLE).body("violations.field", hasItem("startsAt"));
        }
        Map<String, Object> goal = new LinkedHashMap<>(Goals.percent());
        goal.put("targetDate", LocalDate.now().plusYears(6).toString());
        therapist.request().body(goal).post(CLIENTS + "/" + clientId + "/goals").then().statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of("targetDate")), "violations[0].message",
                        equalTo("must lie within 5 years of today"));
        therapist.request().body(Assessments.initial(LocalDate.now().minusYears(6).toString()))
                .post(CLIENTS + "/" + clientId + "/assessments").then().statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of("assessedOn")));
        assertThat(Sql.count("select count(*) from session where client_id = ?", UUID.fromString(clientId))).isZero();
        assertThat(Sql.count("select count(*) from goal where client_id = ?", UUID.fromString(clientId))).isZero();
    }

    @Test
    void shouldReportEveryProblemOfAReferralAtOnce() {
        therapist.request().body(Map.of()).post("/api/v1/referrals").then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of("clientId", "priority", "reasons")));

        Map<String, Object> child = mutable(Clients.child());
        child.put("givenName", "");
        child.put("status", "admitted");
        child.put("unit", "PICU" + NUL);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("client", child);
        body.put("reasons", List.of("anxiety", "boredom", "anxiety"));
        body.put("priority", "soon");
        JsonPath problem = therapist.request().body(body).post("/api/v1/referrals").then()
                .statusCode(UNPROCESSABLE).extract().jsonPath();
        assertThat(problem.getList("violations.field")).containsExactly("client", "client.givenName", "client.status",
                "client.unit", "priority", "reasons[1]", "reasons[2]");
        assertThat(problem.getString("violations.find { it.field == 'reasons[1]' }.message"))
                .startsWith("must be one of: anxiety, pain, coping,");
        assertThat(problem.getString("violations.find { it.field == 'client.status' }.message"))
                .isEqualTo("must be one of: referred, active, on-hold, discharged, entered-in-error");
    }

    @Test
    void shouldKeepNulOutOfQueryParametersHeadersAndPaths() {
        therapist.request().queryParam("q", "Mi" + NUL).get(CLIENTS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("q"));
        supervisor.request().queryParam("identifier", Clients.MRN_SYSTEM + "|MRN" + NUL).get(CLIENTS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("identifier"));
        supervisor.request().queryParam("actor", NUL).get("/api/v1/audit-events").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("actor"));
        supervisor.request().queryParam("from", "+999999999-01-01T00:00:00Z").get("/api/v1/audit-events").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("from"));
        therapist.request().get("/api/v1/interventions/%00").then()
                .statusCode(Status.NOT_FOUND.getStatusCode()).contentType("application/problem+json");
        String clientId = Clients.create(therapist);
        therapist.request().header("If-Match", "\"" + "9".repeat(300) + "\"").body(Clients.child())
                .put(CLIENTS + "/" + clientId).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("detail", containsString("If-Match"));
    }

    private static void malformed(ValidatableResponse response, String field) {
        response.statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                .body("detail", equalTo("Property '" + field + "' has the wrong type"));
    }

    private String activeClient() {
        Map<String, Object> body = mutable(Clients.child());
        body.put("status", "active");
        return Clients.create(therapist, body);
    }

    private static String lastWeek() {
        return OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusDays(7).truncatedTo(ChronoUnit.HOURS).toString();
    }

    /** A deep copy whose maps and lists can be changed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutable(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> copy.put(key, mutableValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object mutableValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return mutable((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(mutableValue(item)));
            return copy;
        }
        return value;
    }

    /** Sets the value at a path such as {@code identifiers[0].system} or {@code musicPreferences.genres[1]}. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, String path, Object value) {
        Object container = body;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.startsWith("[")) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                List<Object> list = (List<Object>) container;
                if (last) {
                    list.set(index, value);
                } else {
                    container = list.get(index);
                }
            } else if (last) {
                ((Map<String, Object>) container).put(step, value);
            } else {
                container = ((Map<String, Object>) container).get(step);
            }
        }
    }
}
