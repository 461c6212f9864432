package app.cadence.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.common.Ids;
import app.cadence.common.http.ETags;
import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Caller;
import app.cadence.security.Role;
import app.cadence.security.Roles;

@ApplicationScoped
@Transactional
public class StaffService {

    private final EntityManager em;
    private final Caller caller;
    private final AccessPolicy access;

    StaffService(EntityManager em, Caller caller, AccessPolicy access) {
        this.em = em;
        this.caller = caller;
        this.access = access;
    }

    /**
     * The caller's staff record, created from the token on first use. Roles follow the token,
     * which is the authority on them; a pre-provisioned name and credentials are kept.
     */
    public Staff current() {
        Staff staff = Staff.findBySubject(caller.subject()).orElseGet(this::provision);
        String[] tokenRoles = caller.roles().toArray(String[]::new);
        if (!Set.of(tokenRoles).equals(staff.roleSet())) {
            staff.roles = tokenRoles;
        }
        if (staff.email == null) {
            staff.email = caller.email().orElse(null);
        }
        return staff;
    }

    /**
     * The caller's staff id, without loading their record: how every write names its author, signer or
     * decider, in one small statement (the record, {@link #current()}, also loads the facilities). The
     * record's roles and email follow the token when the record itself is read; a caller without a
     * record yet gets one here as there.
     */
    public UUID currentId() {
        // A JPQL query flushes pending changes only to staff records before it runs; a native one would
        // flush every change of the transaction so far (and count a second version of what it wrote).
        List<UUID> ids = em.createQuery("select s.id from Staff s where s.subject = :subject", UUID.class)
                .setParameter("subject", caller.subject()).getResultList();
        return ids.isEmpty() ? current().id : ids.get(0);
    }

    /** Concurrent first requests of one person race here; the unique subject lets exactly one insert win. */
    private Staff provision() {
        em.createNativeQuery("""
                insert into staff (id, subject, display_name, email, roles, active, created_at, updated_at, version)
                values (:id, :subject, :name, :email, cast(:roles as text[]), true, now(), now(), 0)
                on conflict (subject) do nothing""")
                .setParameter("id", Ids.newId())
                .setParameter("subject", caller.subject())
                .setParameter("name", caller.displayName().orElse(caller.subject()))
                .setParameter("email", caller.email().orElse(null))
                .setParameter("roles", "{" + String.join(",", caller.roles()) + "}")
                .executeUpdate();
        return Staff.findBySubject(caller.subject()).orElseThrow();
    }

    public Staff create(StaffRequest request) {
        if (Staff.findBySubject(request.subject()).isPresent()) {
            throw ProblemException.conflict("A staff record for this subject already exists");
        }
        Staff staff = new Staff();
        staff.subject = request.subject();
        staff.displayName = request.displayName();
        staff.email = request.email();
        staff.credentials = request.credentials();
        staff.roles = request.roles().stream().map(Role::code).sorted().toArray(String[]::new);
        if (request.facilities() != null) {
            staff.facilities.addAll(request.facilities());
        }
        staff.persist();
        return staff;
    }

    /**
     * Marks a staff member as needing co-signature (or not) and names who besides supervisors may
     * co-sign. A supervising therapist is a therapist who signs without co-signature themselves.
     */
    public Staff setSupervision(UUID staffId, String ifMatch, SupervisionRequest request) {
        Staff staff = find(staffId).orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
        ETags.requireMatch(ifMatch, staff.version);
        List<Violation> violations = new ArrayList<>();
        List<UUID> ids = request.supervisingTherapistIds();
        for (int i = 0; i < ids.size(); i++) {
            Staff supervising = em.find(Staff.class, ids.get(i));
            if (supervising == null || !supervising.holds(Roles.THERAPIST) || supervising.requiresCosignature
                    || supervising.id.equals(staffId) || !supervising.active) {
                violations.add(new Violation("supervisingTherapistIds[" + i + "]",
                        "must be an active therapist who signs without co-signature, other than this staff member"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
        staff.requiresCosignature = request.requiresCosignature();
        staff.supervisingTherapistIds = ids.toArray(UUID[]::new);
        em.flush();
        return staff;
    }

    /**
     * Replaces the facilities a staff member works at. The caller adds or removes only facilities
     * they work at themselves (a program lead: any), so a hospital's supervisor neither places a
     * colleague in another hospital nor takes them off one; every refused code is named at once.
     */
    public Staff setFacilities(UUID staffId, String ifMatch, StaffFacilitiesRequest request) {
        Staff staff = find(staffId).orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
        ETags.requireMatch(ifMatch, staff.version);
        List<String> wanted = request.facilities();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (!staff.facilities.contains(wanted.get(i)) && !access.worksAt(wanted.get(i))) {
                violations.add(new Violation("facilities[" + i + "]", AccessPolicy.NOT_YOUR_FACILITY));
            }
        }
        staff.facilities.stream().filter(code -> !wanted.contains(code) && !access.worksAt(code)).sorted()
                .forEach(code -> violations.add(new Violation("facilities", "leaves out " + code
                        + ", a facility you do not work at: only its own supervisors or a program lead take a colleague off it")));
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
        staff.facilities.clear();
        staff.facilities.addAll(wanted);
        // A changed element collection moves the owner's version, so an earlier ETag no longer matches.
        em.flush();
        return staff;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Staff> find(UUID id) {
        return Optional.ofNullable(em.find(Staff.class, id));
    }

    /** The directory in name order, optionally only holders of one role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffResponse> list(Role role, PageRequest page) {
        Optional<Cursor> after = Cursor.decode(page.cursor, 1);
        StringBuilder sql = new StringBuilder("select s.* from staff s where true");
        if (role != null) {
            sql.append(" and :role = any(s.roles)");
        }
        after.ifPresent(c -> sql.append(" ").append("""
                 and (lower(s.display_name), s.id) >
                     (select lower(x.display_name), x.id from staff x where x.id = :after)"""));
        sql.append(" order by lower(s.display_name), s.id limit :limit");
        var query = em.createNativeQuery(sql.toString(), Staff.class).setParameter("limit", page.fetchSize());
        if (role != null) {
            query.setParameter("role", role.code());
        }
        after.ifPresent(c -> query.setParameter("after", c.uuid(0)));
        @SuppressWarnings("unchecked")
        List<Staff> rows = query.getResultList();
        return Page.of(rows, page.limit, s -> Cursor.of(s.id), StaffResponse::of);
    }
}
