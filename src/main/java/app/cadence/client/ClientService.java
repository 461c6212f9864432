package app.cadence.client;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.careteam.CareTeamRole;
import app.cadence.careteam.CareTeamService;
import app.cadence.common.http.ETags;
import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.Caller;
import app.cadence.security.ClientReach;
import app.cadence.security.Roles;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

@ApplicationScoped
@Transactional
public class ClientService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final Caller caller;
    private final StaffService staffService;
    private final CareTeamService careTeams;
    private final ClientSearch search;
    private final ClientQueries queries;

    ClientService(EntityManager em, AccessPolicy access, Caller caller, StaffService staffService,
            CareTeamService careTeams, ClientSearch search, ClientQueries queries) {
        this.em = em;
        this.access = access;
        this.caller = caller;
        this.staffService = staffService;
        this.careTeams = careTeams;
        this.search = search;
        this.queries = queries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClientResponse> list(ClientFilter filter, PageRequest page) {
        ClientReach reach = access.listReach(Action.READ_CLIENT);
        Optional<UUID> after = Cursor.decode(page.cursor, 1).map(c -> c.uuid(0));
        List<Client> rows = search.find(filter, reach, after, page.fetchSize());
        return Page.of(rows, page.limit, c -> Cursor.of(c.id), ClientResponse::of);
    }

    /** One statement: whether the caller reaches the client, and the client with its identifiers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientView get(UUID clientId) {
        return queries.reached(clientId, access.reach(Action.READ_CLIENT, clientId))
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
    }

    /**
     * Creates a client. A therapist who creates one becomes its primary therapist; a child life
     * specialist joins its team too, since otherwise the record they just made would answer 404 to them.
     */
    public Client create(ClientRequest request) {
        access.require(Action.CREATE_CLIENT);
        ClientStatus status = request.status() == null ? ClientStatus.REFERRED : request.status();
        if (status != ClientStatus.REFERRED && status != ClientStatus.ACTIVE) {
            throw ProblemException.invalid("status", "a new client is referred or active");
        }
        Set<Identifier> identifiers = identifiers(request, "");
        requireUnclaimed(identifiers, null);
        access.requireFacility("facility", request.facility());
        Staff creator = staffService.current();
        Client client = insert(request, identifiers, status, creator);

        if (caller.hasRole(Roles.THERAPIST)) {
            careTeams.join(client.id, creator, CareTeamRole.PRIMARY_THERAPIST, creator.id);
        } else if (caller.hasRole(Roles.CHILD_LIFE_SPECIALIST)) {
            careTeams.join(client.id, creator, CareTeamRole.CHILD_LIFE_SPECIALIST, creator.id);
        }
        em.flush();
        return client;
    }

    /**
     * Creates a client as part of a referral: always {@code referred}, and nobody joins its care team
     * here because the referral decides who does. Violations name fields under {@code fieldPrefix}
     * (e.g. {@code client.}), as the caller sent them.
     */
    public Client createReferred(ClientRequest request, String fieldPrefix) {
        access.require(Action.CREATE_CLIENT);
        if (request.status() != null && request.status() != ClientStatus.REFERRED) {
            throw ProblemException.invalid(fieldPrefix + "status", "a client created by a referral is referred");
        }
        Set<Identifier> identifiers = identifiers(request, fieldPrefix);
        requireUnclaimed(identifiers, null);
        access.requireFacility(fieldPrefix + "facility", request.facility());
        Client client = insert(request, identifiers, ClientStatus.REFERRED, staffService.current());
        em.flush();
        return client;
    }

    /**
     * The existing client holding any of the request's identifiers, so a hospital system can refer a
     * child it already pushed without creating a duplicate; 409 when they name different clients.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> findByIdentifiers(ClientRequest request, String fieldPrefix) {
        Set<UUID> owners = new LinkedHashSet<>();
        for (Identifier identifier : identifiers(request, fieldPrefix)) {
            owner(identifier).ifPresent(owners::add);
        }
        if (owners.size() > 1) {
            throw ProblemException.conflict("The identifiers belong to different clients");
        }
        return owners.stream().findFirst();
    }

    /** Replaces demographics and identifiers of the version named by {@code If-Match}. */
    public Client update(UUID clientId, String ifMatch, ClientRequest request) {
        Client client = access.client(Action.UPDATE_CLIENT, clientId);
        ETags.requireMatch(ifMatch, client.version);
        if (request.status() != null && !client.status.canBecome(request.status())) {
            throw ProblemException.conflict("A " + client.status.code() + " client cannot become "
                    + request.status().code() + " by an update");
        }
        Set<Identifier> identifiers = identifiers(request, "");
        requireUnclaimed(identifiers, clientId);
        if (!java.util.Objects.equals(request.facility(), client.facility)) {
            access.requireFacility("facility", request.facility());
        }
        apply(client, request, identifiers);
        if (request.status() != null) {
            client.status = request.status();
        }
        em.flush();
        return client;
    }

    private Client insert(ClientRequest request, Set<Identifier> identifiers, ClientStatus status, Staff creator) {
        Client client = new Client();
        apply(client, request, identifiers);
        client.status = status;
        client.createdBy = creator.id;
        client.persist();
        return client;
    }

    private static void apply(Client client, ClientRequest request, Set<Identifier> identifiers) {
        client.givenName = request.givenName().strip();
        client.familyName = request.familyName().strip();
        client.preferredName = request.preferredName();
        client.birthDate = request.birthDate();
        client.facility = request.facility();
        client.unit = request.unit();
        client.identifiers.clear();
        client.identifiers.addAll(identifiers);
        client.guardians = request.guardians() == null ? List.of() : List.copyOf(request.guardians());
        client.musicPreferences = request.musicPreferences() == null ? MusicPreferences.none()
                : request.musicPreferences().normalized();
        client.precautions = request.precautions();
    }

    private static Set<Identifier> identifiers(ClientRequest request, String fieldPrefix) {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        if (request.identifiers() == null) {
            return identifiers;
        }
        for (int i = 0; i < request.identifiers().size(); i++) {
            Identifier identifier = request.identifiers().get(i);
            if (!identifiers.add(new Identifier(identifier.system().strip(), identifier.value().strip()))) {
                throw ProblemException.invalid(fieldPrefix + "identifiers[" + i + "]", "is listed twice");
            }
        }
        return identifiers;
    }

    /** An identifier names one client only; the primary key catches a concurrent claim as well. */
    private void requireUnclaimed(Set<Identifier> identifiers, UUID self) {
        for (Identifier identifier : identifiers) {
            Optional<UUID> owner = owner(identifier);
            if (owner.isPresent() && !owner.get().equals(self)) {
                throw ProblemException.conflict("Another client already has the identifier " + identifier.system()
                        + "|" + identifier.value());
            }
        }
    }

    private Optional<UUID> owner(Identifier identifier) {
        return em.createNativeQuery("select client_id from client_identifier where system = :system and value = :value")
                .setParameter("system", identifier.system())
                .setParameter("value", identifier.value())
                .getResultStream().map(UUID.class::cast).findFirst();
    }
}
