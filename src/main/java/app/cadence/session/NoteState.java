package app.cadence.session;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.note.NoteStatus;

/** Where a session's documentation stands: no note yet, a draft, or a signed note. */
public enum NoteState {
    @JsonProperty("none")
    NONE,
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("signed")
    SIGNED;

    public static NoteState of(NoteStatus status) {
        if (status == null) {
            return NONE;
        }
        return status == NoteStatus.SIGNED ? SIGNED : DRAFT;
    }

    /** From the {@code session_note.status} column as a native query returns it (null: no note). */
    static NoteState ofCode(String status) {
        if (status == null) {
            return NONE;
        }
        return NoteStatus.SIGNED.code().equals(status) ? SIGNED : DRAFT;
    }
}
