package app.cadence.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs the care cycle — and the ways it goes wrong — with distinctive, seeded patient data, then
 * reads everything the application logged (file handler of the test profile, production levels)
 * and finds none of it: no names, birth date, guardian, phone, MRN, referral notes or note text.
 */
@QuarkusTest
class NoPatientDataInLogsTest {

    private static final Path LOG = Path.of("target", "cadence-test.log");

    private final String seed = Long.toString(System.nanoTime(), 36);
    private final String given = "Zephyrine" + seed;
    private final String family = "Quillfeather" + seed;
    private final String preferred = "Zeph" + seed;
    private final String guardian = "Ottoline" + seed;
    private final String phone = String.format("+1 555 %07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    private final String mrn = "MRN-" + seed;
    private final String referralNote = "trembles-at-violet-lanterns-" + seed;
    private final String noteText = "hummed-the-harbour-song-" + seed;
    private final String addendumText = "calm-through-the-marigold-dressing-" + seed;
    private final String birthDate = "2016-02-29";

    @Test
    void shouldLogNoPatientDataWhateverHappens() throws Exception {
        Api ccls = Api.newChildLifeSpecialist();
        Api therapist = Api.newTherapist();
        Map<String, Object> child = child();

        String referral = ccls.request().body(Map.of("client", child, "reasons", List.of("anxiety"), "priority", "urgent",
                "notes", referralNote)).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String clientId = therapist.request().post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200)
                .extract().path("clientId");
        String client = "/api/v1/clients/" + clientId;
        therapist.request().queryParam("q", family).get("/api/v1/clients").then().statusCode(200);
        therapist.request().queryParam("identifier", Clients.MRN_SYSTEM + "|" + mrn).get("/api/v1/clients").then()
                .statusCode(200);

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        String sessionId = therapist.request().body(Map.of("startsAt", start.toString(),
                "endsAt", start.plusMinutes(30).toString(), "setting", "bedside", "kind", "family",
                "status", "completed", "interventions", List.of(Map.of("code", "lullaby", "song", noteText,
                        "clientResponse", noteText, "minutes", 10))))
                .post(client + "/sessions").then().statusCode(201).extract().path("id");
        String note = "/api/v1/sessions/" + sessionId + "/note";
        therapist.request().body(Map.of("format", "narrative", "narrative", noteText)).put(note).then().statusCode(201);
        therapist.request().post(note + "/sign").then().statusCode(200);
        ccls.request().body(Map.of("text", addendumText)).post(note + "/addenda").then().statusCode(201);

        // The ways requests fail, each carrying patient data.
        ccls.request().body(Map.of("client", child, "reasons", List.of("anxiety"), "priority", "routine"))
                .post("/api/v1/referrals").then().statusCode(409);
        therapist.request().body("{\"givenName\": \"" + given + "\", \"familyName\": ").post("/api/v1/clients").then()
                .statusCode(400);
        Map<String, Object> invalid = child();
        invalid.put("status", given);
        invalid.put("birthDate", "2999-01-01");
        therapist.request().body(invalid).post("/api/v1/clients").then().statusCode(422);
        Map<String, Object> unknownProperty = child();
        unknownProperty.put("diagnosis", noteText);
        therapist.request().body(unknownProperty).post("/api/v1/clients").then().statusCode(400);
        therapist.request().header("If-Match", "\"0\"").body(Map.of("format", "narrative", "narrative", noteText))
                .put(note).then().statusCode(409);
        Api.newTherapist().request().get(client).then().statusCode(404);
        raceForTheSameIdentifier(therapist);

        Logger.getLogger("app.cadence").info("log-scan canary " + seed);
        String logged = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(logged).as("the scan must read what the application logs").contains("log-scan canary " + seed);
        for (String patientData : List.of(given, family, preferred, guardian, phone, mrn, referralNote, noteText,
                addendumText, seed + "@")) {
            assertThat(logged).as("patient data in the application log").doesNotContain(patientData);
        }
        assertThat(logged.lines().filter(line -> line.contains(birthDate))).isEmpty();
    }

    /**
     * Concurrent creations with one MRN: losers of the race fail in the database, whose error
     * messages quote the duplicate value. Several rounds, since a round may be decided before the
     * database sees it.
     */
    private void raceForTheSameIdentifier(Api therapist) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 4; round++) {
                Map<String, Object> body = child();
                body.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn + "-race" + round)));
                List<CompletableFuture<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(CompletableFuture.supplyAsync(
                            () -> therapist.request().body(body).post("/api/v1/clients").statusCode(), pool));
                }
                List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
                assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
            }
        } finally {
            pool.shutdown();
        }
        if (!Files.exists(LOG)) {
            throw new IOException("The test profile writes no log file at " + LOG);
        }
    }

    private Map<String, Object> child() {
        Map<String, Object> body = new LinkedHashMap<>(Clients.child(given, family));
        body.put("preferredName", preferred);
        body.put("birthDate", birthDate);
        body.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn)));
        body.put("guardians", List.of(Map.of("name", guardian, "relationship", "grandmother", "phone", phone)));
        body.put("precautions", referralNote);
        return body;
    }
}
