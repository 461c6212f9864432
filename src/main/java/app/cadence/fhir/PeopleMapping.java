package app.cadence.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;

import app.cadence.careteam.CareTeamMember;
import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.client.Guardian;
import app.cadence.staff.Staff;

/** The people of a record: the child (Patient), the staff (Practitioner) and the care team. */
final class PeopleMapping {

    private PeopleMapping() {
    }

    /** The client, with its identifiers (MRN...), names, birth date and guardians as contacts. */
    static Patient patient(Client client) {
        Patient patient = new Patient();
        patient.setId(client.id.toString());
        patient.setMeta(new Meta().setVersionId(Long.toString(client.version))
                .setLastUpdatedElement(Fhir.instant(client.updatedAt)));
        patient.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.SECONDARY)
                .setSystem(Terminology.CLIENT_ID).setValue(client.id.toString()));
        client.identifiers.forEach(id -> patient.addIdentifier(new Identifier().setSystem(id.system()).setValue(id.value())));
        patient.setActive(true);
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(client.familyName)
                .addGiven(client.givenName));
        if (client.preferredName != null && !client.preferredName.isBlank()) {
            patient.addName(new HumanName().setUse(HumanName.NameUse.USUAL).setFamily(client.familyName)
                    .addGiven(client.preferredName));
        }
        patient.setBirthDateElement(new DateType(client.birthDate.toString()));
        for (Guardian guardian : client.guardians) {
            Patient.ContactComponent contact = patient.addContact().setName(new HumanName().setText(guardian.name()));
            if (guardian.relationship() != null && !guardian.relationship().isBlank()) {
                contact.addRelationship().setText(guardian.relationship());
            }
            if (guardian.phone() != null && !guardian.phone().isBlank()) {
                contact.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
                        .setValue(guardian.phone()));
            }
        }
        return Fhir.summary(patient, client.givenName + " " + client.familyName + ", born " + client.birthDate);
    }

    static Practitioner practitioner(Staff staff) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(staff.id.toString());
        practitioner.addIdentifier(new Identifier().setSystem(Terminology.STAFF_ID).setValue(staff.id.toString()));
        practitioner.setActive(staff.active);
        practitioner.addName(new HumanName().setText(staff.displayName));
        if (staff.credentials != null && !staff.credentials.isBlank()) {
            practitioner.addQualification().getCode().setText(staff.credentials);
        }
        return Fhir.summary(practitioner, staff.credentials == null ? staff.displayName
                : staff.displayName + ", " + staff.credentials);
    }

    /** Everyone who has been on the child's care team, each with the period they were on it. */
    static CareTeam careTeam(Client client, List<CareTeamMember> members) {
        CareTeam team = new CareTeam();
        team.setId(DerivedIds.of("care-team", client.id).toString());
        team.setStatus(client.status == ClientStatus.DISCHARGED ? CareTeam.CareTeamStatus.INACTIVE
                : CareTeam.CareTeamStatus.ACTIVE);
        team.setName("Music therapy care team");
        team.setSubject(Fhir.ref("Patient", client.id));
        for (CareTeamMember member : members) {
            team.addParticipant()
                    .addRole(Terminology.concept(Terminology.CARE_TEAM_ROLE, member.role.code(),
                            Fhir.display(member.role.code())))
                    .setMember(Fhir.ref("Practitioner", member.staff.id))
                    .setPeriod(Fhir.period(member.since, member.until));
        }
        return Fhir.summary(team, "Music therapy care team: " + members.size() + " memberships");
    }
}
