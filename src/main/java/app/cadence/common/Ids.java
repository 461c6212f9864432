package app.cadence.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDv7 identifiers (RFC 9562): random enough to be unguessable, yet ordered by creation time so
 * that new rows append to the primary-key index and id order is creation order for paging.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
