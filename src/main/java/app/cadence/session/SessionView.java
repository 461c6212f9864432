package app.cadence.session;

/** A session as the API shows it, with the version its ETag is made from. */
public record SessionView(SessionResponse body, long version) {

    SessionPosition position() {
        return new SessionPosition(body.startsAt(), body.id());
    }
}
