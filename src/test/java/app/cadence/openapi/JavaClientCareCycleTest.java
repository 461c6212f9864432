package app.cadence.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.client.generated.ApiClient;
import app.cadence.client.generated.ApiException;
import app.cadence.client.generated.api.AssessmentsApi;
import app.cadence.client.generated.api.ClientsApi;
import app.cadence.client.generated.api.DischargeApi;
import app.cadence.client.generated.api.GoalsApi;
import app.cadence.client.generated.api.NotesApi;
import app.cadence.client.generated.api.ReferralsApi;
import app.cadence.client.generated.api.SessionsApi;
import app.cadence.client.generated.api.WorklistApi;
import app.cadence.client.generated.model.AddendumRequest;
import app.cadence.client.generated.model.Assessment;
import app.cadence.client.generated.model.AssessmentKind;
import app.cadence.client.generated.model.AssessmentRequest;
import app.cadence.client.generated.model.AssessmentStatus;
import app.cadence.client.generated.model.CareTeamRole;
import app.cadence.client.generated.model.ClientRequest;
import app.cadence.client.generated.model.ClientStatus;
import app.cadence.client.generated.model.Criterion;
import app.cadence.client.generated.model.DischargeReason;
import app.cadence.client.generated.model.DischargeRequest;
import app.cadence.client.generated.model.Domain;
import app.cadence.client.generated.model.Finding;
import app.cadence.client.generated.model.GoalMeasurement;
import app.cadence.client.generated.model.GoalOutcome;
import app.cadence.client.generated.model.GoalProgress;
import app.cadence.client.generated.model.GoalRequest;
import app.cadence.client.generated.model.GoalStatus;
import app.cadence.client.generated.model.Identifier;
import app.cadence.client.generated.model.Measure;
import app.cadence.client.generated.model.MeasureType;
import app.cadence.client.generated.model.NoteFormat;
import app.cadence.client.generated.model.NoteRequest;
import app.cadence.client.generated.model.NoteStatus;
import app.cadence.client.generated.model.ProgressPoint;
import app.cadence.client.generated.model.Referral;
import app.cadence.client.generated.model.ReferralPriority;
import app.cadence.client.generated.model.ReferralReason;
import app.cadence.client.generated.model.ReferralRequest;
import app.cadence.client.generated.model.ReferralStatus;
import app.cadence.client.generated.model.Session;
import app.cadence.client.generated.model.SessionIntervention;
import app.cadence.client.generated.model.SessionKind;
import app.cadence.client.generated.model.SessionNote;
import app.cadence.client.generated.model.SessionRequest;
import app.cadence.client.generated.model.SessionScore;
import app.cadence.client.generated.model.SessionSetting;
import app.cadence.client.generated.model.SessionStatus;
import app.cadence.client.generated.model.UnsignedNote;
import app.cadence.support.Clients;
import app.cadence.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A child's course of therapy, from referral to discharge, driven only through the Java client
 * that openapi-generator builds from the committed document (library native), as a therapist's
 * tool would be built: each caller is an {@link ApiClient} sending a real signed token.
 */
@QuarkusTest
class JavaClientCareCycleTest {

    private static final OffsetDateTime FIRST_SESSION = OffsetDateTime.now(ZoneOffset.ofHours(-5))
            .minusDays(7).truncatedTo(ChronoUnit.HOURS);

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldRunTheCareCycleFromReferralToDischargeThroughTheGeneratedClient() throws ApiException {
        ApiClient ccls = client("ccls-" + UUID.randomUUID(), "child-life-specialist");
        ApiClient therapist = client("therapist-" + UUID.randomUUID(), "therapist");

        // 1. The child life specialist refers a new child.
        Referral referral = new ReferralsApi(ccls).createReferral(new ReferralRequest()
                .client(new ClientRequest().givenName("Zara").familyName("Lindgren").birthDate(LocalDate.of(2018, 6, 9))
                        .unit("Burns").addIdentifiersItem(new Identifier().system(Clients.MRN_SYSTEM).value(Clients.newMrn())))
                .reasons(List.of(ReferralReason.ANXIETY, ReferralReason.PAIN))
                .priority(ReferralPriority.URGENT)
                .notes("Distressed during dressing changes; calms to lullabies"), null);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PENDING);
        UUID clientId = referral.getClientId();

        // 2. A therapist accepts: primary therapist, client active.
        Referral accepted = new ReferralsApi(therapist).acceptReferral(referral.getId(), null, null);
        assertThat(accepted.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.getAssignedRole()).isEqualTo(CareTeamRole.PRIMARY_THERAPIST);
        assertThat(new ClientsApi(therapist).getClient(clientId).getStatus()).isEqualTo(ClientStatus.ACTIVE);

        // 3. Assessment, finalized.
        AssessmentsApi assessments = new AssessmentsApi(therapist);
        Assessment assessment = assessments.createAssessment(clientId, new AssessmentRequest()
                .assessedOn(FIRST_SESSION.toLocalDate()).kind(AssessmentKind.INITIAL)
                .addFindingsItem(new Finding().domain(Domain.EMOTIONAL).strengths("Settles to familiar lullabies")
                        .needs("Procedural pain and fear"))
                .summary("Responds to a slow, quiet voice; tenses when the cart arrives."), null);
        assertThat(assessments.finalizeAssessment(assessment.getId(), null).getStatus()).isEqualTo(AssessmentStatus.FINAL);

        // 4. A goal motivated by the assessment.
        GoalsApi goals = new GoalsApi(therapist);
        UUID goalId = goals.createGoal(clientId, new GoalRequest().domain(Domain.EMOTIONAL)
                .statement("Will keep a lower pain rating with a chosen lullaby during dressing changes")
                .measure(new Measure().type(MeasureType.PERCENT)).baseline(BigDecimal.valueOf(20))
                .target(BigDecimal.valueOf(70)).criterion(new Criterion().consecutiveSessions(1))
                .status(GoalStatus.ACTIVE).assessmentId(assessment.getId()), null).getId();

        // 5. A session with interventions, a goal measurement and pre/post pain scores.
        SessionsApi sessions = new SessionsApi(therapist);
        Session session = sessions.createSession(clientId, new SessionRequest()
                .startsAt(FIRST_SESSION).endsAt(FIRST_SESSION.plusMinutes(30))
                .setting(SessionSetting.BEDSIDE).kind(SessionKind.INDIVIDUAL).status(SessionStatus.COMPLETED)
                .familyPresent(true)
                .addInterventionsItem(new SessionIntervention().code("song-for-procedural-support")
                        .song("Twinkle, Twinkle, Little Star").minutes(15).clientResponse("Breathing slowed"))
                .addInterventionsItem(new SessionIntervention().code("music-assisted-relaxation").minutes(10))
                .addMeasurementsItem(new GoalMeasurement().goalId(goalId).value(BigDecimal.valueOf(75)))
                .addScoresItem(new SessionScore().scale("pain-nrs").pre(BigDecimal.valueOf(8)).post(BigDecimal.valueOf(4))),
                null);
        assertThat(session.getInterventions()).extracting(SessionIntervention::getCode)
                .containsExactly("song-for-procedural-support", "music-assisted-relaxation");
        assertThat(session.getScores()).singleElement().satisfies(score -> {
            assertThat(score.getPre()).isEqualByComparingTo("8");
            assertThat(score.getPost()).isEqualByComparingTo("4");
        });
        assertThat(new WorklistApi(therapist).listUnsignedNotes(null, 100, null).getItems())
                .extracting(UnsignedNote::getSessionId).contains(session.getId());

        // 6. The note, then its signature.
        NotesApi notes = new NotesApi(therapist);
        notes.writeNote(session.getId(), new NoteRequest().format(NoteFormat.SOAP)
                .subjective("Said the bandage change would hurt").objective("Pain 8/10 before, 4/10 after")
                .assessment("Lullaby supports coping").plan("Continue before each dressing change"), null);
        SessionNote signed = notes.signNote(session.getId(), null, null);
        assertThat(signed.getStatus()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.getContentSha256()).matches("[0-9a-f]{64}");

        // 7. The child life specialist's addendum; a signed note refuses changes (409 as ApiException).
        new NotesApi(ccls).addAddendum(session.getId(),
                new AddendumRequest().text("Hummed the lullaby herself at the next IV start."), null);
        SessionNote withAddendum = new NotesApi(ccls).getNote(session.getId());
        assertThat(withAddendum.getAddenda()).singleElement()
                .satisfies(addendum -> assertThat(addendum.getAuthorRole()).isEqualTo(CareTeamRole.CHILD_LIFE_SPECIALIST));
        assertThat(withAddendum.getContentSha256()).isEqualTo(signed.getContentSha256());
        assertThatThrownBy(() -> notes.signNote(session.getId(), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(Status.CONFLICT.getStatusCode()));

        // 8. Progress, then discharge with the goal's outcome; no new sessions afterwards.
        GoalProgress progress = goals.getGoalProgress(goalId);
        assertThat(progress.getMeasurements()).extracting(ProgressPoint::getValue)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.valueOf(75));
        assertThat(progress.getCriterionMet()).isTrue();
        new DischargeApi(therapist).dischargeClient(clientId, new DischargeRequest().reason(DischargeReason.GOALS_MET)
                .addGoalOutcomesItem(new GoalOutcome().goalId(goalId).status(GoalStatus.ACHIEVED))
                .recommendations("Lullaby plan shared with the family"), null);
        assertThat(new ClientsApi(therapist).getClient(clientId).getStatus()).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(goals.getGoal(goalId).getStatus()).isEqualTo(GoalStatus.ACHIEVED);
        assertThatThrownBy(() -> sessions.createSession(clientId, new SessionRequest().startsAt(FIRST_SESSION.plusDays(1))
                .endsAt(FIRST_SESSION.plusDays(1).plusMinutes(30)).setting(SessionSetting.BEDSIDE)
                .kind(SessionKind.INDIVIDUAL).status(SessionStatus.COMPLETED), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(Status.CONFLICT.getStatusCode());
                    assertThat(e.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
                });
    }

    /** The generated client as one caller: base URI of the running application, and a real signed token. */
    private ApiClient client(String subject, String role) {
        String token = Tokens.forUser(subject, role);
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
