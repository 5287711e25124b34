package io.broadsheet.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link Document} as a JSON object in Broadsheet's document contract: one object per
 * document, fields in a fixed order, absent values as {@code null}. Enum values are written in lower case;
 * beyond the contract's fields it adds each quote's {@code rule}, speakers' {@code kind}, warnings and discarded
 * blocks.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {
    }

    /**
     * @param doc a document
     * @return the document as one line of JSON
     */
    public static String toLine(Document doc) {
        try {
            return MAPPER.writeValueAsString(toTree(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + doc.source(), e);
        }
    }

    /**
     * @param doc a document
     * @return the document as a Jackson tree, for callers that add fields or embed it
     */
    public static ObjectNode toTree(Document doc) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", doc.source());
        o.put("format", doc.format());
        put(o, "title", doc.title());
        put(o, "subtitle", doc.subtitle());
        put(o, "section", doc.section());
        put(o, "publisher", doc.publisher());
        put(o, "url", doc.url());
        if (doc.dateline().isPresent()) {
            o.set("dateline", dateline(doc.dateline().get()));
        } else {
            o.putNull("dateline");
        }
        ArrayNode paragraphs = o.putArray("paragraphs");
        doc.paragraphs().forEach(paragraphs::add);
        ArrayNode quotes = o.putArray("quotes");
        doc.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode turns = o.putArray("turns");
        doc.turns().forEach(t -> turns.add(turn(t)));
        ArrayNode contacts = o.putArray("contacts");
        doc.contacts().forEach(c -> contacts.add(contact(c)));
        ArrayNode people = o.putArray("people");
        doc.people().forEach(p -> people.add(person(p)));
        ArrayNode warnings = o.putArray("warnings");
        doc.warnings().forEach(warnings::add);
        ArrayNode discarded = o.putArray("discarded");
        doc.discarded().forEach(d -> discarded.add(discarded(d)));
        return o;
    }

    private static ObjectNode dateline(Dateline d) {
        ObjectNode o = MAPPER.createObjectNode();
        put(o, "place", d.place());
        put(o, "date", d.date().map(Object::toString));
        put(o, "time", d.time().map(t -> String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())));
        return o;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", q.text());
        if (q.speaker().isPresent()) {
            o.set("speaker", speaker(q.speaker().get()));
        } else {
            o.putNull("speaker");
        }
        put(o, "mention", q.mention());
        put(o, "cue", q.cue());
        o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        o.put("paragraph", q.span().paragraph());
        o.put("begin", q.span().begin());
        o.put("end", q.span().end());
        o.put("rule", q.rule());
        if (q.source().isPresent()) {
            o.set("source", source(q.source().get()));
        } else {
            o.putNull("source");
        }
        return o;
    }

    private static ObjectNode source(QuoteSource s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("document", s.document());
        o.put("text", s.text());
        o.put("fidelity", s.fidelity().name().toLowerCase(Locale.ROOT));
        o.put("paragraph", s.span().paragraph());
        o.put("begin", s.span().begin());
        o.put("end", s.span().end());
        ArrayNode diff = o.putArray("diff");
        for (QuoteSource.WordEdit edit : s.diff()) {
            ObjectNode e = diff.addObject();
            e.put("op", edit.op().name().toLowerCase(Locale.ROOT));
            e.put("text", edit.text());
        }
        if (s.sourceSpeaker().isPresent()) {
            o.set("sourceSpeaker", speaker(s.sourceSpeaker().get()));
        } else {
            o.putNull("sourceSpeaker");
        }
        o.put("misattributed", s.misattributed());
        return o;
    }

    private static ObjectNode speaker(Speaker s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name());
        put(o, "role", s.role());
        o.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        return o;
    }

    private static ObjectNode turn(Turn t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("speaker", speaker(t.speaker()));
        o.put("label", t.label());
        ArrayNode paragraphs = o.putArray("paragraphs");
        t.paragraphs().forEach(paragraphs::add);
        o.put("firstParagraph", t.firstParagraph());
        return o;
    }

    private static ObjectNode contact(Contact c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", c.name());
        put(o, "role", c.role());
        ArrayNode phones = o.putArray("phones");
        c.phones().forEach(phones::add);
        ArrayNode emails = o.putArray("emails");
        c.emails().forEach(emails::add);
        return o;
    }

    private static ObjectNode person(Person p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.name());
        ArrayNode roles = o.putArray("roles");
        p.roles().forEach(roles::add);
        ArrayNode mentions = o.putArray("mentions");
        p.mentions().forEach(mentions::add);
        o.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
        return o;
    }

    private static ObjectNode discarded(DiscardedBlock d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", d.text());
        o.put("reason", d.reason().name().toLowerCase(Locale.ROOT));
        o.put("line", d.line());
        return o;
    }

    private static void put(ObjectNode o, String key, Optional<String> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }
}
