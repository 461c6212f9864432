package app.cadence.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * How an audit event is chained: each seal's MAC covers the previous seal's MAC and the event's
 * canonical content. The canonical content is computed by PostgreSQL from the stored row (every
 * column, nulls told apart from empty text), so sealing and verifying read exactly the same bytes.
 * With {@code cadence.audit.chain-key} the MAC is HMAC-SHA256 under a key that only the application
 * holds; without one it is plain SHA-256, which still reveals a changed event but not a chain that
 * a database superuser recomputed from that point on.
 */
@ApplicationScoped
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class);

    /** The canonical content of audit_event row {@code e}, as SQL. */
    static final String CANONICAL = """
            concat_ws('|', quote_nullable(e.id::text),
                quote_nullable((extract(epoch from e.occurred_at) * 1000000)::bigint::text),
                quote_nullable(e.actor_subject), quote_nullable(array_to_string(e.actor_roles, ',')),
                quote_nullable(e.action), quote_nullable(e.resource_type), quote_nullable(e.resource_id),
                quote_nullable(e.client_id::text), quote_nullable(e.outcome), quote_nullable(e.request_id),
                quote_nullable(e.source_address), quote_nullable(e.http_method), quote_nullable(e.path),
                quote_nullable(e.detail::text))""";

    static final String HMAC = "hmac-sha256";
    static final String SHA256 = "sha256";
    private static final int MINIMUM_KEY_LENGTH = 32;

    private final byte[] key;

    AuditChain(@ConfigProperty(name = "cadence.audit.chain-key") Optional<String> key) {
        if (key.isPresent() && key.get().length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalStateException("cadence.audit.chain-key must have at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        this.key = key.map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    void warnWithoutKey(@jakarta.enterprise.event.Observes StartupEvent started) {
        if (key == null && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("cadence.audit.chain-key is not set: the audit chain uses plain SHA-256, which shows an edited "
                    + "event but not a chain recomputed by someone with database access; set a secret key");
        }
    }

    /** The algorithm new seals use. */
    String algorithm() {
        return key == null ? SHA256 : HMAC;
    }

    /** The MAC after {@code previous} for this canonical content, with the given algorithm. */
    byte[] next(String algorithm, byte[] previous, String canonical) {
        byte[] content = canonical.getBytes(StandardCharsets.UTF_8);
        try {
            if (HMAC.equals(algorithm)) {
                if (key == null) {
                    throw new IllegalStateException("The audit chain was sealed with a key; set cadence.audit.chain-key");
                }
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update(previous);
                return mac.doFinal(content);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            return digest.digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 and SHA-256 are part of every JDK", e);
        }
    }

    /** What the genesis seal vouches for: the chain's start and the number of events before it. */
    static String genesis(java.time.OffsetDateTime cutoff, long eventsBefore) {
        return "genesis|" + cutoff.toInstant() + "|" + eventsBefore;
    }
}
