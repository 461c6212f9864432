package app.cadence.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.cadence.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The facilities whose clients the caller reaches: those the token claim at
 * {@code cadence.facilities.claim-path} lists ({@code *} = all), else those on the caller's staff
 * record, else, in a deployment of at most one facility, all. A deployment of several facilities
 * refuses (403) a caller with neither claim nor staff-record facilities when
 * {@code cadence.facilities.require-claim} is set.
 */
@RequestScoped
public class CallerFacilities {

    /**
     * The identity attribute, shared by every request with the same verified token, that records
     * that the caller was found placed. Only placement is remembered, and only for as long as the
     * token is in the verified-token cache: it decides nothing but whether to refuse early with 403,
     * because what the caller reaches is decided again by every statement ({@code facility_reached}).
     * A caller whose facilities are all taken away meanwhile reads 404s and empty lists, not 403s,
     * until their token leaves the cache; a refused caller is asked again on every request, so
     * facilities given to them take effect at once.
     */
    static final String PLACED = "cadence.facilities.placed";

    /** The claim value that means every facility (a program lead). */
    public static final String ALL = "*";

    private static final int MAX_CODES = 100;
    private static final int MAX_CODE_LENGTH = 200;

    private final Caller caller;
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final FacilitiesConfig config;
    private final EntityManager em;
    private FacilityScope scope;

    CallerFacilities(Caller caller, JsonWebToken token, SecurityIdentity identity, FacilitiesConfig config, EntityManager em) {
        this.caller = caller;
        this.token = token;
        this.identity = identity;
        this.config = config;
        this.em = em;
    }

    /** The caller's facility scope; 403 for a caller a multi-facility deployment cannot place. */
    public FacilityScope scope() {
        if (scope == null) {
            scope = resolve();
        }
        return scope;
    }

    /** Whether the caller reaches every facility: a program lead when a supervisor. */
    public boolean everyFacility() {
        FacilityScope current = scope();
        return switch (current.kind()) {
            case ALL -> true;
            case CODES -> false;
            case STAFF_RECORD -> (Boolean) em.createNativeQuery("""
                    select not exists (select 1 from staff_facility sf join staff s on s.id = sf.staff_id
                                       where s.subject = :subject)
                       and (:lenient or (select count(*) from facility) <= 1)""")
                    .setParameter("subject", current.subject())
                    .setParameter("lenient", current.lenient())
                    .getSingleResult();
        };
    }

    private FacilityScope resolve() {
        Optional<List<String>> claimed = claimedCodes();
        if (claimed.isPresent()) {
            return claimed.get().contains(ALL) ? FacilityScope.EVERY_FACILITY : FacilityScope.codes(claimed.get());
        }
        boolean lenient = !config.requireClaim();
        AtomicBoolean remembered = identity.getAttribute(PLACED);
        if (!lenient && (remembered == null || !remembered.get())) {
            boolean placed = (Boolean) em.createNativeQuery("""
                    select exists (select 1 from staff_facility sf join staff s on s.id = sf.staff_id
                                   where s.subject = :subject)
                        or (select count(*) from facility) <= 1""")
                    .setParameter("subject", caller.subject())
                    .getSingleResult();
            if (placed && remembered != null) {
                remembered.set(true);
            }
            if (!placed) {
                throw ProblemException.forbidden("Your account names no facility: this deployment serves several "
                        + "facilities, so the access token must carry the facility claim (or your staff record list your facilities)");
            }
        }
        return FacilityScope.staffRecord(caller.subject(), lenient);
    }

    /** The codes the claim lists, or empty when the token has no such claim. */
    private Optional<List<String>> claimedCodes() {
        String[] path = config.claimPath().split("\\.");
        Object value = token.getClaim(path[0]);
        for (int i = 1; i < path.length && value != null; i++) {
            value = member(value, path[i]);
        }
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(element -> codes.add(text(element)));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> codes.add(text(element)));
        } else {
            codes.add(text(value));
        }
        // A claim Cadence cannot read places the caller nowhere rather than everywhere.
        List<String> clean = codes.stream().filter(c -> c != null && !c.isBlank() && c.length() <= MAX_CODE_LENGTH)
                .limit(MAX_CODES).toList();
        return Optional.of(clean);
    }

    private static Object member(Object value, String name) {
        if (value instanceof JsonObject object) {
            return object.get(name);
        }
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    private static String text(Object element) {
        if (element instanceof JsonString string) {
            return string.getString();
        }
        return element instanceof String string ? string : null;
    }
}
