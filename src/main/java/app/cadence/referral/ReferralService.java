package app.cadence.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.client.Client;
import app.cadence.client.ClientService;
import app.cadence.client.ClientStatus;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.Caller;
import app.cadence.security.Roles;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

/** Making referrals and reading the queue; decisions are in {@link ReferralDecisions}. */
@ApplicationScoped
@Transactional
public class ReferralService {

    private static final String NEW_CLIENT_FIELDS = "client.";

    private final EntityManager em;
    private final AccessPolicy access;
    private final Caller caller;
    private final StaffService staffService;
    private final ClientService clients;
    private final CareTeamPlacement placement;
    private final ReferralQueue queue;

    ReferralService(EntityManager em, AccessPolicy access, Caller caller, StaffService staffService,
            ClientService clients, CareTeamPlacement placement, ReferralQueue queue) {
        this.em = em;
        this.access = access;
        this.caller = caller;
        this.staffService = staffService;
        this.clients = clients;
        this.placement = placement;
        this.queue = queue;
    }

    /**
     * Refers an existing client, or a new one created with the referral. A discharged child referred
     * again goes back to {@code referred}; a child waits in the queue once at a time.
     */
    public Referral create(ReferralRequest request) {
        access.require(Action.CREATE_REFERRAL);
        List<ReferralReason> reasons = List.copyOf(request.reasons());
        Staff referrer = staffService.current();

        Optional<UUID> existing = Optional.ofNullable(request.clientId()).or(() -> matchByIdentifier(request));
        Client client = existing.map(id -> access.client(Action.READ_CLIENT, id))
                .orElseGet(() -> clients.createReferred(request.client(), NEW_CLIENT_FIELDS));
        if (client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("A client entered in error cannot be referred");
        }
        pendingReferralOf(client.id).ifPresent(pending -> {
            throw ProblemException.conflict("The client already has a pending referral " + pending);
        });

        Referral referral = new Referral();
        referral.client = client;
        referral.referredBy = referrer;
        referral.reasons = reasons;
        referral.priority = request.priority();
        referral.notes = request.notes();
        referral.clientStatusAtReferral = client.status;
        if (client.status == ClientStatus.DISCHARGED) {
            client.status = ClientStatus.REFERRED;
        }
        referral.persist();
        placement.placeReferrer(client.id, referrer, existing.isEmpty());
        em.flush();
        return referral;
    }

    /** The queue for one status (pending unless asked otherwise): urgent first, then oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReferralResponse> list(ReferralStatus status, PageRequest page) {
        ReferralStatus wanted = status == null ? ReferralStatus.PENDING : status;
        ReferralReach reach = ReferralReach.of(access, caller, wanted);
        Optional<QueuePosition> after = QueuePosition.decode(page.cursor);
        List<Referral> rows = queue.find(wanted, reach, after, page.fetchSize());
        return Page.of(rows, page.limit, r -> QueuePosition.after(r).cursor(), ReferralResponse::of);
    }

    /** A referral the caller may see; 404 otherwise, exactly as for a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Referral get(UUID referralId) {
        access.require(Action.READ_REFERRAL);
        Referral referral = queue.find(referralId).orElseThrow(() -> ProblemException.notFound("Referral", referralId));
        if (!ReferralReach.of(access, caller, referral.status).covers(referral, access)) {
            throw ProblemException.notFound("Referral", referralId);
        }
        return referral;
    }

    /** Hospital systems re-send children they already pushed; for them an identifier match means the same child. */
    private Optional<UUID> matchByIdentifier(ReferralRequest request) {
        return caller.hasRole(Roles.INTEGRATION) ? clients.findByIdentifiers(request.client(), NEW_CLIENT_FIELDS)
                : Optional.empty();
    }

    private Optional<UUID> pendingReferralOf(UUID clientId) {
        return em.createQuery("select r.id from Referral r where r.client.id = :client and r.status = :pending", UUID.class)
                .setParameter("client", clientId)
                .setParameter("pending", ReferralStatus.PENDING)
                .getResultStream().findFirst();
    }
}
