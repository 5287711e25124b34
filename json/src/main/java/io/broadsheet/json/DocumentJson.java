package io.broadsheet.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.Contact;
import io.broadsheet.Dateline;
import io.broadsheet.DiscardedBlock;
import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Document} as a JSON object in Broadsheet's document contract: one object per
 * document, fields in a fixed order, absent values as {@code null}. Enum values are written in lower case;
 * beyond the contract's fields it adds each quote's {@code rule}, speakers' {@code kind}, warnings and discarded
 * blocks.
 */
public final class DocumentJson {

    /**
     * Everything that touches Jackson, which is an optional dependency: this class is loaded only when
     * {@link #toTree} is first called, so writing lines works without Jackson on the class path.
     */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();

        static ObjectNode read(String line, String source) {
            try {
                return (ObjectNode) MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read back the JSON written for " + source, e);
            }
        }
    }

    private DocumentJson() {
    }

    /**
     * @param doc a document
     * @return the document as one line of JSON
     */
    public static String toLine(Document doc) {
        StringBuilder line = new StringBuilder(1024);
        document(new JsonWriter(line), doc);
        return line.toString();
    }

    /**
     * Needs Jackson (jackson-databind) on the class path; this module declares it as an optional dependency.
     *
     * @param doc a document
     * @return the document as a Jackson tree, for callers that add fields or embed it; the same fields as
     *         {@link #toLine}
     */
    public static ObjectNode toTree(Document doc) {
        return Trees.read(toLine(doc), doc.source());
    }

    /** Plain loops rather than forEach lambdas: each lambda's first call costs a one-file run about a millisecond. */
    private static void document(JsonWriter w, Document doc) {
        w.beginObject();
        w.name("source").value(doc.source());
        w.name("format").value(doc.format());
        w.name("title").value(doc.title());
        w.name("subtitle").value(doc.subtitle());
        w.name("section").value(doc.section());
        w.name("publisher").value(doc.publisher());
        w.name("url").value(doc.url());
        w.name("dateline");
        if (doc.dateline().isPresent()) {
            dateline(w, doc.dateline().get());
        } else {
            w.nullValue();
        }
        w.name("paragraphs");
        strings(w, doc.paragraphs());
        w.name("quotes").beginArray();
        for (Quote q : doc.quotes()) {
            quote(w, q);
        }
        w.endArray();
        w.name("turns").beginArray();
        for (Turn t : doc.turns()) {
            turn(w, t);
        }
        w.endArray();
        w.name("contacts").beginArray();
        for (Contact c : doc.contacts()) {
            contact(w, c);
        }
        w.endArray();
        w.name("people").beginArray();
        for (Person p : doc.people()) {
            person(w, p);
        }
        w.endArray();
        w.name("warnings");
        strings(w, doc.warnings());
        w.name("discarded").beginArray();
        for (DiscardedBlock d : doc.discarded()) {
            discarded(w, d);
        }
        w.endArray();
        w.endObject();
    }

    private static void dateline(JsonWriter w, Dateline d) {
        w.beginObject();
        w.name("place").value(d.place());
        w.name("date").value(d.date().map(Object::toString));
        w.name("time").value(d.time().map(t -> twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute())));
        w.endObject();
    }

    private static void quote(JsonWriter w, Quote q) {
        w.beginObject();
        w.name("text").value(q.text());
        w.name("speaker");
        speakerOrNull(w, q.speaker().orElse(null));
        w.name("mention").value(q.mention());
        w.name("cue").value(q.cue());
        w.name("kind").value(lower(q.kind()));
        w.name("paragraph").value(q.span().paragraph());
        w.name("begin").value(q.span().begin());
        w.name("end").value(q.span().end());
        w.name("rule").value(q.rule());
        w.name("source");
        if (q.source().isPresent()) {
            source(w, q.source().get());
        } else {
            w.nullValue();
        }
        w.endObject();
    }

    private static void source(JsonWriter w, QuoteSource s) {
        w.beginObject();
        w.name("document").value(s.document());
        w.name("text").value(s.text());
        w.name("fidelity").value(lower(s.fidelity()));
        w.name("paragraph").value(s.span().paragraph());
        w.name("begin").value(s.span().begin());
        w.name("end").value(s.span().end());
        w.name("diff").beginArray();
        for (QuoteSource.WordEdit edit : s.diff()) {
            w.beginObject();
            w.name("op").value(lower(edit.op()));
            w.name("text").value(edit.text());
            w.endObject();
        }
        w.endArray();
        w.name("sourceSpeaker");
        speakerOrNull(w, s.sourceSpeaker().orElse(null));
        w.name("misattributed").value(s.misattributed());
        w.endObject();
    }

    private static void speakerOrNull(JsonWriter w, Speaker s) {
        if (s == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("name").value(s.name());
        w.name("role").value(s.role());
        w.name("kind").value(lower(s.kind()));
        w.endObject();
    }

    private static void turn(JsonWriter w, Turn t) {
        w.beginObject();
        w.name("speaker");
        speakerOrNull(w, t.speaker());
        w.name("label").value(t.label());
        w.name("paragraphs");
        strings(w, t.paragraphs());
        w.name("firstParagraph").value(t.firstParagraph());
        w.endObject();
    }

    private static void contact(JsonWriter w, Contact c) {
        w.beginObject();
        w.name("name").value(c.name());
        w.name("role").value(c.role());
        w.name("organization").value(c.organization());
        w.name("phones");
        strings(w, c.phones());
        w.name("emails");
        strings(w, c.emails());
        w.endObject();
    }

    private static void person(JsonWriter w, Person p) {
        w.beginObject();
        w.name("name").value(p.name());
        w.name("roles");
        strings(w, p.roles());
        w.name("mentions");
        strings(w, p.mentions());
        w.name("kind").value(lower(p.kind()));
        w.endObject();
    }

    private static void discarded(JsonWriter w, DiscardedBlock d) {
        w.beginObject();
        w.name("text").value(d.text());
        w.name("reason").value(lower(d.reason()));
        w.name("line").value(d.line());
        w.endObject();
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String value : values) {
            w.value(value);
        }
        w.endArray();
    }

    /** {@code %02d} without starting a {@link java.util.Formatter}, which costs milliseconds on first use. */
    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
