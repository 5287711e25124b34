package io.broadsheet.format.pressnote.internal;

import io.broadsheet.Contact;
import io.broadsheet.Dateline;
import io.broadsheet.DiscardReason;
import io.broadsheet.Document;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;
import io.broadsheet.spi.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Parses one EU press note in three parts: the head (page chrome, title, stated date, kicker labels), the body,
 * and the contact section that closes the note, after which only page chrome and links follow. Not
 * thread-safe; one instance per parse.
 */
public final class PressNoteParser {

    /** How many leading blocks detection looks at for EU vocabulary. */
    static final int DETECT_BLOCKS = 8;
    /** A headline longer than this is a sentence. */
    static final int MAX_HEADLINE = 250;
    /** How many blocks into a contact section a press heading may come ({@code For More Information} first). */
    private static final int PRESS_HEADING_REACH = 4;
    /** Kicker labels such as {@code Press Releases} or {@code Plenary session} are a few words. */
    static final int MAX_KICKER = 40;

    /** EU institutions write numeric dates day first: {@code Brussels, 15/01/2022}. */
    private static final DatelineParser DATES = DatelineParser.dayFirst();

    private static final BoilerplateRules BOILERPLATE = BoilerplateRules.standard()
            .with(DiscardReason.NAVIGATION, BoilerplateRules.Match.PREFIX, "view menu:", "hide menu:",
                    "share this page", "open in a new page", "check out parliament on", "sign up for mail updates")
            .with(DiscardReason.NAVIGATION, BoilerplateRules.Match.EXACT, "pdf version", "print version",
                    "whatsapp", "press releases", "news");

    private static final List<String> CONTACT_HEADINGS = List.of("contacts", "contact", "press contacts",
            "press contact", "media contacts", "media contact", "for more information", "for further information",
            "contact information", "media enquiries", "media inquiries",
            "for media enquiries", "for media inquiries");
    private static final List<String> RELATED_HEADINGS = List.of("further information", "more information",
            "related", "related links", "related content", "related documents", "links", "useful links",
            "see also", "product information", "read more");
    private static final String CONTACT_INITIALS = initials(CONTACT_HEADINGS);
    private static final String RELATED_INITIALS = initials(RELATED_HEADINGS);
    private static final List<String> EU_WORDS = List.of("european commission", "european union",
            "european parliament", "high representative", "eeas", "meps", "member states", "commissioner",
            "council of the eu", "hr/vp", "hrvp", "brussels", "strasbourg", "luxembourg");
    private static final Vocabulary EU_VOCABULARY = Vocabulary.of(EU_WORDS);
    private static final String PAGE_LANGUAGE = "page language";
    private static final List<String> PRESS_ROLE_WORDS = List.of("spokesperson", "spokesman", "spokeswoman",
            "press", "media", "communication");

    private final SourceDocument source;
    private final Document.Builder doc;
    private final boolean html;
    private final String metadataTitle;

    private String title;
    private String subtitle;
    private Dateline dateline;
    private boolean bodyStarted;

    /**
     * @param source the loaded press note
     * @param format the format id to record in the document
     */
    public PressNoteParser(SourceDocument source, String format) {
        this.source = source;
        this.doc = Document.builder(source.name(), format);
        this.html = source.markup() == SourceDocument.Markup.HTML;
        this.metadataTitle = html ? source.statedTitle().orElse(null) : null;
    }

    /**
     * Scores how much a source looks like an EU press note: a contact block with press roles, and signs of an EU
     * institution (a europa.eu address, the {@code Page language:} chrome of EEAS pages, EU vocabulary near the
     * top). A contact block alone does not make an EU press note. Contact blocks can sit anywhere below the body
     * (page chrome follows them on HTML pages), so every block is checked; the check is linear in the block.
     *
     * @param source the loaded input
     * @return a confidence in 0..1
     */
    public static double detect(SourceDocument source) {
        List<Block> blocks = source.blocks();
        double contacts = 0;
        int start = mayReachSomeone(blocks) ? contactStart(blocks) : blocks.size();
        if (start < blocks.size()) {
            List<Contact> found = new ArrayList<>();
            new ContactSection(blocks, start).read(found, null);
            if (!found.isEmpty()) {
                contacts = hasPressRole(found) || underPressHeading(blocks, start) ? 0.4 : 0.3;
            }
        }
        double eu = 0;
        String url = source.metadata(MetadataKeys.CANONICAL_URL).orElse("");
        if (url.contains("europa.eu/") || url.endsWith("europa.eu")) {
            eu += 0.3;
        }
        boolean vocabulary = false;
        // An indexed loop: the head sublist's iterator has a type check that made C2 deoptimise this loop.
        List<Block> head = source.head(DETECT_BLOCKS);
        for (int i = 0; i < head.size(); i++) {
            String text = head.get(i).text();
            if (text.regionMatches(true, 0, PAGE_LANGUAGE, 0, PAGE_LANGUAGE.length())) {
                eu += 0.2;
            }
            vocabulary = vocabulary || EU_VOCABULARY.foundIn(text);
        }
        if (vocabulary) {
            eu += 0.15;
        }
        return Math.min(1.0, contacts + eu);
    }

    /**
     * Whether some block could give a way to reach a person: a contact needs a phone number (seven digits or
     * more) or an e-mail address ({@code @}) in a block short enough to be contact-shaped. Most sources have no
     * such block and need not be searched for a contact section at all.
     */
    private static boolean mayReachSomeone(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!isProse(block.text()) && mayReach(block.lines())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayReach(List<String> lines) {
        // Each line is copied to an array and read there: String.charAt's Latin-1/UTF-16 test made C2 deoptimise
        // this loop on the first line with a curly quote.
        char[] chars = new char[0];
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            int length = line.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            line.getChars(0, length, chars, 0);
            int digits = 0;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c == '@' || (c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c)) && ++digits >= 7) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a {@code Press contacts:} or {@code Media enquiries} heading stands over contacts that give no roles
     * of their own: a block of its own or the first line of the contacts' block, in the first few blocks of the
     * contact section.
     */
    private static boolean underPressHeading(List<Block> blocks, int start) {
        for (int i = start; i < blocks.size() && i < start + PRESS_HEADING_REACH; i++) {
            String line = blocks.get(i).lines().get(0);
            if (isHeadingOf(line, CONTACT_HEADINGS, CONTACT_INITIALS)) {
                String heading = line.toLowerCase(Locale.ROOT);
                if (heading.contains("press") || heading.contains("media")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPressRole(List<Contact> contacts) {
        for (Contact contact : contacts) {
            if (contact.role().isPresent() && isPressRole(contact.role().get())) {
                return true;
            }
        }
        return false;
    }

    /** @return the parsed press note */
    public Document parse() {
        List<Block> blocks = source.blocks();
        int contactStart = contactStart(blocks);
        for (int i = 0; i < contactStart; i++) {
            Block block = blocks.get(i);
            if (bodyStarted) {
                body(block);
            } else {
                head(block);
            }
        }
        contacts(blocks, contactStart);
        doc.title(title != null ? title : metadataTitle).subtitle(subtitle).dateline(dateline);
        source.metadata(MetadataKeys.CANONICAL_URL).ifPresent(doc::url);
        return doc.build();
    }

    /**
     * The contact section: a contact heading, or the first run of contact-shaped blocks that names a person and a
     * phone number or e-mail address, after the body's first paragraph. A contact may be one block of lines (a
     * text note) or a run of blocks (an HTML card: name heading, role, one list item per number).
     */
    static int contactStart(List<Block> blocks) {
        boolean prose = false;
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (prose && isContactHeading(block)) {
                return i;
            }
            if (prose) {
                int end = runEnd(blocks, i);
                if (end > i) {
                    int start = contactRunStart(blocks, i, end);
                    if (start >= 0) {
                        return start;
                    }
                    i = end;
                    continue;
                }
            }
            // The body starts with main-content prose; a menu's "Contacts" link above it is no contact section.
            prose |= block.mainContent() && isProse(block.text());
            i++;
        }
        return blocks.size();
    }

    /** The end of the run of contact-shaped blocks starting at {@code from}. */
    static int runEnd(List<Block> blocks, int from) {
        int end = from;
        while (end < blocks.size() && isContactShaped(blocks.get(end))) {
            end++;
        }
        return end;
    }

    /** Short lines that could be a name, a role, a number or an address; a heading only if it is a name. */
    private static boolean isContactShaped(Block block) {
        String text = block.text();
        if (isProse(text) || isContactHeading(block) || isRelatedHeading(text)) {
            return false;
        }
        if (!linesFit(block.lines())) {
            for (String segment : ContactReader.segments(block)) {
                if (segment.length() > ContactReader.MAX_SEGMENT) {
                    return false;
                }
            }
        }
        return !block.isHeading() || ContactReader.isName(text);
    }

    /** Segments are parts of lines, so when every line is short enough every segment is too. */
    private static boolean linesFit(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > ContactReader.MAX_SEGMENT) {
                return false;
            }
        }
        return true;
    }

    /** The first block of the run that names a person followed, within the run, by a way to reach them. */
    private static int contactRunStart(List<Block> blocks, int from, int end) {
        int named = -1;
        for (int i = from; i < end; i++) {
            for (String segment : ContactReader.segments(blocks.get(i))) {
                ContactReader.Kind kind = ContactReader.classify(segment).kind();
                if (kind == ContactReader.Kind.NAME && named < 0) {
                    named = i;
                } else if (named >= 0 && (kind == ContactReader.Kind.PHONE || kind == ContactReader.Kind.EMAIL)) {
                    return named;
                }
            }
        }
        return -1;
    }

    private void head(Block block) {
        String text = block.text();
        Optional<DiscardReason> chrome = BOILERPLATE.classify(text);
        if (chrome.isPresent()) {
            discard(block, chrome.get());
            return;
        }
        if (title == null) {
            if (isTitle(block)) {
                title = text;
                discard(block, DiscardReason.METADATA);
            } else if (!block.mainContent()) {
                discard(block, DiscardReason.OUTSIDE_CONTENT);
            } else {
                // Before the headline of a page comes only the site's chrome: its name, breadcrumbs.
                discard(block, html ? DiscardReason.NAVIGATION : DiscardReason.METADATA);
            }
            return;
        }
        Optional<Dateline> stated = DATES.parse(text);
        if (stated.isPresent() && dateline == null) {
            dateline = stated.get();
            discard(block, DiscardReason.METADATA);
            return;
        }
        if (!block.mainContent()) {
            discard(block, DiscardReason.OUTSIDE_CONTENT);
            return;
        }
        if (block.kind() == BlockKind.CAPTION) {
            discard(block, DiscardReason.CAPTION);
            return;
        }
        if (block.isHeading() && subtitle == null) {
            subtitle = text;
            discard(block, DiscardReason.METADATA);
            return;
        }
        if (isKicker(block)) {
            discard(block, DiscardReason.METADATA);
            return;
        }
        bodyStarted = true;
        Optional<DatelineParser.Lead> lead = dateline == null ? DATES.parseLead(text) : Optional.empty();
        if (lead.isPresent() && lead.get().agency().isEmpty()) {
            // "Brussels, 15 January 2022 – The Commission ...": the stated date opens the first paragraph.
            Optional<Dateline> opening = lead.get().dateline(null);
            if (opening.isPresent() && opening.get().date().isPresent()) {
                dateline = opening.get();
                doc.paragraph(text.substring(lead.get().textStart()));
                return;
            }
        }
        body(block);
    }

    private void body(Block block) {
        String text = block.text();
        Optional<DiscardReason> chrome = BOILERPLATE.classify(text);
        if (chrome.isPresent()) {
            discard(block, chrome.get());
        } else if (!block.mainContent()) {
            discard(block, DiscardReason.OUTSIDE_CONTENT);
        } else if (block.kind() == BlockKind.CAPTION) {
            discard(block, DiscardReason.CAPTION);
        } else {
            doc.paragraph(text);
        }
    }

    /**
     * Reads the contact section and sets aside what follows it: links under a "Further information" heading,
     * page chrome, footer. Contact blocks are recognised by their shape, whatever main-content extraction thought
     * of them.
     */
    private void contacts(List<Block> blocks, int start) {
        List<Contact> contacts = new ArrayList<>();
        new ContactSection(blocks, start).read(contacts, this::discard);
        contacts.forEach(doc::contact);
    }

    /** Walks the blocks from the contact section to the end, reading contacts and classifying the rest. */
    private static final class ContactSection {
        private final List<Block> blocks;
        private final int start;

        ContactSection(List<Block> blocks, int start) {
            this.blocks = blocks;
            this.start = start;
        }

        void read(List<Contact> contacts, BiConsumer<Block, DiscardReason> discard) {
            boolean related = false;
            int i = start;
            while (i < blocks.size()) {
                Block block = blocks.get(i);
                String text = block.text();
                if (isContactHeading(block)) {
                    related = false;
                    report(discard, block, DiscardReason.CONTACT_BLOCK);
                    i++;
                    continue;
                }
                int end = runEnd(blocks, i);
                int first = end > i ? contactRunStart(blocks, i, end) : -1;
                if (first >= 0) {
                    for (int k = i; k < first; k++) {
                        reportOther(discard, blocks.get(k), related);
                    }
                    contacts.addAll(ContactReader.read(blocks.subList(first, end)));
                    for (int k = first; k < end; k++) {
                        report(discard, blocks.get(k), DiscardReason.CONTACT_BLOCK);
                    }
                    i = end;
                    continue;
                }
                if (block.isHeading() || block.kind() == BlockKind.PARAGRAPH && isShortLabel(text)) {
                    related = isRelatedHeading(text);
                }
                reportOther(discard, block, related);
                i++;
            }
        }

        /** Reports a block that is no contact; detection, which reports nothing, skips classifying it. */
        private static void reportOther(BiConsumer<Block, DiscardReason> discard, Block block, boolean related) {
            if (discard != null) {
                discard.accept(block, otherReason(block, related));
            }
        }

        private static DiscardReason otherReason(Block block, boolean related) {
            return BOILERPLATE.classify(block.text()).orElse(!block.mainContent() ? DiscardReason.OUTSIDE_CONTENT
                    : related ? DiscardReason.RELATED_CONTENT : DiscardReason.FOOTER);
        }

        private static void report(BiConsumer<Block, DiscardReason> discard, Block block,
                                   DiscardReason reason) {
            if (discard != null) {
                discard.accept(block, reason);
            }
        }
    }

    private void discard(Block block, DiscardReason reason) {
        doc.discard(block.text(), reason, block.line());
    }

    private boolean isTitle(Block block) {
        String text = block.text();
        if (html) {
            return block.isHeading() && block.level() == 1 || text.equals(metadataTitle);
        }
        return block.isHeading() && block.level() <= 2
                || text.length() <= MAX_HEADLINE && block.lines().size() == 1 && !endsLikeSentence(text)
                && Character.isUpperCase(text.codePointAt(0)) && text.indexOf(' ') > 0;
    }

    /** {@code Press Releases}, {@code Plenary session}, {@code TRAN}: a few words above the body. */
    private static boolean isKicker(Block block) {
        String text = block.text();
        return block.kind() == BlockKind.PARAGRAPH && text.length() <= MAX_KICKER && splitWordCount(text) <= 4
                && !endsLikeSentence(text);
    }

    /** How many words {@code text.split(" ")} gives: trailing empty words do not count, other empty words do. */
    private static int splitWordCount(String text) {
        if (text.indexOf(' ') < 0) {
            return 1;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int words = end == 0 ? 0 : 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private static boolean isShortLabel(String text) {
        return text.length() <= MAX_KICKER && !endsLikeSentence(text.endsWith(":") ? text + "x" : text);
    }

    /** {@code Contacts:}, {@code Press contacts}, {@code For more information}: a heading, not a list item. */
    private static boolean isContactHeading(Block block) {
        return block.kind() != BlockKind.LIST_ITEM && isHeadingOf(block.text(), CONTACT_HEADINGS, CONTACT_INITIALS);
    }

    private static boolean isRelatedHeading(String text) {
        return isHeadingOf(text, RELATED_HEADINGS, RELATED_INITIALS);
    }

    /**
     * Whether the folded text is one of the headings. Every block of the contact search is asked twice or three
     * times, so a text whose first letter opens none of them is turned down before it is folded (a copy).
     */
    private static boolean isHeadingOf(String text, List<String> headings, String initials) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return false;
        }
        char c = text.charAt(first);
        // Only an ASCII letter is judged here; whatever else lower-cases to one is left to the full comparison.
        if (c < 128 && initials.indexOf(Character.toLowerCase(c)) < 0) {
            return false;
        }
        return headings.contains(fold(text));
    }

    /** The first letters of the headings, each once. */
    private static String initials(List<String> headings) {
        StringBuilder initials = new StringBuilder();
        for (String heading : headings) {
            if (initials.indexOf(heading.substring(0, 1)) < 0) {
                initials.append(heading.charAt(0));
            }
        }
        return initials.toString();
    }

    private static boolean isPressRole(String role) {
        String folded = role.toLowerCase(Locale.ROOT);
        for (String word : PRESS_ROLE_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProse(String text) {
        return text.length() > MAX_HEADLINE || text.length() > 60 && endsLikeSentence(text);
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:;\u201d\"".indexOf(last) >= 0;
    }

    /** Lower case without surrounding spaces and trailing colons or full stops; long texts are no heading. */
    private static String fold(String text) {
        if (text.length() > MAX_KICKER) {
            return "";
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '.'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end).strip().toLowerCase(Locale.ROOT);
    }
}
