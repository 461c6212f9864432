package app.cadence.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

import app.cadence.audit.AuditContext;
import app.cadence.client.Client;
import app.cadence.common.problem.ProblemException;

/**
 * Every role and care-team decision goes through here. Resources name the {@link Action} they
 * perform; this class answers 403 when the caller's roles do not allow it at all and 404 when the
 * client is outside the caller's reach, so no endpoint re-implements the rules.
 * <p>
 * Its scalar statements name no result class ({@code createNativeQuery(sql)}, then a cast): Hibernate
 * keys its query plan cache by the SQL and the result mapping, and the mapping it builds for a scalar
 * class never equals the previous one, so every execution would add another plan under the same
 * SQL and every lookup would compare against all of them ({@code QueryPlanCacheTest}).
 */
@RequestScoped
public class AccessPolicy {

    private final Caller caller;
    private final EntityManager em;
    private final AuditContext audit;
    private final CallerFacilities facilities;

    AccessPolicy(Caller caller, EntityManager em, AuditContext audit, CallerFacilities facilities) {
        this.caller = caller;
        this.em = em;
        this.audit = audit;
        this.facilities = facilities;
    }

    /** The widest scope the caller's roles give for the action; 403 when none of them allows it. */
    public Scope require(Action action) {
        Scope widest = widestScope(action);
        if (widest == null) {
            throw ProblemException.forbidden("Your role does not permit this action");
        }
        if (action == Action.MANAGE_FACILITIES && !facilities.everyFacility()) {
            throw ProblemException.forbidden("Only a program lead (a supervisor for every facility) manages facilities");
        }
        return widest;
    }

    /**
     * Whether the caller may perform the action on this client, for decisions that answer neither
     * 403 nor 404 themselves (e.g. a draft note that a reader of signed notes must not learn of).
     */
    public boolean allows(Action action, UUID clientId) {
        audit.concernsClient(clientId);
        Scope scope = widestScope(action);
        if (scope != Scope.ALL && scope != Scope.CARE_TEAM) {
            return false;
        }
        ClientReach reach = new ClientReach(scope == Scope.ALL, caller.subject(), facilities.scope());
        if (reach.unlimited()) {
            return true;
        }
        return (Boolean) reach.bind(em.createNativeQuery("select " + reach.condition("cast(:client as uuid)")))
                .setParameter("client", clientId)
                .getSingleResult();
    }

    private Scope widestScope(Action action) {
        Scope widest = null;
        for (String role : caller.roles()) {
            Scope scope = action.scopeByRole().get(role);
            if (scope == Scope.ALL) {
                return Scope.ALL;
            }
            if (scope != null && (widest == null || scope.compareTo(widest) > 0)) {
                widest = scope;
            }
        }
        return widest;
    }

    /** Whether some role of the caller performs the action for every client. */
    public boolean reachesEveryone(Action action) {
        return widestScope(action) == Scope.ALL;
    }

    /**
     * The subject whose care teams limit a list for this action, or empty when the caller may list
     * every client.
     */
    public Optional<String> careTeamFilter(Action action) {
        return require(action) == Scope.ALL ? Optional.empty() : Optional.of(caller.subject());
    }

    /**
     * The caller's reach for a list of clients: the care-team filter (none when the caller may list
     * every client) and the facility filter; 403 when no role allows the action.
     */
    public ClientReach listReach(Action action) {
        return new ClientReach(require(action) == Scope.ALL, caller.subject(), facilities.scope());
    }

    /** The facilities whose clients the caller reaches, for statements that filter by facility themselves. */
    public FacilityScope facilityScope() {
        return facilities.scope();
    }

    /**
     * 422 unless the facility code names a facility within the caller's facilities, so nobody records
     * a child where they themselves could not see it. Null (no facility) passes.
     */
    public void requireFacility(String field, String facility) {
        if (facility != null && !worksAt(facility)) {
            throw ProblemException.invalid(field, NOT_YOUR_FACILITY);
        }
    }

    /** Why a facility code is refused where the caller must work at it. */
    public static final String NOT_YOUR_FACILITY = "is not the code of a facility you work at (see GET /api/v1/facilities)";

    /** Whether the code names an existing facility within the caller's facilities. */
    public boolean worksAt(String facility) {
        FacilityScope scope = facilities.scope();
        return (Boolean) scope.bind(em.createNativeQuery(
                "select exists (select 1 from facility f where f.code = :facility and " + scope.sql("f.code") + ")"))
                .setParameter("facility", facility)
                .getSingleResult();
    }

    /** Whether a client of this facility (null: none recorded) is within the caller's facilities. */
    public boolean reachesFacility(String facility) {
        FacilityScope scope = facilities.scope();
        if (scope.everyFacility()) {
            return true;
        }
        return (Boolean) scope.bind(em.createNativeQuery("select " + scope.sql("cast(:facility as text)")))
                .setParameter("facility", facility)
                .getSingleResult();
    }

    /**
     * The caller's reach for an action on this client, for a statement that reads the client only if
     * it is within reach (403 when no role allows the action at all).
     */
    public ClientReach reach(Action action, UUID clientId) {
        Scope scope = require(action);
        audit.concernsClient(clientId);
        return new ClientReach(scope == Scope.ALL, caller.subject(), facilities.scope());
    }

    /**
     * Loads a client the caller may act on; 404 for a missing client and for one outside their care
     * teams. One statement either way, which keeps every client-scoped list within its budget.
     */
    public Client client(Action action, UUID clientId) {
        ClientReach reach = reach(action, clientId);
        @SuppressWarnings("unchecked")
        List<Client> found = reach.bind(em.createNativeQuery(
                "select c.* from client c where c.id = :client and " + reach.condition("c.id"), Client.class))
                .setParameter("client", clientId)
                .getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Client", clientId);
        }
        return found.get(0);
    }

    /** 404 unless the client exists and is within the caller's reach; reads one row of nothing. */
    public void requireClient(Action action, UUID clientId) {
        ClientReach reach = reach(action, clientId);
        boolean reached = (Boolean) reach.bind(em.createNativeQuery(
                "select exists (select 1 from client c where c.id = :client and " + reach.condition("c.id") + ")"))
                .setParameter("client", clientId)
                .getSingleResult();
        if (!reached) {
            throw ProblemException.notFound("Client", clientId);
        }
    }

    /**
     * Whether the caller may act on a record of this client (an assessment, a goal): 403 when no
     * role allows the action, false when the client is outside their care teams. Callers answer
     * false with the record's own 404, so an out-of-reach record reads exactly like a missing one
     * and the 404 never names the client it belongs to.
     */
    public boolean reaches(Action action, UUID clientId) {
        require(action);
        return allows(action, clientId);
    }

    public boolean onCareTeam(UUID clientId) {
        ClientReach member = new ClientReach(false, caller.subject());
        return (Boolean) member.bind(em.createNativeQuery("select " + member.condition(":client")))
                .setParameter("client", clientId)
                .getSingleResult();
    }
}
