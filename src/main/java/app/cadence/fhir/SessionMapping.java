package app.cadence.fhir;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;

import app.cadence.goal.Goal;
import app.cadence.intervention.Intervention;
import app.cadence.intervention.Scale;
import app.cadence.session.GoalMeasurement;
import app.cadence.session.InterventionUse;
import app.cadence.session.ScaleScore;
import app.cadence.session.Session;
import app.cadence.session.SessionSetting;

/** A session (Encounter), the interventions used in it (Procedure), its measurements and scores (Observation). */
final class SessionMapping {

    static final String PAIN_NRS = "pain-nrs";

    private SessionMapping() {
    }

    /**
     * Cadence serves children in hospital, so a session is an inpatient encounter, or a virtual one
     * when it took place by telehealth.
     */
    static Encounter encounter(Session session, UUID episodeId) {
        Encounter encounter = new Encounter();
        encounter.setId(session.id.toString());
        encounter.setStatus(switch (session.status) {
            case SCHEDULED -> Encounter.EncounterStatus.PLANNED;
            case COMPLETED -> Encounter.EncounterStatus.FINISHED;
            case CANCELLED, NO_SHOW -> Encounter.EncounterStatus.CANCELLED;
        });
        encounter.setClass_(session.setting == SessionSetting.TELEHEALTH
                ? new Coding(Terminology.ACT_CODE, "VR", "virtual")
                : new Coding(Terminology.ACT_CODE, "IMP", "inpatient encounter"));
        encounter.addType(Terminology.concept(Terminology.SESSION_KIND, session.kind.code(),
                Fhir.display(session.kind.code())));
        encounter.addType(Terminology.concept(Terminology.SESSION_SETTING, session.setting.code(),
                Fhir.display(session.setting.code())));
        encounter.setServiceType(Terminology.musicTherapy());
        encounter.setSubject(Fhir.ref("Patient", session.clientId));
        encounter.addEpisodeOfCare(Fhir.ref("EpisodeOfCare", episodeId));
        encounter.addParticipant()
                .addType(Terminology.concept(Terminology.PARTICIPATION_TYPE, "PPRF", "primary performer"))
                .setIndividual(Fhir.ref("Practitioner", session.therapistId));
        encounter.setPeriod(Fhir.period(session.startsAt, session.endsAt));
        return Fhir.summary(encounter, "Music therapy session (" + session.kind.code() + ", " + session.setting.code()
                + ") on " + session.startsAt.toLocalDate() + ", " + session.status.code());
    }

    /** One intervention used: music therapy (SNOMED CT) as Cadence's catalog names it. */
    static Procedure procedure(Session session, int position, InterventionUse use, Intervention catalogEntry) {
        Procedure procedure = new Procedure();
        procedure.setId(DerivedIds.of("procedure", session.id, position).toString());
        procedure.setStatus(switch (session.status) {
            case SCHEDULED -> Procedure.ProcedureStatus.PREPARATION;
            case COMPLETED -> Procedure.ProcedureStatus.COMPLETED;
            case CANCELLED, NO_SHOW -> Procedure.ProcedureStatus.NOTDONE;
        });
        procedure.setCode(Terminology.musicTherapy()
                .addCoding(new Coding(Terminology.INTERVENTION, use.code, catalogEntry.name)));
        procedure.setCategory(Terminology.concept(Terminology.INTERVENTION_CATEGORY, catalogEntry.category.code(),
                Fhir.display(catalogEntry.category.code())));
        procedure.setSubject(Fhir.ref("Patient", session.clientId));
        procedure.setEncounter(Fhir.ref("Encounter", session.id));
        procedure.setPerformed(Fhir.period(session.startsAt, session.endsAt));
        procedure.addPerformer().setActor(Fhir.ref("Practitioner", session.therapistId));
        if (present(use.instrument)) {
            procedure.addUsedCode(new CodeableConcept().setText(use.instrument));
        }
        if (present(use.song)) {
            procedure.addNote(new Annotation().setText("Song: " + use.song));
        }
        if (use.minutes != null) {
            procedure.addNote(new Annotation().setText("Minutes: " + use.minutes));
        }
        if (present(use.clientResponse)) {
            procedure.addNote(new Annotation().setText("Client response: " + use.clientResponse));
        }
        return Fhir.summary(procedure, catalogEntry.name);
    }

    /** A value measured for a goal, in the goal's measure; final once the session's note is signed. */
    static Observation measurement(Session session, int position, GoalMeasurement measurement, Goal goal,
            boolean signed) {
        Observation observation = observation(DerivedIds.of("goal-measurement", session.id, position), session, signed,
                session.startsAt);
        observation.addCategory(Terminology.concept(Terminology.OBSERVATION_CATEGORY, "therapy", "Therapy"));
        observation.setCode(CareMapping.measureConcept(goal.measureType));
        observation.setValue(CareMapping.quantity(measurement.value, goal.measureType));
        Fhir.summary(observation, GoalMeasures.display(goal.measureType) + ": "
                + Fhir.plain(measurement.value).toPlainString());
        if (present(measurement.comment)) {
            observation.addNote(new Annotation().setText(measurement.comment));
        }
        return observation;
    }

    /**
     * A scale scored before and after the session: two observations, taken at its start and end.
     * LOINC codes the scale where LOINC has a quantitative code for it; Cadence's code comes too.
     */
    static List<Observation> scores(Session session, ScaleScore score, Scale scale, boolean signed) {
        List<Observation> observations = new ArrayList<>();
        if (score.pre != null) {
            observations.add(score(session, score, scale, signed, "pre-session", score.pre, session.startsAt));
        }
        if (score.post != null) {
            observations.add(score(session, score, scale, signed, "post-session", score.post,
                    session.endsAt != null ? session.endsAt : session.startsAt));
        }
        return observations;
    }

    private static Observation score(Session session, ScaleScore score, Scale scale, boolean signed, String timing,
            BigDecimal value, OffsetDateTime takenAt) {
        Observation observation = observation(DerivedIds.of("score", session.id, score.scale, timing), session, signed,
                takenAt);
        observation.addCategory(Terminology.concept(Terminology.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.addCategory(Terminology.concept(Terminology.SCORE_TIMING, timing, Fhir.display(timing)));
        CodeableConcept code = new CodeableConcept();
        if (PAIN_NRS.equals(score.scale)) {
            code.addCoding(new Coding(Terminology.LOINC, Terminology.PAIN_NRS_LOINC, Terminology.PAIN_NRS_DISPLAY));
        }
        code.addCoding(new Coding(Terminology.SCALE, scale.code, scale.name));
        observation.setCode(code);
        observation.setValue(new Quantity().setValue(Fhir.plain(value)).setUnit("score").setSystem(Terminology.UCUM)
                .setCode("1"));
        return Fhir.summary(observation, scale.name + ", " + (timing.equals("pre-session") ? "before" : "after")
                + " the session: " + Fhir.plain(value).toPlainString());
    }

    private static Observation observation(UUID id, Session session, boolean signed, OffsetDateTime takenAt) {
        Observation observation = new Observation();
        observation.setId(id.toString());
        observation.setStatus(signed ? Observation.ObservationStatus.FINAL : Observation.ObservationStatus.PRELIMINARY);
        observation.setSubject(Fhir.ref("Patient", session.clientId));
        observation.setEncounter(Fhir.ref("Encounter", session.id));
        observation.setEffective(Fhir.dateTime(takenAt));
        observation.addPerformer(Fhir.ref("Practitioner", session.therapistId));
        return observation;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
