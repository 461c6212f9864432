package app.cadence.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response.Status;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 11's FHIR export of a whole episode: every resource of {@code Patient/$everything} passes
 * HAPI's instance validator offline with no error, and the content is the episode's: one Encounter
 * per session, the measured values and scores (LOINC for the pain scale), a Provenance carrying
 * the SHA-256 of each signature, and nothing of the draft note.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirEverythingTest {

    private static final Logger LOG = Logger.getLogger(FhirEverythingTest.class);
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private FhirEpisode episode;
    private Bundle everything;
    private String everythingJson;

    private Bundle everything() {
        if (everything == null) {
            episode = new FhirEpisode();
            long started = System.nanoTime();
            Response response = episode.integration.request().accept(FhirJson.MEDIA_TYPE)
                    .get("/fhir/r4/Patient/" + episode.clientId + "/$everything");
            long first = System.nanoTime() - started;
            started = System.nanoTime();
            episode.integration.request().get("/fhir/r4/Patient/" + episode.clientId + "/$everything").then()
                    .statusCode(Status.OK.getStatusCode());
            LOG.infof("FHIR $everything of one episode: %d ms, then %d ms", first / 1_000_000,
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(Status.OK.getStatusCode());
            assertThat(response.contentType()).startsWith(FhirJson.MEDIA_TYPE);
            everythingJson = response.asString();
            everything = FHIR.newJsonParser().parseResource(Bundle.class, everythingJson);
        }
        return everything;
    }

    /**
     * The validator checks a Bundle's entries as the resources they are, so validating the bundles
     * validates every resource in them. The Patient read and the CapabilityStatement are validated too.
     */
    @Test
    void shouldPassTheInstanceValidatorWithoutErrorsForEveryExportedResource() {
        Bundle bundle = everything();
        FhirValidation validation = new FhirValidation(FHIR, CadenceCodeSystems.all(episode.supervisor));
        List<Resource> resources = List.of(bundle,
                FHIR.newJsonParser().parseResource(Patient.class, episode.supervisor.request()
                        .get("/fhir/r4/Patient/" + episode.clientId).then().statusCode(200).extract().asString()),
                FHIR.newJsonParser().parseResource(Bundle.class, episode.supervisor.request()
                        .queryParam("identifier", Clients.MRN_SYSTEM + "|" + episode.mrn)
                        .get("/fhir/r4/Patient").then().statusCode(200).extract().asString()),
                FHIR.newJsonParser().parseResource(CapabilityStatement.class, episode.supervisor.request()
                        .get("/fhir/r4/metadata").then().statusCode(200).extract().asString()));

        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> information = new ArrayList<>();
        int validated = 0;
        long started = System.nanoTime();
        for (Resource resource : resources) {
            validated += 1 + (resource instanceof Bundle b ? b.getEntry().size() : 0);
            for (SingleValidationMessage message : validation.validate(resource)) {
                String line = message.getSeverity() + " at " + message.getLocationString() + ": " + message.getMessage();
                if (FhirValidation.isError(message)) {
                    errors.add(line);
                } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings.add(line);
                } else {
                    information.add(line);
                }
            }
        }
        LOG.infof("FHIR validation: %d resources (the $everything bundle with %d entries, a Patient read, a search "
                + "bundle with its entry, the CapabilityStatement) in %d ms: %d errors, %d warnings, %d information:%n%s",
                validated, bundle.getEntry().size(), (System.nanoTime() - started) / 1_000_000, errors.size(),
                warnings.size(), information.size(), String.join("\n", warnings) + "\n" + String.join("\n", information));
        assertThat(bundle.getEntry()).hasSizeGreaterThan(30);
        assertThat(errors).as("validation errors").isEmpty();
    }

    @Test
    void shouldExportOneEncounterPerSessionWithItsInterventionsAsMusicTherapyProcedures() {
        Bundle bundle = everything();
        List<Encounter> encounters = resources(bundle, Encounter.class);
        assertThat(encounters).extracting(e -> e.getIdElement().getIdPart())
                .containsExactlyInAnyOrderElementsOf(episode.sessions);
        assertThat(encounters).allSatisfy(e -> {
            assertThat(e.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
            assertThat(e.getSubject().getReference()).isEqualTo("Patient/" + episode.clientId);
            assertThat(e.getEpisodeOfCareFirstRep().getReference()).startsWith("EpisodeOfCare/");
        });

        List<Procedure> procedures = resources(bundle, Procedure.class);
        assertThat(procedures).hasSize(episode.interventions.size());
        assertThat(procedures).allSatisfy(p -> assertThat(codes(p.getCode(), Terminology.SNOMED)).containsExactly("229095000"));
        assertThat(procedures).flatExtracting(p -> codes(p.getCode(), Terminology.INTERVENTION))
                .containsExactlyInAnyOrderElementsOf(episode.interventions.stream().map(i -> (String) i.get("code")).toList());
        assertThat(procedures).extracting(p -> p.getEncounter().getReference())
                .allMatch(ref -> episode.sessions.contains(ref.substring("Encounter/".length())));
    }

    @Test
    void shouldExportEveryMeasurementAndScoreWithItsValueAndLoincForThePainScale() {
        Bundle bundle = everything();
        List<Observation> observations = resources(bundle, Observation.class);

        List<Observation> measured = observations.stream()
                .filter(o -> !codes(o.getCode(), Terminology.GOAL_MEASUREMENT).isEmpty()).toList();
        assertThat(measured).extracting(o -> o.getEncounter().getReference().substring("Encounter/".length()) + " "
                + o.getValueQuantity().getValue().toPlainString())
                .containsExactlyInAnyOrderElementsOf(episode.measurements.stream()
                        .map(m -> m.sessionId() + " " + m.value()).toList());
        Goal coping = resource(bundle, Goal.class, episode.copingGoal);
        assertThat(coping.getOutcomeReference()).hasSize(3);
        assertThat(coping.getTargetFirstRep().getDetailQuantity().getValue().intValue()).isEqualTo(80);
        assertThat(coping.getTargetFirstRep().getDetailQuantity().getCode()).isEqualTo("%");
        assertThat(coping.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.COMPLETED);
        assertThat(codes(coping.getAchievementStatus(), Terminology.GOAL_ACHIEVEMENT)).containsExactly("achieved");

        List<String> scores = new ArrayList<>();
        for (Observation o : observations) {
            List<String> scale = codes(o.getCode(), Terminology.SCALE);
            if (scale.isEmpty()) {
                continue;
            }
            String timing = o.getCategory().stream().flatMap(c -> codes(c, Terminology.SCORE_TIMING).stream())
                    .findFirst().orElseThrow();
            scores.add(o.getEncounter().getReference().substring("Encounter/".length()) + " " + scale.get(0) + " "
                    + timing + " " + o.getValueQuantity().getValue().toPlainString());
            List<String> loinc = codes(o.getCode(), Terminology.LOINC);
            assertThat(loinc).as("LOINC of " + scale.get(0))
                    .isEqualTo(scale.get(0).equals(FhirEpisode.PAIN) ? List.of("72514-3") : List.of());
        }
        List<String> expected = new ArrayList<>();
        for (FhirEpisode.Score score : episode.scores) {
            expected.add(score.sessionId() + " " + score.scale() + " pre-session " + score.pre());
            expected.add(score.sessionId() + " " + score.scale() + " post-session " + score.post());
        }
        assertThat(scores).containsExactlyInAnyOrderElementsOf(expected);

        // Measurements of the session whose note is still a draft may change: preliminary, the others final.
        assertThat(observations).allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(
                o.getEncounter().getReference().endsWith(episode.draftSession) ? Observation.ObservationStatus.PRELIMINARY
                        : Observation.ObservationStatus.FINAL));
    }

    @Test
    void shouldCarryEverySignatureAsAProvenanceWithTheSha256OfItsSignedContent() {
        Bundle bundle = everything();
        List<Provenance> provenances = resources(bundle, Provenance.class);
        assertThat(provenances).extracting(p -> p.getTargetFirstRep().getReference().substring("DocumentReference/".length())
                + " " + p.getSignatureFirstRep().getWho().getReference() + " "
                + HexFormat.of().formatHex(p.getSignatureFirstRep().getData()))
                .containsExactlyInAnyOrderElementsOf(episode.signatures.stream()
                        .map(s -> s.documentId() + " Practitioner/" + s.signerStaffId() + " " + s.sha256()).toList());

        List<DocumentReference> documents = resources(bundle, DocumentReference.class);
        assertThat(documents).extracting(d -> d.getIdElement().getIdPart())
                .containsExactlyInAnyOrderElementsOf(episode.signatures.stream().map(FhirEpisode.Signature::documentId).toList());
        for (DocumentReference document : documents) {
            Provenance signature = provenances.stream().filter(p -> p.getTargetFirstRep().getReference()
                    .equals("DocumentReference/" + document.getIdElement().getIdPart())).findFirst().orElseThrow();
            byte[] canonical = document.getContent().stream()
                    .filter(c -> c.getAttachment().getContentType().equals("application/json"))
                    .findFirst().orElseThrow().getAttachment().getData();
            assertThat(sha256(canonical)).as("the signed content the document carries hashes to its signature")
                    .isEqualTo(signature.getSignatureFirstRep().getData());
        }
        assertThat(documents.stream().filter(d -> !d.getRelatesTo().isEmpty()))
                .hasSize(2).allSatisfy(d -> assertThat(d.getRelatesToFirstRep().getCode())
                        .isEqualTo(DocumentReference.DocumentRelationshipType.APPENDS));
    }

    @Test
    void shouldNeverExportTheDraftNote() {
        Bundle bundle = everything();
        String attachments = resources(bundle, DocumentReference.class).stream()
                .flatMap(d -> d.getContent().stream())
                .map(c -> new String(c.getAttachment().getData(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        assertThat(attachments).as("signed text is exported").contains(episode.signedText);
        assertThat(attachments).doesNotContain(episode.draftText);
        assertThat(everythingJson).doesNotContain(episode.draftText);
        assertThat(resources(bundle, DocumentReference.class))
                .noneMatch(d -> d.getContext().getEncounterFirstRep().getReference().endsWith(episode.draftSession));
    }

    @Test
    void shouldExportTheEpisodeFromReferralToDischargeWithTheCareTeam() {
        Bundle bundle = everything();
        List<EpisodeOfCare> episodes = resources(bundle, EpisodeOfCare.class);
        assertThat(episodes).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
            assertThat(e.getPeriod().hasEnd()).isTrue();
            assertThat(e.getReferralRequestFirstRep().getReference()).isEqualTo("ServiceRequest/" + episode.referralId);
            assertThat(e.getCareManager().getReference()).isEqualTo("Practitioner/" + episode.therapistStaffId());
        });
        ServiceRequest referral = resource(bundle, ServiceRequest.class, episode.referralId);
        assertThat(referral.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
        assertThat(referral.getReasonCode()).flatExtracting(c -> codes(c, Terminology.REFERRAL_REASON))
                .containsExactlyInAnyOrder("anxiety", "pain");
        assertThat(resources(bundle, org.hl7.fhir.r4.model.CareTeam.class)).singleElement()
                .satisfies(team -> assertThat(team.getParticipant()).extracting(p -> p.getMember().getReference() + " "
                        + codes(p.getRoleFirstRep(), Terminology.CARE_TEAM_ROLE).get(0))
                        .contains("Practitioner/" + episode.therapistStaffId() + " primary-therapist",
                                "Practitioner/" + episode.cclsStaffId() + " child-life-specialist"));

        Patient patient = resource(bundle, Patient.class, episode.clientId);
        assertThat(patient.getIdentifier()).anyMatch(i -> i.getSystem().equals(Clients.MRN_SYSTEM)
                && i.getValue().equals(episode.mrn));
        assertThat(patient.getContactFirstRep().getName().getText()).isEqualTo("Ada Okafor");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2017-03-14");

        // Every reference of the bundle resolves to one of its entries.
        Set<String> entries = bundle.getEntry().stream()
                .map(e -> e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart())
                .collect(Collectors.toSet());
        List<String> references = bundle.getEntry().stream()
                .flatMap(e -> FHIR.newTerser().getAllPopulatedChildElementsOfType(e.getResource(),
                        org.hl7.fhir.r4.model.Reference.class).stream())
                .map(org.hl7.fhir.r4.model.Reference::getReference).toList();
        assertThat(references).isNotEmpty().allMatch(entries::contains);
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    private static <T extends Resource> T resource(Bundle bundle, Class<T> type, String id) {
        Predicate<T> withId = r -> r.getIdElement().getIdPart().equals(id);
        return resources(bundle, type).stream().filter(withId).findFirst().orElseThrow();
    }

    private static List<String> codes(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem())).map(Coding::getCode).toList();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
