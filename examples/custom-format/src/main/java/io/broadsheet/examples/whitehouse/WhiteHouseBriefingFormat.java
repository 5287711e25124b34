package io.broadsheet.examples.whitehouse;

import io.broadsheet.Dateline;
import io.broadsheet.DiscardReason;
import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;
import io.broadsheet.Turn;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An example of a third-party format provider: White House press briefings and remarks, as archived in Markdown
 * with a YAML front matter ({@code title}, {@code date}, {@code source_url}, {@code tags}).
 *
 * <p>Such a transcript opens with the room and the time ({@code James S. Brady Press Briefing Room},
 * {@code 1:15 P.M. EST}), labels its speakers in capitals ({@code MS. JEAN-PIERRE:}, {@code PRESIDENT MACRON:})
 * except for reporters, who are a bare {@code Q}, marks interpreted turns {@code (As interpreted.)} and closes
 * with {@code END 1:50 P.M. EST}. This provider reads all of that into a {@link Document} with turns, using only
 * Broadsheet's public API: {@link SourceDocument} and its {@link Block}s to read, {@link DatelineParser} and
 * {@link BoilerplateRules} as building blocks, and {@link Document#builder} to build.
 *
 * <p>It is discovered like any provider: its class is listed in
 * {@code META-INF/services/io.broadsheet.spi.FormatProvider} and {@code provides}d in {@code module-info.java}, so
 * putting the jar on the class path is all a user does. Instances are immutable and thread-safe, as providers
 * must be.
 */
public final class WhiteHouseBriefingFormat implements FormatProvider {

    /** This format's id, which appears in {@link Document#format()}. */
    public static final String ID = "whitehouse-briefing";

    private static final DatelineParser DATES = DatelineParser.monthFirst();
    private static final BoilerplateRules BOILERPLATE = BoilerplateRules.standard();
    private static final int MAX_LABEL = 50;
    private static final int HEAD = 80;

    /** Creates the provider; {@link java.util.ServiceLoader} needs this public no-argument constructor. */
    public WhiteHouseBriefingFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Certain when the front matter says the page came from whitehouse.gov; fairly sure when the text has the
     * White House's own conventions, reporters as a bare {@code Q} and an {@code END} line; otherwise not at all.
     * A confident answer matters: the built-in {@code gov-transcript} format also reads transcripts, and the most
     * confident provider wins.
     */
    @Override
    public double detect(SourceDocument source) {
        // whitehouse.gov, and its archives such as bidenwhitehouse.archives.gov
        if (source.metadata("source_url").filter(url -> url.contains("whitehouse.gov/")
                || url.contains("whitehouse.archives.gov/")).isPresent()) {
            return 0.95;
        }
        long bareQuestions = source.head(HEAD).stream().filter(b -> Label.read(b.text())
                .filter(l -> l.text().equals("Q")).isPresent()).count();
        List<Block> blocks = source.blocks();
        boolean endLine = !blocks.isEmpty() && isEndLine(blocks.get(blocks.size() - 1).text());
        return bareQuestions >= 2 && endLine ? 0.8 : 0;
    }

    @Override
    public Document parse(SourceDocument source) {
        Document.Builder doc = Document.builder(source.name(), ID).publisher("The White House");
        // Front matter: the loader puts its keys, as written, into the metadata.
        source.metadata("title").filter(WhiteHouseBriefingFormat::isComplete).ifPresent(doc::title);
        source.metadata("source_url").ifPresent(doc::url);
        source.metadata("tags").map(tag -> titleCase(tag).replace('-', ' ')).ifPresent(doc::section);
        LocalDate date = source.metadata("date").flatMap(DATES::parseDate).orElse(null);
        String title = source.metadata("title").filter(WhiteHouseBriefingFormat::isComplete).orElse("");

        String place = null;
        LocalTime time = null;
        Map<String, Person> people = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        Label label = null;
        Speaker speaker = null;
        List<String> spoken = new ArrayList<>();
        int turnStart = 0;
        for (Block block : source.blocks()) {
            String text = block.text();
            Optional<Label> next = Label.read(text);
            if (next.isEmpty() && label == null) {
                // The head: the room, then the time the event began.
                Optional<LocalTime> started = DATES.parseTime(text);
                if (started.isPresent() && time == null) {
                    time = started.get();
                } else if (place == null && BOILERPLATE.classify(text).isEmpty()) {
                    place = text;
                }
                doc.discard(text, DiscardReason.METADATA, block.line());
                continue;
            }
            if (next.isEmpty() && (isEndLine(text) || BOILERPLATE.classify(text).isPresent())) {
                doc.discard(text, BOILERPLATE.classify(text).orElse(DiscardReason.METADATA), block.line());
                continue;
            }
            if (next.isPresent()) {
                if (label != null) {
                    doc.turn(new Turn(speaker, label.text(), spoken, turnStart));
                }
                label = next.get();
                speaker = speaker(label, title, people);
                spoken = new ArrayList<>();
                turnStart = paragraphs.size();
                text = withoutInterpreterNote(text.substring(label.textStart()));
                if (text.isEmpty()) {
                    doc.discard(block.text(), DiscardReason.METADATA, block.line());
                    continue;
                }
            }
            paragraphs.add(text);
            spoken.add(text);
        }
        if (label != null) {
            doc.turn(new Turn(speaker, label.text(), spoken, turnStart));
        }
        if (place != null || date != null || time != null) {
            doc.dateline(Dateline.of(place, date, time));
        }
        return doc.paragraphs(paragraphs).people(List.copyOf(people.values())).build();
    }

    /**
     * Names the speaker of a label. Reporters ({@code Q}) are anonymous; a named label such as
     * {@code SECRETARY RAIMONDO} takes the fuller name the title gives ({@code Gina Raimondo}) and its title words
     * as the role.
     */
    private static Speaker speaker(Label label, String title, Map<String, Person> people) {
        List<String> words = List.of(label.text().split(" "));
        if (label.text().equals("Q")) {
            return new Speaker("Questioner", Optional.empty(), SpeakerKind.UNKNOWN);
        }
        String surname = titleCase(words.get(words.size() - 1));
        List<String> roleWords = new ArrayList<>();
        for (String word : words.subList(0, words.size() - 1)) {
            if (!word.matches("(?:MR|MS|MRS|DR)\\.?")) {
                roleWords.add(titleCase(word));
            }
        }
        String role = roleWords.isEmpty() ? null : String.join(" ", roleWords);
        String name = fullName(surname, title);
        Person person = people.computeIfAbsent(name, n -> new Person(n,
                role == null ? List.of() : List.of(role), List.of(label.text()), SpeakerKind.PERSON));
        return Speaker.person(person.name(), role);
    }

    /** {@code Raimondo} in "... Commerce Secretary Gina Raimondo" is Gina Raimondo: capitalised words before it. */
    private static String fullName(String surname, String title) {
        String[] words = title.replace('\u00a0', ' ').split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equalsIgnoreCase(surname)) {
                int first = i;
                while (first > 0 && i - first < 2 && isGivenName(words[first - 1])) {
                    first--;
                }
                return String.join(" ", List.of(words).subList(first, i + 1));
            }
        }
        return surname;
    }

    private static boolean isGivenName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
                && !List.of("President", "Secretary", "Press", "Deputy", "Principal", "Vice", "First", "Lady",
                "Commerce", "Director", "Advisor", "Adviser", "Senior", "Remarks", "Briefing", "By", "And", "Of")
                .contains(word);
    }

    /** Drops {@code (As interpreted.)} from the start of a turn: it describes the turn, it is not spoken. */
    private static String withoutInterpreterNote(String text) {
        String rest = text.strip();
        if (rest.startsWith("(As interpreted") || rest.startsWith("(as interpreted")) {
            int close = rest.indexOf(')');
            return close < 0 ? rest : rest.substring(close + 1).strip();
        }
        return rest;
    }

    /** {@code END 1:50 P.M. EST}, or the closing time alone. */
    private static boolean isEndLine(String text) {
        String t = text.strip();
        if (t.startsWith("END")) {
            t = t.substring(3).strip();
        }
        return t.isEmpty() || DATES.parseTime(t).isPresent();
    }

    /**
     * The loader reads one line per front-matter key; a long title folded over two YAML lines arrives cut off,
     * still opening with its quote mark, and is better left out than shown half.
     */
    private static boolean isComplete(String value) {
        return !value.startsWith("\"") && !value.startsWith("'");
    }

    private static String titleCase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean upper = true;
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == '\'';
        }
        return sb.toString();
    }

    /**
     * A speaker label opening a paragraph: words in capitals and a colon ({@code PRESIDENT BIDEN:}), or the bare
     * {@code Q} followed by spaces.
     *
     * @param text      the label as printed, without its colon
     * @param textStart where the spoken text begins
     */
    record Label(String text, int textStart) {

        static Optional<Label> read(String paragraph) {
            if (paragraph.startsWith("Q  ")) {
                int start = 1;
                while (start < paragraph.length() && paragraph.charAt(start) == ' ') {
                    start++;
                }
                return Optional.of(new Label("Q", start));
            }
            int colon = paragraph.indexOf(':');
            if (colon <= 0 || colon > MAX_LABEL) {
                return Optional.empty();
            }
            String label = paragraph.substring(0, colon).strip();
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(Character.isUpperCase(c) || c == ' ' || c == '.' || c == '-' || c == '\'')) {
                    return Optional.empty();
                }
            }
            if (label.isEmpty() || label.split(" ").length > 5) {
                return Optional.empty();
            }
            int start = colon + 1;
            while (start < paragraph.length() && paragraph.charAt(start) == ' ') {
                start++;
            }
            return Optional.of(new Label(label.replaceAll(" {2,}", " "), start));
        }
    }
}
