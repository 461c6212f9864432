package app.cadence.audit;

/**
 * Where an event goes that is recorded apart from any change: a read, or a refusal or failure whose
 * work rolled back. {@link #write} returns only once the event is committed, so the response that
 * follows it never leaves before its event is durable.
 */
interface AuditSink {

    void write(AuditEvent event);
}
