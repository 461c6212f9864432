package app.cadence.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;

import app.cadence.assessment.Domain;
import app.cadence.careteam.CareTeamRole;
import app.cadence.common.persistence.CodedEnum;
import app.cadence.goal.MeasureType;
import app.cadence.intervention.InterventionCategory;
import app.cadence.referral.ReferralReason;
import app.cadence.session.SessionKind;
import app.cadence.session.SessionSetting;
import app.cadence.support.Api;

/**
 * Cadence's own code systems as a receiving system would know them: the fixed ones from the codes
 * the API documents, the intervention catalog and the scales as the API lists them. The validator
 * checks every Cadence code of an export against these (an unknown code is an error).
 */
final class CadenceCodeSystems {

    private CadenceCodeSystems() {
    }

    static List<CodeSystem> all(Api reader) {
        List<CodeSystem> systems = new ArrayList<>();
        systems.add(fromEnum(Terminology.GOAL_DOMAIN, Domain.values()));
        systems.add(fromEnum(Terminology.REFERRAL_REASON, ReferralReason.values()));
        systems.add(fromEnum(Terminology.CARE_TEAM_ROLE, CareTeamRole.values()));
        systems.add(fromEnum(Terminology.SESSION_KIND, SessionKind.values()));
        systems.add(fromEnum(Terminology.SESSION_SETTING, SessionSetting.values()));
        systems.add(fromEnum(Terminology.INTERVENTION_CATEGORY, InterventionCategory.values()));
        CodeSystem measures = codeSystem(Terminology.GOAL_MEASUREMENT);
        Arrays.stream(MeasureType.values()).forEach(m -> measures.addConcept().setCode(m.code())
                .setDisplay(GoalMeasures.display(m)));
        systems.add(measures);
        systems.add(fromMap(Terminology.SCORE_TIMING, Map.of("pre-session", "Pre session", "post-session", "Post session")));
        systems.add(fromMap(Terminology.DOCUMENT_TYPE, Map.of("session-note", "Music therapy session note",
                "addendum", "Addendum")));
        systems.add(fromList(Terminology.INTERVENTION, reader, "/api/v1/interventions"));
        systems.add(fromList(Terminology.SCALE, reader, "/api/v1/scales"));
        return systems;
    }

    private static CodeSystem fromEnum(String url, CodedEnum[] values) {
        CodeSystem system = codeSystem(url);
        Arrays.stream(values).forEach(v -> system.addConcept().setCode(v.code()).setDisplay(Fhir.display(v.code())));
        return system;
    }

    private static CodeSystem fromMap(String url, Map<String, String> concepts) {
        CodeSystem system = codeSystem(url);
        concepts.forEach((code, display) -> system.addConcept().setCode(code).setDisplay(display));
        return system;
    }

    /** Every entry of a paged API list, by code and name. */
    private static CodeSystem fromList(String url, Api reader, String path) {
        CodeSystem system = codeSystem(url);
        String cursor = null;
        do {
            var request = reader.request().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> system.addConcept().setCode((String) item.get("code")).setDisplay((String) item.get("name")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return system;
    }

    private static CodeSystem codeSystem(String url) {
        CodeSystem system = new CodeSystem();
        system.setUrl(url);
        system.setStatus(Enumerations.PublicationStatus.ACTIVE);
        system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        system.setCaseSensitive(true);
        return system;
    }
}
