package app.cadence.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens whose signature, issuer, audience and lifetime Quarkus OIDC has verified, with the
 * identity it built from each: a client that sends the same token again is not verified again
 * (signature verification is most of the CPU an authenticated request costs). Keyed by the whole
 * token, so a token differing in any character — another signature — is verified from scratch.
 * An entry is used only before the token's own expiry and, for key rotation to take effect, before
 * the configured time to live; the map holds at most the configured number of tokens.
 */
@ApplicationScoped
class VerifiedTokens {

    private final int maxEntries;
    private final Duration timeToLive;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedTokens(@ConfigProperty(name = "cadence.security.token-cache.max-entries", defaultValue = "1000") int maxEntries,
            @ConfigProperty(name = "cadence.security.token-cache.time-to-live", defaultValue = "PT5M") Duration timeToLive) {
        this.maxEntries = maxEntries;
        this.timeToLive = timeToLive;
    }

    /** The identity verified for exactly this token, while the token is still valid. */
    SecurityIdentity find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!Instant.now().isBefore(entry.usableUntil)) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity;
    }

    void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        if (maxEntries <= 0 || entries.containsKey(token)) {
            return;
        }
        Instant now = Instant.now();
        Instant usableUntil = expiresAt.isBefore(now.plus(timeToLive)) ? expiresAt : now.plus(timeToLive);
        if (!now.isBefore(usableUntil)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            evictExpired(now);
            if (entries.size() >= maxEntries) {
                // Full of live tokens: the one closest to the end of its use makes room, so tokens in use
                // now keep being answered from the cache while the bound holds.
                evictSoonestToEnd();
            }
        }
        entries.put(token, new Entry(identity, usableUntil));
    }

    private void evictExpired(Instant now) {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (!now.isBefore(it.next().usableUntil)) {
                it.remove();
            }
        }
    }

    private void evictSoonestToEnd() {
        entries.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.comparing(Entry::usableUntil)))
                .ifPresent(soonest -> entries.remove(soonest.getKey(), soonest.getValue()));
    }

    private record Entry(SecurityIdentity identity, Instant usableUntil) {
    }
}
