package app.cadence.common.idempotency;

/** The first response to an idempotent request, kept to be replayed to retries. */
record StoredResponse(String fingerprint, Integer status, String location, String etag, String body) {

    boolean complete() {
        return status != null;
    }
}
