package app.cadence.common;

import java.util.UUID;

/**
 * A response body naming the record it shows and the client that record belongs to; the audit
 * trail reads both from what an operation returned. Records with {@code id} and {@code clientId}
 * components implement it as they are.
 */
public interface Identified {

    UUID id();

    default UUID clientId() {
        return null;
    }
}
