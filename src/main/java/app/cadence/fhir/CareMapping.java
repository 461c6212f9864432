package app.cadence.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.goal.GoalStatus;
import app.cadence.goal.MeasureType;
import app.cadence.referral.Referral;
import app.cadence.referral.ReferralPriority;
import app.cadence.referral.ReferralStatus;

/** The course of care: referrals (ServiceRequest), episodes (EpisodeOfCare) and goals. */
final class CareMapping {

    private CareMapping() {
    }

    /** A referral is an order for music therapy; once accepted it stays active until its episode ends. */
    static ServiceRequest serviceRequest(Referral referral, boolean episodeFinished) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id.toString());
        request.setStatus(switch (referral.status) {
            case PENDING -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case ACCEPTED -> episodeFinished ? ServiceRequest.ServiceRequestStatus.COMPLETED
                    : ServiceRequest.ServiceRequestStatus.ACTIVE;
            case DECLINED -> ServiceRequest.ServiceRequestStatus.REVOKED;
        });
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(referral.priority == ReferralPriority.URGENT ? ServiceRequest.ServiceRequestPriority.URGENT
                : ServiceRequest.ServiceRequestPriority.ROUTINE);
        request.setCode(Terminology.musicTherapy());
        request.setSubject(Fhir.ref("Patient", referral.client.id));
        request.setAuthoredOnElement(Fhir.dateTime(referral.createdAt));
        request.setRequester(Fhir.ref("Practitioner", referral.referredBy.id));
        if (referral.assignedTherapist != null) {
            request.addPerformer(Fhir.ref("Practitioner", referral.assignedTherapist.id));
        }
        referral.reasons.forEach(reason -> request.addReasonCode(
                Terminology.concept(Terminology.REFERRAL_REASON, reason.code(), Fhir.display(reason.code()))));
        if (referral.notes != null && !referral.notes.isBlank()) {
            request.addNote(new Annotation().setText(referral.notes));
        }
        if (referral.status == ReferralStatus.DECLINED) {
            request.addNote(new Annotation().setText("Declined: " + referral.declineReason));
        }
        return Fhir.summary(request, "Referral to music therapy (" + referral.priority.code() + "): "
                + String.join(", ", referral.reasons.stream().map(r -> r.code()).toList()) + "; "
                + referral.status.code());
    }

    static EpisodeOfCare episodeOfCare(Client client, Episode episode, UUID careTeamId) {
        EpisodeOfCare care = new EpisodeOfCare();
        care.setId(episode.id(client.id).toString());
        care.setStatus(status(client, episode));
        care.addType(Terminology.musicTherapy());
        care.setPatient(Fhir.ref("Patient", client.id));
        care.setPeriod(Fhir.period(episode.start(), episode.closedBy().map(d -> d.createdAt).orElse(null)));
        episode.referrals().forEach(r -> care.addReferralRequest(Fhir.ref("ServiceRequest", r.id)));
        episode.acceptedBy().ifPresent(therapist -> care.setCareManager(Fhir.ref("Practitioner", therapist)));
        care.addTeam(Fhir.ref("CareTeam", careTeamId));
        return Fhir.summary(care, "Music therapy episode from " + episode.start().toLocalDate()
                + episode.closedBy().map(d -> " to " + d.dischargedOn).orElse(", ongoing"));
    }

    private static EpisodeOfCare.EpisodeOfCareStatus status(Client client, Episode episode) {
        if (episode.closedBy().isPresent() || client.status == ClientStatus.DISCHARGED) {
            return EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        }
        return switch (client.status) {
            case ON_HOLD -> EpisodeOfCare.EpisodeOfCareStatus.ONHOLD;
            case REFERRED -> episode.referrals().stream().allMatch(r -> r.status == ReferralStatus.DECLINED)
                    && !episode.referrals().isEmpty() ? EpisodeOfCare.EpisodeOfCareStatus.CANCELLED
                            : EpisodeOfCare.EpisodeOfCareStatus.WAITLIST;
            default -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
        };
    }

    /** A goal with its target in the goal's own measure and the measurements that track it. */
    static Goal goal(app.cadence.goal.Goal goal, List<Reference> measurements) {
        Goal resource = new Goal();
        resource.setId(goal.id.toString());
        resource.setLifecycleStatus(switch (goal.status) {
            case PROPOSED -> Goal.GoalLifecycleStatus.PROPOSED;
            case ACTIVE -> Goal.GoalLifecycleStatus.ACTIVE;
            case ON_HOLD -> Goal.GoalLifecycleStatus.ONHOLD;
            case ACHIEVED -> Goal.GoalLifecycleStatus.COMPLETED;
            case DISCONTINUED -> Goal.GoalLifecycleStatus.CANCELLED;
        });
        if (goal.status != GoalStatus.PROPOSED) {
            String achievement = switch (goal.status) {
                case ACHIEVED -> "achieved";
                case DISCONTINUED -> "not-achieved";
                default -> "in-progress";
            };
            resource.setAchievementStatus(Terminology.concept(Terminology.GOAL_ACHIEVEMENT, achievement,
                    Fhir.display(achievement)));
        }
        resource.addCategory(Terminology.concept(Terminology.GOAL_DOMAIN, goal.domain.code(),
                Fhir.display(goal.domain.code())));
        resource.setDescription(new CodeableConcept().setText(goal.statement));
        resource.setSubject(Fhir.ref("Patient", goal.clientId));
        resource.setStart(new DateType(goal.createdAt.toLocalDate().toString()));
        Goal.GoalTargetComponent target = resource.addTarget()
                .setMeasure(measureConcept(goal.measureType))
                .setDetail(quantity(goal.target, goal.measureType));
        if (goal.targetDate != null) {
            target.setDue(new DateType(goal.targetDate.toString()));
        }
        if (goal.createdBy != null) {
            resource.setExpressedBy(Fhir.ref("Practitioner", goal.createdBy));
        }
        resource.addNote(new Annotation().setText(criterion(goal)));
        measurements.forEach(resource::addOutcomeReference);
        return Fhir.summary(resource, goal.statement + " (" + goal.status.code() + ")");
    }

    static CodeableConcept measureConcept(MeasureType type) {
        return Terminology.concept(Terminology.GOAL_MEASUREMENT, type.code(), GoalMeasures.display(type));
    }

    static Quantity quantity(BigDecimal value, MeasureType type) {
        String unit = GoalMeasures.ucum(type);
        return new Quantity().setValue(Fhir.plain(value)).setUnit(GoalMeasures.unitDisplay(type))
                .setSystem(Terminology.UCUM).setCode(unit);
    }

    private static String criterion(app.cadence.goal.Goal goal) {
        String baseline = goal.baseline == null ? "no baseline recorded"
                : "baseline " + goal.baseline.stripTrailingZeros().toPlainString();
        String range = goal.measureType == MeasureType.RATING
                ? "; rated " + goal.ratingMin.stripTrailingZeros().toPlainString() + " to "
                        + goal.ratingMax.stripTrailingZeros().toPlainString()
                : "";
        return "Measured as " + GoalMeasures.display(goal.measureType).toLowerCase(java.util.Locale.ROOT) + range
                + "; " + baseline + "; met when the target is reached in " + goal.criterionSessions
                + " consecutive measured session" + (goal.criterionSessions == 1 ? "" : "s") + ".";
    }
}
