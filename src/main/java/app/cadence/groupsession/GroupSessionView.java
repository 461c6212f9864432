package app.cadence.groupsession;

import app.cadence.session.SessionPosition;

/** A group session as the caller sees it, with the version its ETag is made from. */
record GroupSessionView(GroupSessionResponse body, long version) {

    SessionPosition position() {
        return new SessionPosition(body.startsAt(), body.id());
    }
}
