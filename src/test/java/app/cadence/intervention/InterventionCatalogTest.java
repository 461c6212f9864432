package app.cadence.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.session.Pages;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class InterventionCatalogTest {

    private static final String INTERVENTIONS = "/api/v1/interventions";
    private static final int UNPROCESSABLE = 422;

    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldShowSeededCatalogToEveryRoleInCategoryThenCodeOrder() {
        for (Api reader : new Api[] { Api.newTherapist(), Api.newChildLifeSpecialist(), supervisor, Api.newIntegration() }) {
            JsonPath page = reader.request().queryParam("limit", 100).get(INTERVENTIONS).then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("items.code", hasItems("therapeutic-singing", "song-choice", "lyric-analysis", "songwriting",
                            "instrumental-improvisation", "movement-to-music", "music-assisted-relaxation",
                            "entrainment-for-pain", "lullaby", "song-for-procedural-support", "legacy-project"))
                    .body("items.category", hasItems("singing", "moving", "listening", "creating"))
                    .extract().jsonPath();
            List<Map<String, String>> items = page.getList("items");
            assertThat(items).hasSizeGreaterThanOrEqualTo(20);
            assertThat(items).isSortedAccordingTo(Comparator.<Map<String, String>, String>comparing(i -> i.get("category"))
                    .thenComparing(i -> i.get("code")));
            assertThat(items).allSatisfy(item -> assertThat(item.get("description")).isNotBlank());
        }
    }

    @Test
    void shouldFilterByCategory() {
        Api therapist = Api.newTherapist();
        therapist.request().queryParam("category", "listening").queryParam("limit", 100).get(INTERVENTIONS).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.category", everyItem(equalTo("listening")))
                .body("items.code", hasItems("guided-imagery-with-music", "receptive-listening"));
        therapist.request().queryParam("category", "dancing").get(INTERVENTIONS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("category"));
    }

    @Test
    void shouldPageThroughCatalogShowingEachEntryOnce() {
        Api reader = Api.newIntegration();
        List<String> all = reader.request().queryParam("limit", 100).get(INTERVENTIONS).then().extract().path("items.code");

        List<String> paged = Pages.field(Pages.all(reader, INTERVENTIONS, 7, Map.of()), "code");

        assertThat(paged).isEqualTo(all);
    }

    @Test
    void shouldReadOneEntryByCode() {
        Api.newChildLifeSpecialist().request().get(INTERVENTIONS + "/lullaby").then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("lullaby"), "category", equalTo("singing"), "name", equalTo("Lullaby"));
        Api.newTherapist().request().get(INTERVENTIONS + "/no-such-intervention").then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetSupervisorAddEntryThatSessionsCanUse() {
        String code = newCode();
        supervisor.request().body(entry(code)).post(INTERVENTIONS).then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(INTERVENTIONS + "/" + code))
                .body("code", equalTo(code), "category", equalTo("creating"), "name", equalTo("Hello song on drums"));

        Api therapist = Api.newTherapist();
        therapist.request().get(INTERVENTIONS + "/" + code).then().statusCode(Status.OK.getStatusCode());
        String clientId = Clients.create(therapist);
        Map<String, Object> session = SessionFixtures.completed("2024-05-02T10:00:00Z");
        session.put("interventions", List.of(SessionFixtures.intervention(code)));
        therapist.request().body(session).post("/api/v1/clients/" + clientId + "/sessions").then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("interventions[0].code", equalTo(code));
    }

    @Test
    void shouldForbidOtherRolesToAddEntries() {
        String code = newCode();
        for (Api caller : new Api[] { Api.newTherapist(), Api.newChildLifeSpecialist(), Api.newIntegration() }) {
            caller.request().body(entry(code)).post(INTERVENTIONS).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
        supervisor.request().get(INTERVENTIONS + "/" + code).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldRefuseCodeAlreadyInCatalog() {
        Map<String, Object> seeded = entry("songwriting");
        supervisor.request().body(seeded).post(INTERVENTIONS).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        supervisor.request().get(INTERVENTIONS + "/songwriting").then()
                .body("name", equalTo("Songwriting"), "category", equalTo("creating"));

        String code = newCode();
        supervisor.request().body(entry(code)).post(INTERVENTIONS).then().statusCode(Status.CREATED.getStatusCode());
        Map<String, Object> again = entry(code);
        again.put("name", "Another name");
        supervisor.request().body(again).post(INTERVENTIONS).then().statusCode(Status.CONFLICT.getStatusCode());
        supervisor.request().get(INTERVENTIONS + "/" + code).then().body("name", equalTo("Hello song on drums"));
    }

    @Test
    void shouldRejectCodeThatIsNotALowercaseSlug() {
        for (String code : new String[] { "Hello-Song", "hello song", "x", "1-drum", "-drum", "hello_song", "a".repeat(61) }) {
            supervisor.request().body(entry(code)).post(INTERVENTIONS).then()
                    .statusCode(UNPROCESSABLE)
                    .body("violations.field", hasItems("code"));
        }
        supervisor.request().get(INTERVENTIONS + "/hello_song").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldRejectEntryWithoutNameCategoryOrDescription() {
        String code = newCode();
        Map<String, Object> body = entry(code);
        body.put("category", "painting");
        supervisor.request().body(body).post(INTERVENTIONS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", hasItems("category"));
        body = entry(code);
        body.put("name", " ");
        supervisor.request().body(body).post(INTERVENTIONS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", hasItems("name"));
        supervisor.request().body(Map.of("code", code, "name", "Drums", "category", "creating")).post(INTERVENTIONS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", hasItems("description"));
        supervisor.request().get(INTERVENTIONS + "/" + code).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldListTheSixScalesToEveryRole() {
        for (Api reader : new Api[] { Api.newTherapist(), Api.newChildLifeSpecialist(), supervisor, Api.newIntegration() }) {
            reader.request().get("/api/v1/scales").then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("items.code", equalTo(List.of("anxiety-nrs", "faces-pain", "flacc", "mood", "pain-nrs", "relaxation")))
                    .body("items.find { it.code == 'anxiety-nrs' }.min", equalTo(0))
                    .body("items.find { it.code == 'anxiety-nrs' }.max", equalTo(10))
                    .body("items.find { it.code == 'anxiety-nrs' }.lowerIsBetter", equalTo(true))
                    .body("items.find { it.code == 'mood' }.min", equalTo(1))
                    .body("items.find { it.code == 'mood' }.max", equalTo(5))
                    .body("items.find { it.code == 'mood' }.lowerIsBetter", equalTo(false));
        }
    }

    private static String newCode() {
        return "drum-hello-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> entry(String code) {
        return new java.util.HashMap<>(Map.of("code", code, "name", "Hello song on drums", "category", "creating",
                "description", "A drummed greeting song that opens group sessions and invites each child to play their name."));
    }
}
