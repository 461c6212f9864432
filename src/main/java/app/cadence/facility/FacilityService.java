package app.cadence.facility;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.common.http.ETags;
import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;

/** The facilities of the program: every role reads them, a program lead manages them. */
@ApplicationScoped
@Transactional
public class FacilityService {

    private final EntityManager em;
    private final AccessPolicy access;

    FacilityService(EntityManager em, AccessPolicy access) {
        this.em = em;
        this.access = access;
    }

    /** In code order, keyset-paged by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FacilityResponse> list(PageRequest page) {
        access.require(Action.READ_FACILITIES);
        String after = Cursor.decode(page.cursor, 1).map(c -> c.get(0)).orElse(null);
        List<Facility> rows = em.createQuery("from Facility f where (:after is null or f.code > :after) order by f.code",
                        Facility.class)
                .setParameter("after", after)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(rows, page.limit, f -> Cursor.of(f.code), FacilityResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Facility get(String code) {
        access.require(Action.READ_FACILITIES);
        return find(code);
    }

    public Facility create(FacilityRequest request) {
        access.require(Action.MANAGE_FACILITIES);
        if (em.find(Facility.class, request.code()) != null) {
            throw ProblemException.conflict("There is already a facility with the code " + request.code());
        }
        Facility facility = new Facility();
        facility.code = request.code();
        facility.name = request.name().strip();
        facility.timeZone = zone("timeZone", request.timeZone());
        facility.persist();
        em.flush();
        return facility;
    }

    public Facility update(String code, String ifMatch, FacilityChanges changes) {
        access.require(Action.MANAGE_FACILITIES);
        Facility facility = find(code);
        ETags.requireMatch(ifMatch, facility.version);
        facility.name = changes.name().strip();
        facility.timeZone = zone("timeZone", changes.timeZone());
        em.flush();
        return facility;
    }

    private Facility find(String code) {
        // A path segment is whatever a client sent: a code PostgreSQL cannot even compare (NUL) is simply not found.
        Facility facility = code == null || code.length() > 200 || code.chars().anyMatch(Character::isISOControl) ? null
                : em.find(Facility.class, code);
        if (facility == null) {
            throw ProblemException.notFound("Facility", code);
        }
        return facility;
    }

    /** A region-based IANA id (America/New_York), not a fixed offset, so daylight saving time is followed. */
    private static String zone(String field, String id) {
        try {
            ZoneId zone = ZoneId.of(id.strip());
            if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
                throw ProblemException.invalid(field, "must be an IANA time zone such as America/New_York");
            }
            return zone.getId();
        } catch (DateTimeException e) {
            throw ProblemException.invalid(field, "must be an IANA time zone such as America/New_York");
        }
    }
}
