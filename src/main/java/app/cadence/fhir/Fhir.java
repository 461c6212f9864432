package app.cadence.fhir;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** Small conversions every mapper needs: references, times with their offsets, displays of codes. */
final class Fhir {

    /** FHIR requires seconds whenever a time is given; Java's own rendering drops zero seconds. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Fhir() {
    }

    /** A one-line human-readable summary, which systems show when they cannot render the resource. */
    static <T extends DomainResource> T summary(T resource, String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText(text);
        resource.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
        return resource;
    }

    static Reference ref(String type, UUID id) {
        return new Reference(type + "/" + id);
    }

    static DateTimeType dateTime(OffsetDateTime time) {
        return new DateTimeType(TIME.format(time));
    }

    static InstantType instant(OffsetDateTime time) {
        return new InstantType(TIME.format(time));
    }

    static Period period(OffsetDateTime start, OffsetDateTime end) {
        Period period = new Period().setStartElement(dateTime(start));
        return end == null ? period : period.setEndElement(dateTime(end));
    }

    /** 80.00 as 80, never as 8E+1. */
    static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** A Cadence code shown to people: {@code child-life-specialist} reads "Child life specialist". */
    static String display(String code) {
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
