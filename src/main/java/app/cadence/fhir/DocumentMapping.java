package app.cadence.fhir;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.StringJoiner;
import java.util.UUID;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Provenance;

import app.cadence.note.Addendum;
import app.cadence.note.NoteFormat;
import app.cadence.note.SessionNote;
import app.cadence.note.SignedContent;
import app.cadence.session.Session;

/**
 * Signed documentation. A note and each addendum is a DocumentReference: a finished document whose
 * exact bytes matter, since its signature is a hash of them. Besides the readable text it carries
 * the canonical signed content, so a receiver can recompute the SHA-256 its Provenance records.
 * An addendum {@code appends} the note it belongs to.
 */
final class DocumentMapping {

    private DocumentMapping() {
    }

    static DocumentReference note(SessionNote note, Session session) {
        DocumentReference document = document(note.id, "session-note", "Music therapy session note",
                session.clientId, note.signedAt, note.authorId);
        document.setAuthenticator(Fhir.ref("Practitioner", note.signedBy));
        document.setDescription(note.format == NoteFormat.SOAP ? "SOAP note" : "Narrative note");
        document.getContext().addEncounter(Fhir.ref("Encounter", session.id))
                .setPeriod(Fhir.period(session.startsAt, session.endsAt));
        content(document, text(note), SignedContent.canonical(note));
        return Fhir.summary(document, "Music therapy session note, signed " + note.signedAt.toLocalDate());
    }

    static DocumentReference addendum(Addendum addendum, SessionNote note, Session session) {
        DocumentReference document = document(addendum.id, "addendum", "Addendum", session.clientId,
                addendum.signedAt, addendum.authorId);
        document.setAuthenticator(Fhir.ref("Practitioner", addendum.authorId));
        document.setDescription("Addendum by the " + Fhir.display(addendum.authorRole.code()).toLowerCase(java.util.Locale.ROOT));
        document.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.APPENDS)
                .setTarget(Fhir.ref("DocumentReference", note.id));
        document.getContext().addEncounter(Fhir.ref("Encounter", session.id));
        content(document, addendum.text, SignedContent.canonical(addendum));
        return Fhir.summary(document, "Addendum, signed " + addendum.signedAt.toLocalDate());
    }

    /**
     * The signature: who signed what, and when. Its data is the SHA-256 digest of the document's
     * canonical content (32 bytes; the REST API shows the same digest as hex).
     */
    static Provenance signature(UUID documentId, UUID signer, OffsetDateTime signedAt, String sha256Hex) {
        Provenance provenance = new Provenance();
        provenance.setId(DerivedIds.of("signature", documentId).toString());
        provenance.addTarget(Fhir.ref("DocumentReference", documentId));
        provenance.setRecordedElement(Fhir.instant(signedAt));
        provenance.addAgent()
                .setType(Terminology.concept(Terminology.PROVENANCE_PARTICIPANT, "author", "Author"))
                .setWho(Fhir.ref("Practitioner", signer));
        provenance.addSignature()
                .addType(new Coding(Terminology.SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature"))
                .setWhenElement(Fhir.instant(signedAt))
                .setWho(Fhir.ref("Practitioner", signer))
                .setTargetFormat("application/json")
                .setData(HexFormat.of().parseHex(sha256Hex));
        return Fhir.summary(provenance, "Signed by its author at " + signedAt + "; SHA-256 " + sha256Hex);
    }

    private static DocumentReference document(UUID id, String type, String display, UUID clientId,
            OffsetDateTime signedAt, UUID author) {
        DocumentReference document = new DocumentReference();
        document.setId(id.toString());
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        document.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setType(Terminology.concept(Terminology.DOCUMENT_TYPE, type, display));
        document.setSubject(Fhir.ref("Patient", clientId));
        document.setDateElement(Fhir.instant(signedAt));
        document.addAuthor(Fhir.ref("Practitioner", author));
        return document;
    }

    private static void content(DocumentReference document, String text, String canonical) {
        document.addContent().setAttachment(new Attachment().setContentType("text/plain")
                .setData(text.getBytes(StandardCharsets.UTF_8)).setTitle("Text"));
        document.addContent().setAttachment(new Attachment().setContentType("application/json")
                .setData(canonical.getBytes(StandardCharsets.UTF_8))
                .setTitle("Signed content in canonical form (its SHA-256 is the signature's data)"));
    }

    private static String text(SessionNote note) {
        if (note.format == NoteFormat.NARRATIVE) {
            return note.narrative;
        }
        StringJoiner text = new StringJoiner("\n\n");
        section(text, "Subjective", note.subjective);
        section(text, "Objective", note.objective);
        section(text, "Assessment", note.assessment);
        section(text, "Plan", note.plan);
        return text.toString();
    }

    private static void section(StringJoiner text, String heading, String body) {
        if (body != null) {
            text.add(heading + ": " + body);
        }
    }
}
