package app.cadence.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.careteam.CareTeamRole;

/** The canonical form is a published contract: verifiers outside Cadence rebuild it byte for byte. */
class SignedContentTest {

    private static final UUID SESSION = UUID.fromString("0190a1b2-0000-7000-8000-000000000001");
    private static final UUID AUTHOR = UUID.fromString("0190a1b2-0000-7000-8000-000000000002");
    private static final UUID NOTE = UUID.fromString("0190a1b2-0000-7000-8000-000000000003");

    @Test
    void shouldWriteNoteMembersInFixedOrderLeavingOutAbsentOnes() {
        SessionNote note = new SessionNote();
        note.sessionId = SESSION;
        note.format = NoteFormat.SOAP;
        note.objective = "Anxiety 7/10 pre";
        note.plan = "Continue";
        note.authorId = AUTHOR;
        note.signedBy = AUTHOR;
        note.signedAt = OffsetDateTime.parse("2025-03-14T10:26:53+01:00");

        assertThat(SignedContent.canonical(note)).isEqualTo("{\"sessionId\":\"0190a1b2-0000-7000-8000-000000000001\","
                + "\"format\":\"soap\",\"objective\":\"Anxiety 7/10 pre\",\"plan\":\"Continue\","
                + "\"authorId\":\"0190a1b2-0000-7000-8000-000000000002\","
                + "\"signedBy\":\"0190a1b2-0000-7000-8000-000000000002\",\"signedAt\":\"2025-03-14T09:26:53.000Z\"}");
    }

    @Test
    void shouldEscapeStringsAsJsonStringifyDoes() {
        Addendum addendum = new Addendum();
        addendum.noteId = NOTE;
        addendum.authorId = AUTHOR;
        addendum.authorRole = CareTeamRole.CHILD_LIFE_SPECIALIST;
        addendum.text = "say \"hi\" \\ back\n\ttab\b\f\r\u0001\u001f/é\u2028🎵\ud800";
        addendum.signedAt = OffsetDateTime.parse("2025-03-14T09:26:53.589Z");

        assertThat(SignedContent.canonical(addendum)).isEqualTo("{\"noteId\":\"0190a1b2-0000-7000-8000-000000000003\","
                + "\"authorId\":\"0190a1b2-0000-7000-8000-000000000002\",\"authorRole\":\"child-life-specialist\","
                + "\"text\":\"say \\\"hi\\\" \\\\ back\\n\\ttab\\b\\f\\r\\u0001\\u001f/é\u2028🎵\\ud800\","
                + "\"signedAt\":\"2025-03-14T09:26:53.589Z\"}");
    }

    @Test
    void shouldHashUtf8AsLowercaseHexWithoutNormalizingText() {
        assertThat(SignedContent.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SignedContent.sha256("\u00e9")).isNotEqualTo(SignedContent.sha256("e\u0301"));
    }
}
