package app.cadence.note;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.cadence.careteam.CareTeamRole;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;

/**
 * Recomputes the SHA-256 of every signed note (an intern's awaiting co-signature included), co-signature and addendum from its canonical content
 * ({@link SignedContent}) and compares it with the hash recorded at signing. A difference means the
 * stored record changed after it was signed, which Cadence and its database account cannot do: a
 * superuser's edit, a faulty restore, corruption. Records are read in keyset batches of plain
 * values, never loaded whole, so memory stays flat whatever the number of records.
 */
@ApplicationScoped
public class SignedRecordVerification {

    static final int LISTED_MISMATCHES = 1000;
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final EntityManager em;
    private final AccessPolicy access;
    private final int batchSize;

    SignedRecordVerification(EntityManager em, AccessPolicy access,
            @ConfigProperty(name = "cadence.verification.batch-size", defaultValue = "500") int batchSize) {
        this.em = em;
        this.access = access;
        this.batchSize = batchSize;
    }

    public SignedRecordVerificationReport verify() {
        access.require(Action.VERIFY_SIGNED_RECORDS);
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        Mismatches mismatches = new Mismatches();
        long notes = scan("""
                select n.id, n.sessionId, n.format, n.subjective, n.objective, n.assessment, n.plan, n.narrative,
                       n.authorId, n.signedBy, n.signedAt, n.contentSha256
                from SessionNote n where n.status <> app.cadence.note.NoteStatus.DRAFT and n.id > :after
                order by n.id""", row -> {
            SessionNote note = new SessionNote();
            note.sessionId = (UUID) row[1];
            note.format = (NoteFormat) row[2];
            note.subjective = (String) row[3];
            note.objective = (String) row[4];
            note.assessment = (String) row[5];
            note.plan = (String) row[6];
            note.narrative = (String) row[7];
            note.authorId = (UUID) row[8];
            note.signedBy = (UUID) row[9];
            note.signedAt = (OffsetDateTime) row[10];
            return SignedContent.sha256(SignedContent.canonical(note)).equals(row[11]) ? null
                    : new SignedRecordMismatch("session-note", (UUID) row[0], note.sessionId);
        }, mismatches);
        long cosignatures = scan("""
                select n.id, n.sessionId, n.contentSha256, n.cosignedBy, n.cosignedAt, n.cosignatureSha256
                from SessionNote n where n.cosignedBy is not null and n.id > :after
                order by n.id""", row -> {
            SessionNote note = new SessionNote();
            note.contentSha256 = (String) row[2];
            note.cosignedBy = (UUID) row[3];
            note.cosignedAt = (OffsetDateTime) row[4];
            return SignedContent.sha256(SignedContent.canonicalCosignature(note)).equals(row[5]) ? null
                    : new SignedRecordMismatch("cosignature", (UUID) row[0], (UUID) row[1]);
        }, mismatches);
        long addenda = scan("""
                select a.id, n.sessionId, a.noteId, a.authorId, a.authorRole, a.text, a.signedAt, a.contentSha256, a.correction
                from Addendum a join SessionNote n on n.id = a.noteId
                where a.id > :after order by a.id""", row -> {
            Addendum addendum = new Addendum();
            addendum.noteId = (UUID) row[2];
            addendum.authorId = (UUID) row[3];
            addendum.authorRole = (CareTeamRole) row[4];
            addendum.text = (String) row[5];
            addendum.signedAt = (OffsetDateTime) row[6];
            addendum.correction = (Boolean) row[8];
            return SignedContent.sha256(SignedContent.canonical(addendum)).equals(row[7]) ? null
                    : new SignedRecordMismatch("addendum", (UUID) row[0], (UUID) row[1]);
        }, mismatches);
        return new SignedRecordVerificationReport(started, notes, cosignatures, addenda, mismatches.count == 0, mismatches.count,
                mismatches.listed);
    }

    /**
     * Runs the query batch after batch (its first column is the id it is ordered by) and checks each
     * row, a null check result meaning intact; returns how many rows it checked.
     */
    private long scan(String query, Function<Object[], SignedRecordMismatch> check, Mismatches mismatches) {
        long checked = 0;
        UUID after = BEFORE_ALL;
        List<Object[]> batch;
        do {
            batch = em.createQuery(query, Object[].class).setParameter("after", after).setMaxResults(batchSize)
                    .getResultList();
            for (Object[] row : batch) {
                mismatches.add(check.apply(row));
                after = (UUID) row[0];
            }
            checked += batch.size();
        } while (batch.size() == batchSize);
        return checked;
    }

    /** All mismatches counted, the first ones listed. */
    private static final class Mismatches {
        private final List<SignedRecordMismatch> listed = new ArrayList<>();
        private long count;

        void add(SignedRecordMismatch mismatch) {
            if (mismatch != null && count++ < LISTED_MISMATCHES) {
                listed.add(mismatch);
            }
        }
    }
}
