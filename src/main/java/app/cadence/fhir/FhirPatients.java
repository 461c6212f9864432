package app.cadence.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

import app.cadence.audit.AuditContext;
import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;

/**
 * The façade's reads, under the same access rules as the REST API: a client outside the caller's
 * care teams is as absent as one that does not exist. A client entered in error is never exported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FhirPatients {

    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditContext audit;
    private final ClientRecords records;

    FhirPatients(EntityManager em, AccessPolicy access, AuditContext audit, ClientRecords records) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.records = records;
    }

    Client client(String id) {
        access.require(Action.EXPORT_CLIENT);
        UUID clientId = parse(id).orElseThrow(() -> notFound(id));
        Client client = access.client(Action.EXPORT_CLIENT, clientId);
        if (client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw notFound(id);
        }
        return client;
    }

    Bundle everything(String id, String base) {
        return EverythingBundle.of(records.load(client(id)), base);
    }

    /**
     * Patients holding the identifier that the caller may read. {@code system|value} names one
     * identifier; a bare value matches it under any system.
     */
    Bundle search(PatientIdentifier identifier, String base, String self) {
        Optional<String> careTeamOf = access.careTeamFilter(Action.EXPORT_CLIENT);
        List<Client> found = em.createQuery("""
                select distinct c from Client c join c.identifiers i
                where i.value = :value and (:anySystem = true or i.system = :system)
                  and c.status <> :enteredInError
                  and (:everyone = true or exists (
                      select 1 from CareTeamMember m
                      where m.clientId = c.id and m.until is null and m.staff.subject = :subject))
                order by c.id""", Client.class)
                .setParameter("value", identifier.value())
                .setParameter("anySystem", identifier.system().isEmpty())
                .setParameter("system", identifier.system().orElse(""))
                .setParameter("enteredInError", ClientStatus.ENTERED_IN_ERROR)
                .setParameter("everyone", careTeamOf.isEmpty())
                .setParameter("subject", careTeamOf.orElse(""))
                .getResultList().stream()
                // A child of another facility is not found (an identifier search matches one or a few).
                .filter(c -> access.reachesFacility(c.facility)).toList();
        if (found.size() == 1) {
            audit.concernsClient(found.get(0).id);
        }
        Bundle bundle = Searchsets.bundle(base, self);
        for (Client client : found) {
            Patient patient = PeopleMapping.patient(client);
            Searchsets.match(bundle, base, patient);
        }
        bundle.setTotal(found.size());
        return bundle;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Patient", id);
    }
}
