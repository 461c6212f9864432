package app.cadence.note;

import static app.cadence.note.NoteFixtures.narrative;
import static app.cadence.note.NoteFixtures.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.note.NoteFixtures.Team;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A note's content follows its format and size limits; a refused write leaves the stored note as it was. */
@QuarkusTest
class NoteValidationTest {

    private static final int MAX_TEXT = 20_000;

    @Test
    void shouldRefuseInvalidReplacementsAndKeepStoredDraft() {
        Team team = NoteFixtures.team();
        String etag = NoteFixtures.draft(team);
        Map<String, Object> stored = team.author().request().get(team.note()).jsonPath().getMap("");

        Map<String, Object> soapWithNarrative = soap();
        soapWithNarrative.put("narrative", "Also a narrative");
        Map<String, Object> soapWithoutSections = Map.of("format", "soap", "subjective", " ", "plan", "");
        Map<String, Object> narrativeWithSoapSection = narrative("The whole story.");
        narrativeWithSoapSection.put("plan", "A plan");
        Map<String, Object> oversized = soap();
        oversized.put("assessment", "a".repeat(MAX_TEXT + 1));
        Map<String, Object> noFormat = soap();
        noFormat.remove("format");
        Map<String, Object> unknownFormat = soap();
        unknownFormat.put("format", "dap");

        record Invalid(String why, Map<String, Object> body, String field) {
        }
        for (Invalid invalid : new Invalid[] {
                new Invalid("soap with a narrative", soapWithNarrative, "narrative"),
                new Invalid("soap with only blank sections", soapWithoutSections, "subjective"),
                new Invalid("narrative without text", narrative(null), "narrative"),
                new Invalid("narrative with blank text", narrative("  \n "), "narrative"),
                new Invalid("narrative with a SOAP section", narrativeWithSoapSection, "plan"),
                new Invalid("section over 20000 characters", oversized, "assessment"),
                new Invalid("no format", noFormat, "format"),
                new Invalid("unknown format", unknownFormat, "format") }) {
            team.author().request().header("If-Match", etag).body(invalid.body()).put(team.note()).then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(invalid.field()));
            Response after = team.author().request().get(team.note());
            after.then().header("ETag", etag);
            assertThat(after.jsonPath().getMap("")).as(invalid.why()).isEqualTo(stored);
        }

        Map<String, Object> unknownProperty = soap();
        unknownProperty.put("signedBy", team.author().staffId());
        team.author().request().header("If-Match", etag).body(unknownProperty).put(team.note()).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode());
        assertThat(team.author().request().get(team.note()).jsonPath().getMap("")).isEqualTo(stored);
    }

    @Test
    void shouldStoreNothingWhenFirstWriteIsInvalid() {
        Team team = NoteFixtures.team();
        team.author().request().body(narrative(null)).put(team.note()).then().statusCode(422);
        Map<String, Object> soapWithNarrative = soap();
        soapWithNarrative.put("narrative", "Also a narrative");
        team.author().request().body(soapWithNarrative).put(team.note()).then().statusCode(422);
        team.author().request().get(team.note()).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldAcceptSectionsUpToTheLimitAndSwitchFormats() {
        Team team = NoteFixtures.team();
        Map<String, Object> longest = Map.of("format", "soap", "objective", "o".repeat(MAX_TEXT), "plan", " ");
        String etag = team.author().request().body(longest).put(team.note()).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("plan", nullValue(), "subjective", nullValue())
                .extract().header("ETag");

        team.author().request().header("If-Match", etag).body(narrative("Short narrative.")).put(team.note()).then()
                .statusCode(Status.OK.getStatusCode())
                .body("format", equalTo("narrative"), "narrative", equalTo("Short narrative."), "objective", nullValue());
    }

    @Test
    void shouldDocumentSessionOnlyOnceItHappened() {
        Team scheduled = NoteFixtures.team("scheduled");
        scheduled.author().request().body(soap()).put(scheduled.note()).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        scheduled.author().request().get(scheduled.note()).then().statusCode(Status.NOT_FOUND.getStatusCode());

        for (String status : new String[] { "cancelled", "no-show" }) {
            Team missed = scheduled.withSession(NoteFixtures.session(scheduled.clientId(), scheduled.author().staffId(), status));
            missed.author().request().body(narrative("Child asleep after sedation; session cancelled.")).put(missed.note())
                    .then().statusCode(Status.CREATED.getStatusCode());
            missed.author().request().post(missed.note() + "/sign").then().statusCode(Status.OK.getStatusCode());
        }
    }
}
