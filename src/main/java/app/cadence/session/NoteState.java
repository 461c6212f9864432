package app.cadence.session;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.note.NoteStatus;

/**
 * Where a session's documentation stands: no note yet, a draft, an intern's note awaiting its
 * co-signature, or a signed note.
 */
public enum NoteState {
    @JsonProperty("none")
    NONE,
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("awaiting-cosignature")
    AWAITING_COSIGNATURE,
    @JsonProperty("signed")
    SIGNED;

    public static NoteState of(NoteStatus status) {
        if (status == null) {
            return NONE;
        }
        return switch (status) {
            case SIGNED -> SIGNED;
            case AWAITING_COSIGNATURE -> AWAITING_COSIGNATURE;
            case DRAFT -> DRAFT;
        };
    }

    /** From the {@code session_note.status} column as a native query returns it (null: no note). */
    static NoteState ofCode(String status) {
        if (status == null) {
            return NONE;
        }
        for (NoteStatus known : NoteStatus.values()) {
            if (known.code().equals(status)) {
                return of(known);
            }
        }
        return DRAFT;
    }
}
