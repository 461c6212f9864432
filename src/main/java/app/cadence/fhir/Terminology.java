package app.cadence.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The code and identifier systems the façade uses. Cadence's own URIs are stable: integrations
 * store codes under them (README, "FHIR"). External codes are the few whose meaning was checked.
 */
public final class Terminology {

    public static final String CADENCE = "https://cadence.app/fhir";

    /** Identifier systems: Cadence's own ids of clients and staff. */
    public static final String CLIENT_ID = CADENCE + "/sid/client-id";
    public static final String STAFF_ID = CADENCE + "/sid/staff-id";

    /** Cadence's code systems. */
    public static final String INTERVENTION = CADENCE + "/CodeSystem/intervention";
    public static final String INTERVENTION_CATEGORY = CADENCE + "/CodeSystem/intervention-category";
    public static final String SCALE = CADENCE + "/CodeSystem/scale";
    public static final String SCORE_TIMING = CADENCE + "/CodeSystem/score-timing";
    public static final String GOAL_MEASUREMENT = CADENCE + "/CodeSystem/goal-measurement";
    public static final String GOAL_DOMAIN = CADENCE + "/CodeSystem/goal-domain";
    public static final String REFERRAL_REASON = CADENCE + "/CodeSystem/referral-reason";
    public static final String CARE_TEAM_ROLE = CADENCE + "/CodeSystem/care-team-role";
    public static final String SESSION_KIND = CADENCE + "/CodeSystem/session-kind";
    public static final String SESSION_SETTING = CADENCE + "/CodeSystem/session-setting";
    public static final String DOCUMENT_TYPE = CADENCE + "/CodeSystem/document-type";

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public static final String PROVENANCE_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    public static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";
    public static final String RESTFUL_SECURITY = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    /** SNOMED CT 229095000 |Music therapy (regime/therapy)|, shown by its preferred term. */
    public static final Coding MUSIC_THERAPY = new Coding(SNOMED, "229095000", "Music therapy");
    /** LOINC 72514-3, a quantitative 0–10 score: Cadence's pain-nrs scale. */
    public static final String PAIN_NRS_LOINC = "72514-3";
    public static final String PAIN_NRS_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

    private Terminology() {
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    static CodeableConcept musicTherapy() {
        return new CodeableConcept().addCoding(MUSIC_THERAPY.copy());
    }
}
