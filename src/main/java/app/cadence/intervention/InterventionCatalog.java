package app.cadence.intervention;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;

/** The intervention catalog and the scales sessions are scored on. */
@ApplicationScoped
@Transactional
public class InterventionCatalog {

    private static final Pattern CODE = Pattern.compile(InterventionRequest.CODE_PATTERN);

    private final EntityManager em;
    private final AccessPolicy access;

    InterventionCatalog(EntityManager em, AccessPolicy access) {
        this.em = em;
        this.access = access;
    }

    /** In category then code order; the cursor is the last code shown, its category looked up in the query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InterventionResponse> list(InterventionCategory category, PageRequest page) {
        access.require(Action.READ_CATALOG);
        String after = Cursor.decode(page.cursor, 1).map(c -> c.get(0)).orElse(null);
        StringBuilder sql = new StringBuilder("select i.* from intervention i where true");
        if (category != null) {
            sql.append(" and i.category = :category");
        }
        if (after != null) {
            sql.append(" and (i.category, i.code) > (select x.category, x.code from intervention x where x.code = :after)");
        }
        sql.append(" order by i.category, i.code limit :limit");
        Query query = em.createNativeQuery(sql.toString(), Intervention.class).setParameter("limit", page.fetchSize());
        if (category != null) {
            query.setParameter("category", category.code());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Intervention> rows = query.getResultList();
        return Page.of(rows, page.limit, i -> Cursor.of(i.code), InterventionResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Intervention get(String code) {
        access.require(Action.READ_CATALOG);
        // A string that cannot be a code names nothing, and never reaches the database.
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.notFound("Intervention", "with this code");
        }
        return byCode(code).orElseThrow(() -> ProblemException.notFound("Intervention", code));
    }

    public Intervention create(InterventionRequest request) {
        access.require(Action.MANAGE_CATALOG);
        if (byCode(request.code()).isPresent()) {
            throw ProblemException.conflict("The catalog already has an intervention with the code " + request.code()
                    + "; codes are permanent, so choose another");
        }
        Intervention intervention = new Intervention();
        intervention.code = request.code();
        intervention.name = request.name().strip();
        intervention.category = request.category();
        intervention.description = request.description().strip();
        intervention.persist();
        em.flush();
        return intervention;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScaleResponse> scales() {
        access.require(Action.READ_CATALOG);
        return em.createQuery("from Scale s order by s.code", Scale.class).getResultStream().map(ScaleResponse::of).toList();
    }

    /**
     * Which of the codes are in the catalog, in one statement however many there are. The codes go
     * as one array parameter: Hibernate translates a query with an expanded IN list afresh on every
     * execution, while this statement's plan is cached once. Like every native query it would flush
     * the whole transaction's pending changes first; reference data is never among them, so it does not.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> knownCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>();
        for (Object code : em.createNativeQuery("select code from intervention where code = any(:codes)")
                .setParameter("codes", codes.toArray(String[]::new)).setFlushMode(FlushModeType.COMMIT).getResultList()) {
            known.add((String) code);
        }
        return known;
    }

    /** The named scales that exist, by code, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Scale> scalesByCode(Collection<String> codes) {
        Map<String, Scale> scales = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createNativeQuery("select s.* from scale s where s.code = any(:codes)", Scale.class)
                    .setParameter("codes", codes.toArray(String[]::new)).setFlushMode(FlushModeType.COMMIT)
                    .getResultStream().forEach(scale -> scales.put(((Scale) scale).code, (Scale) scale));
        }
        return scales;
    }

    private Optional<Intervention> byCode(String code) {
        return em.createQuery("from Intervention i where i.code = :code", Intervention.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
