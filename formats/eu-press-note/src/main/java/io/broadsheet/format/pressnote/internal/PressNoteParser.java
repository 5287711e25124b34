package io.broadsheet.format.pressnote.internal;

import io.broadsheet.Contact;
import io.broadsheet.Dateline;
import io.broadsheet.DiscardReason;
import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.SpeakerKind;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.ContactReader;
import io.broadsheet.spi.ContactReader.SegmentKind;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;
import io.broadsheet.spi.Vocabulary;

import java.time.LocalTime;
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
    /** Kicker labels such as {@code Press Releases} or {@code Plenary session} are a few words. */
    static final int MAX_KICKER = 40;

    /** EU institutions write numeric dates day first: {@code Brussels, 15/01/2022}. */
    private static final DatelineParser DATES = DatelineParser.dayFirst();

    private static final BoilerplateRules BOILERPLATE = BoilerplateRules.standard()
            .with(DiscardReason.NAVIGATION, BoilerplateRules.Match.PREFIX, "view menu:", "hide menu:",
                    "share this page", "open in a new page", "check out parliament on", "sign up for mail updates")
            .with(DiscardReason.NAVIGATION, BoilerplateRules.Match.EXACT, "pdf version", "print version",
                    "whatsapp", "press releases", "news", "an official website of the european union",
                    "how do you know?", "print friendly pdf", "page contents", "related media", "related",
                    "visit the meeting page");

    private static final List<String> CONTACT_HEADINGS = List.of("contacts", "contact", "press contacts",
            "press contact", "media contacts", "media contact", "for more information", "for further information",
            "contact information", "media enquiries", "media inquiries",
            "for media enquiries", "for media inquiries", "please contact", "for more information, please contact",
            "for further information, please contact", "for media queries", "for media queries, please contact",
            "contact point", "press contact point");
    private static final List<String> RELATED_HEADINGS = List.of("further information", "more information",
            "related", "related links", "related content", "related documents", "links", "useful links",
            "see also", "product information", "read more", "related topics", "topics", "meeting information");
    private static final String CONTACT_INITIALS = initials(CONTACT_HEADINGS);
    private static final String RELATED_INITIALS = initials(RELATED_HEADINGS);
    private static final List<String> EU_WORDS = List.of("european commission", "european union",
            "european parliament", "high representative", "eeas", "meps", "member states", "commissioner",
            "council of the eu", "hr/vp", "hrvp", "brussels", "strasbourg", "luxembourg");
    private static final Vocabulary EU_VOCABULARY = Vocabulary.of(EU_WORDS);
    private static final String PAGE_LANGUAGE = "page language";
    private static final List<String> PRESS_ROLE_WORDS = List.of("spokesperson", "spokesman", "spokeswoman",
            "press", "media", "communication");
    /** The seats of the EU institutions, which a presscorner page prints on the line under its date. */
    private static final List<String> EU_SEATS = List.of("brussels", "strasbourg", "luxembourg");
    /** The institutions whose name opens a press note's header ({@code European Commission - Press release}). */
    private static final List<String> EU_INSTITUTIONS = List.of("european commission", "european parliament",
            "council of the eu", "council of the european union", "european council", "eeas",
            "european external action service", "european economic and social committee",
            "european committee of the regions", "court of justice of the european union",
            "general court of the european union",
            "european court of auditors", "european central bank", "european investment bank", "eib group",
            "european ombudsman", "european food safety authority", "european medicines agency",
            "european environment agency", "european border and coast guard agency", "frontex", "eurostat");
    /** What a press note's header says the note is, after the institution's name. */
    private static final List<String> HEADER_KINDS = List.of("press release", "statement", "daily news",
            "speech", "press");
    /** A header's kind after a dash ({@code European Commission - Questions and answers}) is a few words. */
    private static final int MAX_HEADER_KIND_WORDS = 4;
    /** Labels of a note's type, which an EEAS page prints before its date on one line. */
    private static final List<String> NOTE_TYPES = List.of("statement", "statements", "press", "speech",
            "speeches", "declaration", "remarks", "news", "blog", "article", "interview", "factsheet", "read-out",
            "readout", "daily", "questions", "joint", "local", "spokesperson", "eeas", "opinion", "op-ed");
    /** Lower-case words inside place names: {@code Port of Spain}, {@code Dar es Salaam}, {@code Frankfurt am Main}. */
    private static final List<String> PLACE_PARTICLES = List.of("of", "de", "del", "la", "le", "les", "du", "da",
            "das", "do", "dos", "es", "el", "al", "am", "an", "upon", "sur", "en", "y", "i", "e");
    /** The office that issued the note, on a line of its own under the date: {@code EEAS Press Team}. */
    private static final List<String> ISSUER_WORDS = List.of("press and information team", "press team",
            "press office", "delegation of the european union to", "eu delegation to",
            "european union delegation to");
    /** How the Commission's office in a member state names itself: {@code Representation in Ireland}. */
    private static final String REPRESENTATION = "Representation in ";
    /** A line of head furniture under the title (date, issuer, note type) is short. */
    private static final int MAX_FURNITURE_LINE = 100;
    /** A block of head furniture under the title has a few lines. */
    private static final int MAX_FURNITURE_LINES = 6;
    /** How many lines below a label the headline may come (a page's menu and chrome); bounds the look-ahead. */
    private static final int LABEL_REACH = 30;
    /**
     * How the Commission's Daily News closes each item: {@code (For more information: Anna Berg – Tel.: ...)}.
     * Only a text ending with {@code )} is searched for them.
     */
    private static final String[] INLINE_CONTACT_OPENINGS = {"(For more information", "(for more information",
            "(For further information", "(for further information"};
    /** What a contact sentence asks after its heading: {@code For media queries, please contact ...}. */
    private static final String PLEASE_CONTACT = ", please contact ";
    /** How many blocks from the contact section's start detection searches for an address at europa.eu. */
    private static final int EUROPA_REACH = 6;
    /** The domain under which every EU institution but a few gives its addresses. */
    private static final String EUROPA = "europa.eu";
    /** How a court's standing note under the body opens. */
    private static final String EDITORS_NOTE = "NOTE:";
    /** An editors' note and the standing lines under it are a few blocks just above the contacts. */
    private static final int MAX_TRAILER = 4;
    /** How a release's closing lines name the office that issued it. */
    private static final String ISSUED_BY = "Issued by:";
    /** How the heading over an institution's standing description opens: {@code About the EIB}. */
    private static final String ABOUT = "About ";
    /** The article before an institution's name: {@code About the European Investment Fund}. */
    private static final String THE = "the ";
    /** An {@code About ...} heading names an institution or programme in a few words. */
    private static final int MAX_ABOUT_WORDS = 8;
    /** A reference number ({@code IP/24/1234}, {@code 231104_07}) is one short token. */
    private static final int MAX_REFERENCE = 30;

    private final SourceDocument source;
    private final Document.Builder doc;
    private final boolean html;
    private final String metadataTitle;

    /** Contacts read inside the body, from the parenthesis closing an item, in reading order. */
    private final List<Contact> inlineContacts = new ArrayList<>();
    private String title;
    private String subtitle;
    private String publisher;
    /** The institution the note's header names; the issuing office, when a line names one, says more. */
    private String institution;
    private Dateline dateline;
    private boolean bodyStarted;
    /** Whether the line just read was a date without place or time, which the next line may complete. */
    private boolean bareDate;

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
        boolean reachable = mayReachSomeone(blocks);
        int start = reachable ? contactStart(blocks) : blocks.size();
        if (start < blocks.size()) {
            contacts = contactScore(blocks, start);
        }
        if (contacts == 0 && reachable && hasInlineContacts(blocks)) {
            // "(For more information: ...)" is the Commission's own way of naming its press contacts.
            contacts = 0.4;
        }
        if (contacts == 0 && start < blocks.size() && opensWithMailbox(blocks, start)) {
            // A note whose only contact is its press team's mailbox names no person; its other marks say what it is.
            contacts = pressNoteMarks(blocks, source.head(DETECT_BLOCKS), europaAddressNear(blocks, start));
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
        if (contacts > 0 && europaAddressNear(blocks, start)) {
            // the institution's own press addresses, a sign apart from the words of the note
            eu += 0.15;
        }
        if (contacts > 0 && hasInstitutionHeader(head)) {
            // "EIB Group press release", "European Food Safety Authority" over the headline: an organisation's
            // release, and the organisation is an EU institution
            eu += 0.15;
        }
        return Math.min(1.0, contacts + eu);
    }

    /**
     * Whether the contact section, in its first few blocks, gives an address at europa.eu (an office's mailbox or
     * site), the sign of an EU institution when the note's head names none ({@code media@ecb.europa.eu}).
     */
    private static boolean europaAddressNear(List<Block> blocks, int start) {
        int end = Math.min(blocks.size(), start + EUROPA_REACH);
        for (int i = start; i < end; i++) {
            if (blocks.get(i).text().contains(EUROPA)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the contact section says of the note: 0.4 when a contact has a press role or stands under a press
     * heading, 0.3 for other contacts, 0 for none. Reads the section as {@link ContactSection} does, but stops at
     * the first contact that settles the score.
     */
    private static double contactScore(List<Block> blocks, int start) {
        boolean found = false;
        int i = start;
        while (i < blocks.size()) {
            if (isContactHeading(blocks.get(i))) {
                i++;
                continue;
            }
            int list = contactSentenceList(blocks.get(i));
            if (list >= 0) {
                if (!contactSentence(blocks.get(i), list).isEmpty()) {
                    // the heading with its colon or its ", please contact", which names neither press nor media
                    String heading = blocks.get(i).text().substring(0, list);
                    return isPressWords(heading) ? 0.4 : 0.3;
                }
                i++;
                continue;
            }
            int end = runEnd(blocks, i);
            int first = end > i ? contactRunStart(blocks, i, end) : -1;
            if (first < 0) {
                i++;
                continue;
            }
            List<Contact> read = ContactReader.read(blocks.subList(first, end));
            if (!read.isEmpty()) {
                if (hasPressRole(read)) {
                    return 0.4;
                }
                if (!found && underPressHeading(blocks, start)) {
                    return 0.4;
                }
                found = true;
            }
            i = end;
        }
        return found ? 0.3 : 0;
    }

    /**
     * Whether the contact section found at {@code start} opens with a mailbox, as a press team gives it: a short
     * block that is a contact label with an address after it ({@code For more information: ENV-PRESS@ec.europa.eu},
     * {@code Contact: press office, comm-rep-xx@ec.europa.eu}), or an address alone under a contact heading.
     */
    private static boolean opensWithMailbox(List<Block> blocks, int start) {
        return isMailboxContact(blocks, start) || start + 1 < blocks.size() && isMailboxContact(blocks, start + 1);
    }

    /**
     * Whether the block at {@code i} gives a mailbox as the note's contact ({@link #opensWithMailbox}): most
     * blocks are turned down by their length, their first letter (no contact label opens with it) or a space (an
     * address alone has none) before any search for {@code @}.
     */
    private static boolean isMailboxContact(List<Block> blocks, int i) {
        String text = blocks.get(i).text();
        if (i == 0 || text.length() > ContactReader.MAX_SEGMENT) {
            return false;
        }
        char first = text.charAt(0);
        if (first < 128 && CONTACT_INITIALS.indexOf(first | 0x20) >= 0) {
            int colon = text.indexOf(':');
            if (colon > 0 && colon <= MAX_KICKER && text.indexOf('@', colon) > 0
                    && isHeadingOf(text.substring(0, colon), CONTACT_HEADINGS, CONTACT_INITIALS)
                    && holdsEmail(text.substring(colon + 1))) {
                return true;
            }
        }
        return isContactHeading(blocks.get(i - 1)) && text.indexOf('@') > 0 && holdsEmailLine(blocks.get(i));
    }

    /**
     * Whether a short block under a contact heading gives a mailbox and names nobody: an address alone, or a press
     * office's card ({@code Press officer} / {@code Tel. ...} / {@code E-mail: press@ema.europa.eu}).
     */
    private static boolean holdsEmailLine(Block block) {
        List<String> lines = block.lines();
        if (lines.size() > MAX_FURNITURE_LINES) {
            return false;
        }
        boolean email = false;
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            if (ContactReader.isName(line)) {
                return false;
            }
            email |= line.indexOf('@') > 0 && ContactReader.classify(line) == SegmentKind.EMAIL;
        }
        return email;
    }

    /** Whether one of the comma-separated parts of the text is an e-mail address. */
    private static boolean holdsEmail(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                if (ContactReader.classify(text.substring(start, i).strip()) == SegmentKind.EMAIL) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * What the marks of an EU press note say of a note whose only contact is a mailbox: nothing without its
     * reference number ({@code IP/25/812}), the institution's header ({@code European Commission - Press
     * release}) or a mailbox at europa.eu ({@code press@ema.europa.eu} under an agency's {@code Contact point});
     * with one, as much as an unnamed contact, more with the others and with a dateline at an EU seat
     * ({@code Brussels, 12 March 2025}).
     */
    private static double pressNoteMarks(List<Block> blocks, List<Block> head, boolean europa) {
        boolean reference = false;
        for (int i = 0; i < blocks.size() && !reference; i++) {
            String text = blocks.get(i).text();
            reference = text.length() <= MAX_KICKER && isReference(text);
        }
        boolean header = hasInstitutionHeader(head);
        boolean seatDateline = false;
        for (int i = 0; i < head.size(); i++) {
            seatDateline |= isSeatDateline(head.get(i).text());
        }
        if (!reference && !header && !europa) {
            return 0;
        }
        return 0.2 + (reference ? 0.15 : 0) + (header ? 0.15 : 0) + (seatDateline ? 0.1 : 0);
    }

    /**
     * Whether a block of the head opens with an institution's header ({@code European Commission - Press release})
     * or its name alone on a line ({@code European Food Safety Authority} over {@code News}).
     */
    private static boolean hasInstitutionHeader(List<Block> head) {
        for (int i = 0; i < head.size(); i++) {
            if (headerInstitution(head.get(i).lines().get(0), true) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The institution a header such as {@code European Commission - Press release} or {@code European Commission
     * - Read-out} names, as written; null when the text is no such header. The kind after a dash or bar may be any
     * few words; without one it must be a known kind ({@code European Parliament Press Release}), so that a
     * headline opening with an institution's name stays a headline.
     *
     * @param alone whether the institution's name alone (a line over {@code Press release}) counts as a header
     */
    private static String headerInstitution(String text, boolean alone) {
        int n = text.length();
        if (n == 0 || n > MAX_KICKER + 20) {
            return null;
        }
        char first = (char) (text.charAt(0) | 0x20);
        if (first != 'e' && first != 'c' && first != 'g' && first != 'f') {
            return null;
        }
        String folded = text.toLowerCase(Locale.ROOT);
        for (String institution : EU_INSTITUTIONS) {
            if (folded.startsWith(institution)) {
                int end = institution.length();
                int rest = end;
                while (rest < n && text.charAt(rest) == ' ') {
                    rest++;
                }
                if (rest == n ? alone : isHeaderDash(text.charAt(rest)) && rest > end
                        && splitWordCount(text.substring(rest + 1).strip()) <= MAX_HEADER_KIND_WORDS) {
                    return text.substring(0, end);
                }
                for (String kind : HEADER_KINDS) {
                    if (folded.indexOf(kind, end) > 0) {
                        return text.substring(0, end);
                    }
                }
            }
        }
        return null;
    }

    /** The dashes and bars that part an institution's name from the kind of note in a header. */
    private static boolean isHeaderDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
    }

    /** {@code Brussels, 12 March 2025}: a dateline line at a seat of the EU institutions. */
    private static boolean isSeatDateline(String text) {
        if (text.length() > MAX_KICKER) {
            return false;
        }
        Dateline stated = DATES.parse(text).orElse(null);
        return stated != null && stated.date().isPresent()
                && stated.place().filter(p -> EU_SEATS.contains(p.toLowerCase(Locale.ROOT))).isPresent();
    }

    /**
     * Whether some block could give a way to reach a person: a contact needs a phone number (seven digits or
     * more) or an e-mail address ({@code @}) in a block short enough to be contact-shaped. Most sources have no
     * such block and need not be searched for a contact section at all.
     */
    private static boolean mayReachSomeone(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text();
            if ((!isProse(text) || isColumn(block.lines())) && mayReach(block.lines())) {
                return true;
            }
            // A paragraph may end with its item's contacts in brackets: "... (For more information: ...)".
            if (inlineContactsStart(text) >= 0) {
                return true;
            }
            // or be a sentence that gives it: "For media queries, please contact ..., tel.: ..."
            if (contactSentenceList(block) >= 0 && mayReach(block.lines())) {
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether some block ends with a person's contacts in brackets, as a Daily News item does. */
    private static boolean hasInlineContacts(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            int at = inlineContactsStart(text);
            if (at >= 0 && !ContactReader.readInline(inlineContactList(text, at)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the bracketed contacts that close a text begin ({@code (For more information: Anna Berg – Tel.:
     * +32 2 298 45 11)}), or -1. Only a text ending with the last contact's number and {@code )}, or with an
     * address at an {@code .eu} domain, is searched: a wire story's {@code (Editing by ...)} is not.
     */
    static int inlineContactsStart(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(n - 1) != ')' || !isDigit(text.charAt(n - 2)) && !text.endsWith(".eu)")) {
            return -1;
        }
        return lastInlineContactOpening(text);
    }

    /** {@link #inlineContactsStart} past its guard, out of line: few texts end with a number in brackets. */
    private static int lastInlineContactOpening(String text) {
        for (String opening : INLINE_CONTACT_OPENINGS) {
            int at = text.lastIndexOf(opening);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The list inside the brackets opening at {@code start}, after its label and colon. */
    private static String inlineContactList(String text, int start) {
        int from = start + INLINE_CONTACT_OPENINGS[0].length();
        while (from < text.length() - 1 && (text.charAt(from) == ':' || text.charAt(from) == ' ')) {
            from++;
        }
        return text.substring(from, text.length() - 1);
    }

    /**
     * Where the contact begins in a sentence that gives it ({@code For media queries, please contact Stefan
     * Brandt, tel.: +49 69 1344 8120.}, as the ECB closes its releases) or in a line that gives it after its
     * heading and a colon ({@code For further information: Lars Brennan, Press Officer, Tel. ...}), or -1 for any
     * other block. A short text that opens with a contact heading's first letter is searched for the request or
     * the colon; others are turned down first. Lines joined into one text are no one-line contact.
     */
    static int contactSentenceList(Block block) {
        String text = block.text();
        int n = text.length();
        if (n < MAX_KICKER || n > ContactReader.MAX_SEGMENT || text.charAt(0) >= 128
                || CONTACT_INITIALS.indexOf(text.charAt(0) | 0x20) < 0) {
            return -1;
        }
        int comma = text.indexOf(PLEASE_CONTACT);
        if (comma > 0 && comma <= MAX_KICKER && isHeadingOf(text.substring(0, comma), CONTACT_HEADINGS,
                CONTACT_INITIALS)) {
            return comma + PLEASE_CONTACT.length();
        }
        int colon = headingColon(text);
        if (colon > 0 && block.lines().size() == 1
                && isHeadingOf(text.substring(0, colon), CONTACT_HEADINGS, CONTACT_INITIALS)) {
            int list = colon + 1;
            while (list < n && text.charAt(list) == ' ') {
                list++;
            }
            return list;
        }
        return -1;
    }

    /** The colon that may close a heading at the start of a text, within a kicker's length; or -1. */
    private static int headingColon(String text) {
        int end = Math.min(text.length(), MAX_KICKER + 1);
        for (int i = 1; i < end; i++) {
            if (text.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The contacts a contact sentence gives from {@code list} on, read as a contact line. */
    private static List<Contact> contactSentence(Block block, int list) {
        String text = block.text();
        String contact = text.substring(list, text.endsWith(".") ? text.length() - 1 : text.length()).strip();
        return ContactReader.read(List.of(new Block(BlockKind.PARAGRAPH, contact, List.of(contact), 0,
                block.line(), Optional.empty(), block.mainContent())));
    }

    /**
     * Whether a {@code Press contacts:} or {@code Media enquiries} heading stands over contacts that give no roles
     * of their own: a block of its own or the first line of a block, between the start of the contact section and
     * its first contact (a presscorner note lists links and its reference number under {@code For More
     * Information} first).
     */
    private static boolean underPressHeading(List<Block> blocks, int start) {
        int i = start;
        while (i < blocks.size()) {
            if (isPressHeading(blocks.get(i).lines().get(0))) {
                return true;
            }
            int end = runEnd(blocks, i);
            if (end > i) {
                int first = contactRunStart(blocks, i, end);
                if (first >= 0) {
                    for (int k = i + 1; k <= first; k++) {
                        if (isPressHeading(blocks.get(k).lines().get(0))) {
                            return true;
                        }
                    }
                    return false;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /**
     * {@code Press contacts}, alone or as the label of a contact on one line ({@code Press contact: Hedda Larsen
     * ☎ ...}, as the Court of Justice gives it).
     */
    private static boolean isPressHeading(String line) {
        String heading = line;
        if (!isHeadingOf(line, CONTACT_HEADINGS, CONTACT_INITIALS)) {
            char first = line.isEmpty() ? ' ' : line.charAt(0);
            int colon = first < 128 && CONTACT_INITIALS.indexOf(first | 0x20) >= 0 ? line.indexOf(':') : -1;
            if (colon <= 0 || colon > MAX_KICKER || colon + 1 == line.length()
                    || !isHeadingOf(line.substring(0, colon), CONTACT_HEADINGS, CONTACT_INITIALS)) {
                return false;
            }
            heading = line.substring(0, colon);
        }
        return isPressWords(heading);
    }

    /** Whether a contact heading speaks of the press or the media. */
    private static boolean isPressWords(String heading) {
        String folded = heading.toLowerCase(Locale.ROOT);
        return folded.contains("press") || folded.contains("media");
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
            if (bodyStarted && isRelatedHeading(block.text()) && i + 1 < contactStart
                    && isTag(blocks.get(i + 1))) {
                i = relatedTags(blocks, i, contactStart) - 1;
            } else if (bodyStarted && (isEditorsNote(block.text()) && contactStart - i <= MAX_TRAILER
                    || opensAboutSections(blocks, i, contactStart))) {
                i = trailer(blocks, i, contactStart) - 1;
            } else if (bodyStarted) {
                body(block);
            } else if (isFurniture(block)) {
                furniture(blocks, i, contactStart);
            } else {
                head(blocks, i, contactStart);
            }
        }
        contacts(blocks, contactStart);
        if (publisher == null) {
            // no issuing team in the text: the site that publishes the page ("EEAS"), when its metadata says, or
            // else the institution its header names
            publisher = source.metadata(MetadataKeys.SITE_NAME).orElse(institution);
        }
        doc.title(title != null ? title : metadataTitle).subtitle(subtitle).publisher(publisher).dateline(dateline);
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
            if (prose && (isContactHeading(block) || contactSentenceList(block) >= 0)) {
                return officeAbove(blocks, i);
            }
            if (prose) {
                int end = runEnd(blocks, i);
                if (end > i) {
                    int start = contactRunStart(blocks, i, end);
                    if (start >= 0) {
                        return start;
                    }
                    for (int k = i; k < end; k++) {
                        if (isMailboxContact(blocks, k)) {
                            return k;
                        }
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

    /**
     * Where the contact section headed at {@code heading} begins: at the press office's address when a block just
     * above the heading gives one ({@code Press office - General Secretariat of the Council} with its switchboard
     * and mailbox, over {@code Contacts} on a Council page), else at the heading.
     */
    private static int officeAbove(List<Block> blocks, int heading) {
        int start = heading;
        while (start > 0 && !blocks.get(start - 1).isHeading() && isContactShaped(blocks.get(start - 1))
                && mayReach(blocks.get(start - 1).lines())) {
            start--;
        }
        return start;
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
        if (isProse(text) && !isColumn(block.lines()) || isContactHeading(block) || isRelatedHeading(text)) {
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

    /**
     * Whether lines copied from a page hold one short item each, no sentence among them: a contact card copied as
     * text ({@code Contacts:} / name / {@code Press Officer} / {@code Phone number:} / number ...) is one long block
     * but no prose.
     */
    private static boolean isColumn(List<String> lines) {
        if (lines.size() < 3) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > ContactReader.MAX_SEGMENT || isProse(line)) {
                return false;
            }
        }
        return true;
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

    /**
     * The first block of the run that names a person followed, within the run, by a way to reach them; blocks
     * just before it that give a number or address but name nobody (the Council's {@code Press office - General
     * Secretariat of the Council} with its switchboard) belong to the contact section too.
     */
    private static int contactRunStart(List<Block> blocks, int from, int end) {
        // A number or address is read from a block that may reach someone: a run without one (headings, short
        // lines) holds no contact, and the blocks after the last one cannot complete a contact.
        int last = end - 1;
        while (last >= from && !mayReach(blocks.get(last).lines())) {
            last--;
        }
        int named = -1;
        for (int i = from; i <= last; i++) {
            for (String segment : ContactReader.segments(blocks.get(i))) {
                SegmentKind kind = ContactReader.classify(segment);
                // "European Central Bank" over its press office's address is written like a name but names nobody
                if (kind == SegmentKind.NAME && named < 0 && headerInstitution(segment, true) == null) {
                    named = i;
                } else if (named >= 0 && (kind == SegmentKind.PHONE || kind == SegmentKind.EMAIL)) {
                    while (named > from && mayReach(blocks.get(named - 1).lines())) {
                        named--;
                    }
                    return named;
                }
            }
        }
        return -1;
    }

    /**
     * Whether a block of a text note is page furniture copied from a browser, one element a line: above the title,
     * a block of several lines that holds no sentence (site name, menu, kicker labels, the title itself, date, share
     * buttons); under the title, a few short lines that state the date or the issuing office. A paragraph of prose
     * separated by blank lines is never one.
     */
    private boolean isFurniture(Block block) {
        List<String> lines = block.lines();
        if (html || lines.size() < 2) {
            return false;
        }
        if (title == null) {
            for (int i = 0; i < lines.size(); i++) {
                if (isProse(lines.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (lines.size() > MAX_FURNITURE_LINES) {
            return false;
        }
        boolean stated = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_FURNITURE_LINE || endsLikeSentence(line)) {
                return false;
            }
            stated |= isIssuer(line) || DATES.parse(line).isPresent();
        }
        return stated;
    }

    /**
     * Reads a furniture block line by line: chrome, the title, kicker labels, the date and the issuing office. No
     * line of it opens the body; what is not recognised (highlights, a caption, a reference number) is set aside.
     */
    private void furniture(List<Block> blocks, int index, int end) {
        Block block = blocks.get(index);
        List<String> lines = block.lines();
        String named;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            Block single = new Block(block.kind(), line, List.of(line), block.level(), block.line() + k,
                    Optional.empty(), block.mainContent());
            Optional<DiscardReason> chrome = BOILERPLATE.classify(line);
            if (chrome.isPresent()) {
                discard(single, chrome.get());
                bareDate = false;
            } else if (stateDate(line) || completeDate(line)) {
                if (title == null && isDatedTitle(line)) {
                    title = line;
                }
                discard(single, DiscardReason.METADATA);
            } else if (title == null && (named = headerInstitution(line, true)) != null) {
                // "Council of the EU" over "Press release", "European Council" over "Statements and remarks"
                institution = institution == null ? named : institution;
                discard(single, DiscardReason.METADATA);
            } else if (title == null && isTitleLine(line) && !laterTitle(blocks, index, k + 1, end, line)) {
                title = line;
                discard(single, DiscardReason.METADATA);
            } else {
                if (title != null && publisher == null && isIssuer(line)) {
                    publisher = line;
                }
                discard(single, DiscardReason.METADATA);
            }
        }
        bareDate = false;
    }

    /**
     * Whether a line that states a date names the note before it, as a Council meeting's page does ({@code
     * Agriculture and Fisheries Council, 27 January 2025}): three words or more and a comma before the date, written
     * as no place and opened by no note type ({@code Statement by the High Representative 12.06.2024} is a kicker).
     * Asked only of lines that state a date.
     */
    static boolean isDatedTitle(String line) {
        Dateline stated = DATES.parse(line).orElse(null);
        if (stated == null || stated.place().isEmpty() || stated.date().isEmpty()) {
            return false;
        }
        String named = stated.place().get();
        int first = named.indexOf(' ');
        return first > 0 && splitWordCount(named) >= 3 && line.startsWith(named) && line.length() > named.length()
                && line.charAt(named.length()) == ',' && !isPlaceName(named)
                && !NOTE_TYPES.contains(named.substring(0, first).toLowerCase(Locale.ROOT));
    }

    /** Takes a line that states the date as the dateline, unless one is known; says whether it was a date. */
    private boolean stateDate(String line) {
        Optional<Dateline> stated = DATES.parse(line);
        if (stated.isEmpty() && line.length() <= MAX_FURNITURE_LINE && line.indexOf('|') > 0) {
            stated = barredDate(line);
        }
        if (stated.isEmpty() && line.length() <= MAX_KICKER && isDigit(line.charAt(0))) {
            stated = referencedDate(line);
        }
        if (stated.isEmpty()) {
            return false;
        }
        if (dateline == null) {
            dateline = stated.get();
            if (dateline.place().isPresent() && !isPlaceName(dateline.place().get())) {
                // "Statement by the High Representative 12.06.2024": an EEAS page's kicker shares the date's line.
                dateline = new Dateline(Optional.empty(), dateline.date(), dateline.time());
            }
            bareDate = dateline.place().isEmpty() && dateline.time().isEmpty();
        }
        return true;
    }

    /**
     * The date in a page's line of facts parted by bars ({@code Press release | 3 March 2025 | Representation in
     * Ireland | 2 min read}, as the Commission's sites print it under the headline), and the issuing office when
     * a part names one; empty when no part is a date.
     */
    private Optional<Dateline> barredDate(String line) {
        Dateline date = null;
        String issuer = null;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '|') {
                String part = line.substring(start, i).strip();
                start = i + 1;
                if (part.isEmpty()) {
                    continue;
                }
                Optional<Dateline> stated = date == null ? DATES.parse(part) : Optional.empty();
                if (stated.isPresent() && stated.get().date().isPresent()) {
                    date = stated.get();
                } else if (issuer == null && (part.startsWith(REPRESENTATION) || isIssuer(part))) {
                    issuer = part;
                }
            }
        }
        if (date != null && issuer != null && publisher == null) {
            publisher = issuer;
        }
        return Optional.ofNullable(date);
    }

    /**
     * The date after a release's number and a dash ({@code 47/2025 - 2 April 2025}, as Eurostat heads its euro
     * indicators); empty when the line is no such pair.
     */
    private static Optional<Dateline> referencedDate(String line) {
        int dash = line.indexOf(" - ");
        if (dash < 0 || !isReference(line.substring(0, dash))) {
            return Optional.empty();
        }
        Optional<Dateline> stated = DATES.parse(line.substring(dash + 3));
        return stated.isPresent() && stated.get().date().isPresent() && stated.get().place().isEmpty() ? stated
                : Optional.empty();
    }

    /**
     * Reads the text's own place-and-date line ({@code Chişinău, 21 May 2025}) under a date the page header stated
     * without a place ({@code 21.05.2025}): the line gives the place when it states the same day.
     */
    private boolean placeDate(String line) {
        Optional<Dateline> stated = DATES.parse(line);
        if (stated.isEmpty() || stated.get().place().isEmpty() || !isPlaceName(stated.get().place().get())
                || stated.get().date().isPresent() && dateline.date().isPresent()
                && !stated.get().date().equals(dateline.date())) {
            return false;
        }
        dateline = new Dateline(stated.get().place(), dateline.date().or(stated.get()::date),
                dateline.time().or(stated.get()::time));
        return true;
    }

    /**
     * The line under a bare date may complete it: a time ({@code 15 March 2024} / {@code 11:30}) or the seat of an
     * institution ({@code 12 March 2024} / {@code Brussels}).
     */
    private boolean completeDate(String line) {
        if (!bareDate) {
            return false;
        }
        bareDate = false;
        Optional<LocalTime> time = DATES.parseTime(line);
        if (time.isPresent()) {
            dateline = new Dateline(Optional.empty(), dateline.date(), time);
            return true;
        }
        if (EU_SEATS.contains(line.strip().toLowerCase(Locale.ROOT))) {
            dateline = new Dateline(Optional.of(line.strip()), dateline.date(), Optional.empty());
            return true;
        }
        return false;
    }

    /**
     * Whether the words before a stated date are written as a place ({@code Brussels}, {@code Port of Spain},
     * {@code Rio de Janeiro}) and not as a label of the note ({@code Statement by the Spokesperson}, {@code Press
     * release}, {@code HR/VP}): every word capitalised but the particles of place names, the first no note type.
     */
    static boolean isPlaceName(String place) {
        int start = 0;
        int n = place.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && place.charAt(i) == '/') {
                return false;
            }
            if (i == n || place.charAt(i) == ' ') {
                if (i > start) {
                    String word = place.substring(start, i);
                    if (start == 0 ? NOTE_TYPES.contains(word.toLowerCase(Locale.ROOT))
                            : Character.isLowerCase(word.charAt(0)) && !PLACE_PARTICLES.contains(word)) {
                        return false;
                    }
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** {@code Press and information team of the Delegation to Ghana}, {@code EEAS Press Team}. */
    private static boolean isIssuer(String line) {
        if (line.length() > MAX_FURNITURE_LINE) {
            return false;
        }
        if (endsLikeSentence(line)) {
            return false;
        }
        String folded = line.toLowerCase(Locale.ROOT);
        for (String words : ISSUER_WORDS) {
            if (folded.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** A line of a text note that could be its headline: capitalised words, not a sentence, not a date. */
    private static boolean isTitleLine(String line) {
        return line.length() <= MAX_HEADLINE && !endsLikeSentence(line) && Character.isUpperCase(line.codePointAt(0))
                && line.indexOf(' ') > 0 && BOILERPLATE.classify(line).isEmpty() && DATES.parse(line).isEmpty();
    }

    /**
     * Whether a short headline candidate is only a label ({@code High Representative}, {@code Press room}) over the
     * real headline: a longer candidate follows before the body's first paragraph, in the rest of the block (from
     * line {@code fromLine}) or in the blocks after it.
     */
    private static boolean laterTitle(List<Block> blocks, int index, int fromLine, int end, String candidate) {
        // a dash between a label and its date is no word: "Flash estimate - March 2025"
        int words = splitWordCount(candidate) - (candidate.indexOf(" - ") > 0 ? 1 : 0);
        // The issuing office over the headline ("Press and information team of the Delegation to Kenya") is as
        // long as a headline: any title line under it is the real one.
        boolean issuer = isIssuer(candidate);
        if (issuer) {
            words = 0;
        } else if (candidate.length() > MAX_KICKER || words > 4) {
            return false;
        }
        int reach = LABEL_REACH;
        for (int i = index; i < end; i++) {
            Block block = blocks.get(i);
            if ((i > index || fromLine == 0) && isProse(block.text())) {
                return false;
            }
            List<String> lines = block.lines();
            for (int k = i == index ? fromLine : 0; k < lines.size(); k++) {
                String line = lines.get(k);
                if (--reach < 0 || isProse(line)) {
                    return false;
                }
                if (isTitleLine(line) && splitWordCount(line) > words && !(issuer && isIssuer(line))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void head(List<Block> blocks, int index, int end) {
        // The reason is recorded here, once, rather than at each of readHead's many exits: less to compile.
        DiscardReason reason = readHead(blocks, index, end);
        if (reason != null) {
            discard(blocks.get(index), reason);
        }
    }

    /**
     * Reads a block above the body: chrome, the date, the title, a standfirst, the issuer, kicker labels; or the
     * body's first paragraph.
     *
     * @return why the block is set aside, or null when it opened the body
     */
    private DiscardReason readHead(List<Block> blocks, int index, int end) {
        Block block = blocks.get(index);
        String text = block.text();
        Optional<DiscardReason> chrome = BOILERPLATE.classify(text);
        if (chrome.isPresent()) {
            return chrome.get();
        }
        boolean pendingDate = bareDate;
        if (completeDate(text)) {
            return DiscardReason.METADATA;
        }
        if (pendingDate && text.equals(title)) {
            // the page's headline again, under the date its breadcrumb's title came before: the place may follow
            bareDate = true;
        }
        if (title == null && !html && block.mainContent() && isProse(text)) {
            // No line above the body read as a headline: the body begins at its first paragraph all the same.
            startBody(block);
            return null;
        }
        if (title == null) {
            if (stateDate(text)) {
                // A date above the headline ("Press release / 15 March 2024") is still the note's date; a
                // meeting's name with its date is the headline too.
                if (isDatedTitle(text)) {
                    title = text;
                }
                return DiscardReason.METADATA;
            }
            String named = headerInstitution(text, true);
            if (named != null) {
                // "European Commission - Press release" over the headline: who issued the note, and what it is
                institution = institution == null ? named : institution;
                return block.mainContent() ? DiscardReason.METADATA : DiscardReason.OUTSIDE_CONTENT;
            }
            if (isCaseLine(text)) {
                // "Judgment of the Court in Case C-452/23 | Lumenta" over a court's headline
                return DiscardReason.METADATA;
            }
            if (isTitle(block) && (html || !laterTitle(blocks, index + 1, 0, end, text))) {
                title = text;
                // "19.01.2026" / headline / "Brussels": an EEAS page prints the place under the headline.
                bareDate = pendingDate;
                return DiscardReason.METADATA;
            }
            if (!block.mainContent()) {
                return DiscardReason.OUTSIDE_CONTENT;
            }
            if (publisher == null && !html && block.lines().size() == 1 && isIssuer(text)
                    && splitWordCount(text) >= 3) {
                // The issuing office printed over the headline; a menu's "Press office" link is shorter.
                publisher = text;
            }
            // Before the headline of a page comes only the site's chrome: its name, breadcrumbs.
            return html ? DiscardReason.NAVIGATION : DiscardReason.METADATA;
        }
        if (dateline == null ? stateDate(text) : dateline.place().isEmpty() && block.mainContent() && placeDate(text)) {
            return DiscardReason.METADATA;
        }
        // The issuing office under a page's headline sits in the page header, which main-content extraction
        // sets aside with the chrome; it names the note's publisher all the same.
        if (publisher == null && block.lines().size() == 1 && isIssuer(text)) {
            publisher = text;
            return DiscardReason.METADATA;
        }
        if (!block.mainContent()) {
            return DiscardReason.OUTSIDE_CONTENT;
        }
        if (block.kind() == BlockKind.CAPTION) {
            return DiscardReason.CAPTION;
        }
        if (block.isHeading() && subtitle == null && !headsSections(blocks, index, end)) {
            subtitle = text;
            return DiscardReason.METADATA;
        }
        if (subtitle == null && block.kind() == BlockKind.PARAGRAPH && isStandfirst(block)
                && !headsTextSections(blocks, index, end)) {
            // the summary a court prints under its headline, as a heading of its own would be on a page
            subtitle = text;
            return DiscardReason.METADATA;
        }
        if (isKicker(block) || isLabelColumn(block.lines()) || isHighlights(block.lines())) {
            return DiscardReason.METADATA;
        }
        startBody(block);
        return null;
    }

    /**
     * Whether a standfirst-shaped line of a text is the first of several item headlines (a Daily News copied as
     * text): another such line follows after prose, as {@link #headsSections} finds for headings. Asked once a
     * note, and only of a candidate.
     */
    private boolean headsTextSections(List<Block> blocks, int line, int end) {
        boolean prose = false;
        for (int i = line + 1; i < end; i++) {
            Block block = blocks.get(i);
            if (prose && block.kind() == BlockKind.PARAGRAPH && isStandfirst(block)) {
                return true;
            }
            prose |= isProse(block.text());
        }
        return false;
    }

    /**
     * Whether a paragraph under the title is its standfirst, as a page would set it in a heading of its own: of
     * headline length and no sentence ({@code The consumer need only repay the capital borrowed}), longer than a
     * kicker label and without the comma of a speech's salutation; on a page all of it in bold, in a text one
     * line. A lead paragraph in bold that ends its sentence (the Commission's) is body.
     */
    private boolean isStandfirst(Block block) {
        String text = block.text();
        int n = text.length();
        if (n <= MAX_KICKER || n > MAX_HEADLINE || endsLikeSentence(text) || text.charAt(n - 1) == ',') {
            return false;
        }
        if (block.leadingStrong().isPresent()) {
            return block.leadingStrong().get().length() == n;
        }
        return !html && block.lines().size() == 1;
    }

    /**
     * Whether the heading under the title is the first of several section headings of one level (the items of a
     * Daily News page), not a standfirst: another heading of its level follows in the body. Asked once a note.
     */
    private static boolean headsSections(List<Block> blocks, int heading, int end) {
        int level = blocks.get(heading).level();
        boolean prose = false;
        for (int i = heading + 1; i < end; i++) {
            Block block = blocks.get(i);
            if (block.isHeading() && block.level() == level && block.mainContent()) {
                return prose;
            }
            prose |= block.kind() == BlockKind.PARAGRAPH && isProse(block.text());
        }
        return false;
    }

    /** Reads the body's first paragraph, which may open with the stated date. */
    private void startBody(Block block) {
        String text = block.text();
        bodyStarted = true;
        // A page header's date without a place ("2026-02-18") may be stated again, with the place, where the first
        // paragraph opens.
        boolean placeless = dateline != null && dateline.place().isEmpty();
        Optional<DatelineParser.Lead> lead = dateline == null || placeless ? DATES.parseLead(text) : Optional.empty();
        if (lead.isPresent() && lead.get().agency().isEmpty()) {
            // "Brussels, 15 January 2022 – The Commission ...", "Belgrade, 03/06/2024 – ...": the stated date opens
            // the first paragraph.
            Optional<Dateline> opening = lead.get().dateline(null);
            if (opening.isPresent() && opening.get().date().isPresent() && (!placeless
                    || opening.get().place().isPresent() && sameDay(opening.get(), dateline))) {
                dateline = placeless ? new Dateline(opening.get().place(), dateline.date(),
                        dateline.time().or(opening.get()::time)) : opening.get();
                doc.paragraph(text.substring(lead.get().textStart()));
                return;
            }
        }
        body(block);
    }

    /** Whether a dateline opening the body states the day the page header stated, or the header stated none. */
    private static boolean sameDay(Dateline opening, Dateline header) {
        return header.date().isEmpty() || header.date().equals(opening.date());
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
        } else if (isReference(text)) {
            discard(block, DiscardReason.METADATA);
        } else if (isChromeColumn(block.lines())) {
            discard(block, DiscardReason.NAVIGATION);
        } else {
            int at = inlineContactsStart(text);
            if (at < 0 || !readInlineContacts(block, at)) {
                doc.paragraph(text);
            }
        }
    }

    /**
     * Reads the contacts in brackets that close a Daily News item, a paragraph of their own or the end of the
     * item's last paragraph; the text before them stays in the body.
     *
     * @param at where the bracketed contacts begin, as {@link #inlineContactsStart} found
     * @return whether the block ended with contacts (and its body text, if any, was added)
     */
    private boolean readInlineContacts(Block block, int at) {
        String text = block.text();
        List<Contact> found = ContactReader.readInline(inlineContactList(text, at));
        if (found.isEmpty()) {
            return false;
        }
        for (int i = 0; i < found.size(); i++) {
            addContact(inlineContacts, found.get(i));
        }
        String before = text.substring(0, at).strip();
        if (!before.isEmpty()) {
            doc.paragraph(before);
        }
        doc.discard(text.substring(at), DiscardReason.CONTACT_BLOCK, block.line());
        return true;
    }

    /** Adds a contact unless one of that name is listed: a Daily News names the same spokespeople under each item. */
    private static void addContact(List<Contact> contacts, Contact contact) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).name().equals(contact.name())) {
                return;
            }
        }
        contacts.add(contact);
    }

    /**
     * A tag or fact under a {@code Related topics} or {@code Meeting information} heading: a short label, or a
     * column of them ({@code Meeting n°4120} / {@code Brussels} / {@code 27 January 2025}).
     */
    private static boolean isTag(Block block) {
        return isKicker(block) || block.kind() == BlockKind.PARAGRAPH && isLabelColumn(block.lines());
    }

    /**
     * Sets aside a {@code Related topics} heading and the tags under it, short labels, up to the next block that
     * is none.
     *
     * @return the index of that block
     */
    private int relatedTags(List<Block> blocks, int heading, int end) {
        discard(blocks.get(heading), DiscardReason.RELATED_CONTENT);
        int i = heading + 1;
        while (i < end && isTag(blocks.get(i))) {
            discard(blocks.get(i), DiscardReason.RELATED_CONTENT);
            i++;
        }
        return i;
    }

    /**
     * {@code NOTE: A reference for a preliminary ruling allows ...}: the standing explanation a court prints under
     * the body of each release, in capitals so as not to be read as part of it.
     */
    private static boolean isEditorsNote(String text) {
        return text.length() > EDITORS_NOTE.length() && text.charAt(0) == 'N' && text.startsWith(EDITORS_NOTE);
    }

    /**
     * Whether the block at {@code i} opens the standing descriptions that close an institution's release, up to
     * its contacts: an {@code About the EIB} heading, {@code Notes to editors}, or a short heading just over an
     * {@code About} heading ({@code Background information}, which then heads nothing else). They are boilerplate,
     * as in a wire release; a {@code Background} section over the note's own story is body. Most blocks are
     * turned down by their first letter or length.
     */
    private static boolean opensAboutSections(List<Block> blocks, int i, int end) {
        String text = blocks.get(i).text();
        if (isAboutHeading(blocks.get(i)) || BoilerplateRules.isEditorsNotesHeading(text)) {
            return true;
        }
        return text.length() <= MAX_KICKER && i + 1 < end && isAboutHeading(blocks.get(i + 1))
                && splitWordCount(text) <= 3 && !endsLikeSentence(text.endsWith(":") ? text + "x" : text);
    }

    /**
     * {@code About the EIB}, {@code About InvestEU}: a capitalised name after {@code About} (and {@code the}) on
     * the block's first line, a few words that end no sentence ({@code About 300 jobs will be created.} does).
     */
    static boolean isAboutHeading(Block block) {
        String text = block.text();
        if (text.isEmpty() || text.charAt(0) != 'A') {
            return false;
        }
        String line = block.lines().get(0);
        int n = line.length();
        if (n < ABOUT.length() + 2 || n > MAX_KICKER + 20 || !line.startsWith(ABOUT)) {
            return false;
        }
        int name = line.startsWith(THE, ABOUT.length()) ? ABOUT.length() + THE.length() : ABOUT.length();
        if (name >= n || !Character.isUpperCase(line.charAt(name))) {
            return false;
        }
        char last = line.charAt(n - 1);
        return last != '.' && last != '!' && last != '?' && last != ',' && last != ';'
                && splitWordCount(line) <= MAX_ABOUT_WORDS;
    }

    /**
     * Sets aside the standing lines that close a note, up to the contact section: a court's editors' note and
     * what follows it ({@code Unofficial document for media use ...}), an institution's {@code About ...}.
     *
     * @return the contact section's index
     */
    private int trailer(List<Block> blocks, int note, int end) {
        for (int i = note; i < end; i++) {
            discard(blocks.get(i), DiscardReason.BOILERPLATE);
        }
        return end;
    }

    /**
     * The line naming the case a court's release reports on, printed over its headline: {@code Judgment of the
     * Court in Case C-452/23 | Lumenta}, {@code Opinion of the Advocate General in Joined Cases T-12/24 and
     * T-13/24}. A case number is a capital, a hyphen and a digit after the word {@code Case} or {@code Cases}.
     */
    static boolean isCaseLine(String text) {
        if (text.length() > MAX_HEADLINE) {
            return false;
        }
        int at = text.indexOf(" Case");
        while (at >= 0) {
            int number = at + 5;
            if (number < text.length() && text.charAt(number) == 's') {
                number++;
            }
            if (number + 3 < text.length() && text.charAt(number) == ' '
                    && Character.isUpperCase(text.charAt(number + 1)) && text.charAt(number + 2) == '-'
                    && isDigit(text.charAt(number + 3))) {
                return true;
            }
            at = text.indexOf(" Case", number);
        }
        return false;
    }

    /**
     * Page buttons and tags copied one a line between the body and the contacts ({@code Print} / {@code Share} /
     * {@code Related} / {@code Brazil}): short labels, at least half of them page chrome or the first a heading
     * such as {@code Related topics}.
     */
    private static boolean isChromeColumn(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int chrome = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_KICKER || splitWordCount(line) > 4 || endsLikeSentence(line)) {
                return false;
            }
            if (BOILERPLATE.classify(line).isPresent()) {
                chrome++;
            }
        }
        return 2 * chrome >= lines.size() || isRelatedHeading(lines.get(0));
    }

    /**
     * A note's reference number on a line of its own, with an optional short label: {@code IP/24/1234},
     * {@code STATEMENT/24/881}, {@code 231104_07}, {@code Ref.: 20240415IPR20012}. One token of letters and digits
     * joined by {@code /} or {@code _}, with at least four digits and a joint or a digit run of six; a span of
     * years ({@code 2021-2027}) is none.
     */
    static boolean isReference(String text) {
        String token = text.strip();
        int colon = token.indexOf(':');
        if (colon > 0 && colon <= MAX_KICKER / 2 && isLabel(token, colon)) {
            token = token.substring(colon + 1).strip();
        }
        if (token.isEmpty() || token.length() > MAX_REFERENCE) {
            return false;
        }
        int digits = 0;
        int run = 0;
        int longestRun = 0;
        boolean joined = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                longestRun = Math.max(longestRun, ++run);
                continue;
            }
            run = 0;
            if (c == '/' || c == '_') {
                joined = true;
            } else if (c != '-' && ((c | 0x20) < 'a' || (c | 0x20) > 'z')) {
                return false;
            }
        }
        return digits >= 4 && (joined || longestRun >= 6);
    }

    /** Whether {@code text[0, colon)} is a label of letters, spaces and stops: {@code Ref.}, {@code UNIQUE ID}. */
    private static boolean isLabel(String text, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '.' && ((c | 0x20) < 'a' || (c | 0x20) > 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the contact section and sets aside what follows it: links under a "Further information" heading,
     * page chrome, footer. Contact blocks are recognised by their shape, whatever main-content extraction thought
     * of them.
     */
    private void contacts(List<Block> blocks, int start) {
        List<Contact> section = new ArrayList<>();
        ContactSection reader = new ContactSection(blocks, start);
        reader.read(section, this::discard);
        if (institution == null) {
            // "European Central Bank / Directorate General Communications / ...": the press office's address
            institution = reader.institution;
        }
        if (publisher == null) {
            publisher = reader.issuer;
        }
        List<Contact> contacts = inlineContacts;
        for (int i = 0; i < section.size(); i++) {
            addContact(contacts, section.get(i));
        }
        contacts.forEach(doc::contact);
        Contact spokesperson = soleSpokesperson(contacts);
        if (spokesperson != null && namesSpokespersonOnly(spokesperson)) {
            // "..., said the Spokesperson." names nobody in the body: the contacts say who the Spokesperson is.
            // The bare title is a second role, so that "the Spokesperson" finds "Lead Spokesperson for ...".
            String role = spokesperson.role().get();
            doc.person(new Person(spokesperson.name(), List.of(role, spokespersonTitle(role)), List.of(),
                    SpeakerKind.PERSON));
        }
    }

    /** The one contact whose role is a spokesperson's, or null when there is none or more than one. */
    private static Contact soleSpokesperson(List<Contact> contacts) {
        Contact found = null;
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (contact.role().isPresent() && isSpokespersonRole(contact.role().get())) {
                if (found != null) {
                    return null;
                }
                found = contact;
            }
        }
        return found;
    }

    /** The spokesperson word of a role as written: {@code Spokesperson} in {@code Lead Spokesperson for ...}. */
    private static String spokespersonTitle(String role) {
        String folded = role.toLowerCase(Locale.ROOT);
        int at = folded.indexOf("spokes");
        int end = at;
        while (end < role.length() && Character.isLetter(role.charAt(end))) {
            end++;
        }
        return role.substring(at, end);
    }

    private static boolean isSpokespersonRole(String role) {
        String folded = role.toLowerCase(Locale.ROOT);
        return folded.contains("spokesperson") || folded.contains("spokesman") || folded.contains("spokeswoman");
    }

    /**
     * Whether the body speaks of a spokesperson but never by the contact's surname (the last word of the name):
     * then the quote engine needs to be told who holds the role.
     */
    private boolean namesSpokespersonOnly(Contact spokesperson) {
        // "spokes" opens every form of the title; most bodies have none, and are read once.
        List<String> paragraphs = doc.paragraphs();
        boolean role = false;
        for (int i = 0; i < paragraphs.size() && !role; i++) {
            role = paragraphs.get(i).contains("pokes");
        }
        if (!role) {
            return false;
        }
        String name = spokesperson.name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(surname)) {
                return false;
            }
        }
        return true;
    }

    /** Walks the blocks from the contact section to the end, reading contacts and classifying the rest. */
    private static final class ContactSection {
        private final List<Block> blocks;
        private final int start;
        /** The institution whose name opens a block of the section (its press office's address), or null. */
        String institution;
        /** The office a line of the section says issued the note ({@code Issued by: Eurostat Press Office}). */
        String issuer;

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
                // A contact line after its heading ("For further information: Lars Brennan, ...") is read before
                // it is taken for a press team's mailbox, which it holds too.
                int list = contactSentenceList(block);
                if (list >= 0) {
                    contacts.addAll(contactSentence(block, list));
                    discard.accept(block, DiscardReason.CONTACT_BLOCK);
                    i++;
                    continue;
                }
                if (isContactHeading(block) || isMailboxContact(blocks, i)) {
                    // a press team's mailbox ("For more information: ENV-PRESS@ec.europa.eu") names nobody, but
                    // is the note's contact all the same
                    related = false;
                    discard.accept(block, DiscardReason.CONTACT_BLOCK);
                    i++;
                    continue;
                }
                int end = runEnd(blocks, i);
                int first = end > i ? contactRunStart(blocks, i, end) : -1;
                if (first >= 0) {
                    for (int k = i; k < first; k++) {
                        readIssuer(blocks.get(k).text());
                        discard.accept(blocks.get(k), otherReason(blocks.get(k), related));
                    }
                    contacts.addAll(ContactReader.read(blocks.subList(first, end)));
                    for (int k = first; k < end; k++) {
                        discard.accept(blocks.get(k), DiscardReason.CONTACT_BLOCK);
                    }
                    i = end;
                    continue;
                }
                if (block.isHeading() || block.kind() == BlockKind.PARAGRAPH && isShortLabel(text)) {
                    related = isRelatedHeading(text);
                }
                if (institution == null) {
                    institution = headerInstitution(block.lines().get(0), true);
                }
                readIssuer(text);
                discard.accept(block, otherReason(block, related));
                i++;
            }
        }

        /** Takes the office from {@code Issued by: Eurostat Press Office}, the first such line of the section. */
        private void readIssuer(String text) {
            if (issuer == null && text.length() > ISSUED_BY.length() && text.length() <= MAX_FURNITURE_LINE
                    && text.charAt(0) == 'I' && text.startsWith(ISSUED_BY)) {
                String office = text.substring(ISSUED_BY.length()).strip();
                issuer = office.isEmpty() ? null : office;
            }
        }

        private static DiscardReason otherReason(Block block, boolean related) {
            return BOILERPLATE.classify(block.text()).orElse(!block.mainContent() ? DiscardReason.OUTSIDE_CONTENT
                    : related ? DiscardReason.RELATED_CONTENT : DiscardReason.FOOTER);
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

    /**
     * {@code Press Releases}, {@code Plenary session}, {@code TRAN}: a few words above the body. A label ends
     * with no comma; a speech's salutation ({@code Madam President,}) does, and opens the body.
     */
    private static boolean isKicker(Block block) {
        String text = block.text();
        return block.kind() == BlockKind.PARAGRAPH && text.length() <= MAX_KICKER && splitWordCount(text) <= 4
                && !endsLikeSentence(text) && text.charAt(text.length() - 1) != ',';
    }

    /**
     * Labels and buttons copied one a line between the title and the body ({@code Plenary sessions} / {@code ENVI}
     * / {@code Share this page:}): every line a kicker-sized label or page chrome.
     */
    private static boolean isLabelColumn(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || (line.length() > MAX_KICKER || splitWordCount(line) > 4 || endsLikeSentence(line))
                    && BOILERPLATE.classify(line).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The highlights a Parliament release prints under its title, one a line ({@code MEPs want ...} / {@code
     * Products for children would be covered first}): a few short lines, none of them ending a sentence. A
     * paragraph broken over lines ends with one.
     */
    private static boolean isHighlights(List<String> lines) {
        if (lines.size() < 2 || lines.size() > MAX_FURNITURE_LINES) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.length() > MAX_FURNITURE_LINE || endsLikeSentence(line)) {
                return false;
            }
        }
        return true;
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
