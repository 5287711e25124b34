package io.broadsheet.format.wire.internal;

import io.broadsheet.Contact;
import io.broadsheet.Dateline;
import io.broadsheet.DiscardReason;
import io.broadsheet.Document;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.ContactReader;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one wire release. The release is read top to bottom in three parts: the head (section line, headline,
 * subtitle, byline, dateline), the body (from the paragraph the agency opens), and the footer (from the first
 * footer label to the end). Not thread-safe; one instance per parse.
 */
public final class WireReleaseParser {

    /** How many leading blocks detection looks at. */
    static final int DETECT_BLOCKS = 15;
    /** A headline longer than this is a sentence. */
    static final int MAX_HEADLINE = 250;
    /** Footer labels and section lines are short. */
    static final int MAX_LABEL = 80;
    /** {@code About Acme Robotics Inc.} and the like name an issuer in a few words. */
    private static final int MAX_ABOUT_WORDS = 8;
    /** A standfirst set outside the main content is told from the header's notes by having this many words. */
    private static final int MIN_STANDFIRST_WORDS = 6;
    /** {@code COLUMBUS, Ohio (March 9, 2026) —}: a release's place is a few words. */
    private static final int MAX_LEAD_PLACE_WORDS = 6;
    /** The heading over the issuer's standard description: {@code About Acme Robotics}. */
    private static final String ABOUT = "About ";
    /** A note under AP's rule line is no longer than a block of reporting credits. */
    static final int MAX_CREDIT = BoilerplateRules.MAX_CREDIT;

    /** Agencies write numeric dates day first (European releases) or with month names, which read either way. */
    private static final DatelineParser DATES = DatelineParser.dayFirst();

    /** PR Newswire's line over the issuer's name and the time stamp on a release's page. */
    private static final String NEWS_PROVIDED_BY = "news provided by";
    /** The embargo line over a release, which gives the hour it may be published, not its dateline. */
    private static final String EMBARGOED = "embargoed";
    /**
     * Openings of an agency's notice that a story was corrected or updated ({@code This story has been corrected
     * to ...}, {@code (Corrects spelling of ...)}, {@code An earlier version of this story ...}), in lower case,
     * after an opening bracket; all start with a letter of {@link #REVISION_INITIALS}.
     */
    private static final List<String> REVISION_NOTES = List.of("this story has been corrected",
            "this story has been updated", "this story was corrected", "this story was updated",
            "this version corrects", "this article has been corrected", "this article has been updated",
            "an earlier version of this story", "an earlier version of this article", "corrects ", "correction:",
            "clarification:");
    private static final String REVISION_INITIALS = "TtAaCc";
    /** Revision notices are a sentence or two. */
    private static final int MAX_REVISION_NOTE = 300;

    /** Xinhua's mark for the end of a story, on a line of its own or after the last sentence. */
    private static final String END_OF_STORY = "Enditem";

    /** Template text of agency pages, beyond the standard rules. */
    private static final BoilerplateRules BOILERPLATE = BoilerplateRules.standard()
            .with(DiscardReason.FOOTER, BoilerplateRules.Match.PREFIX,
                    "our standards:", "all rights reserved", "copyright ", "\u00a9 ")
            .with(DiscardReason.FOOTER, BoilerplateRules.Match.EXACT, END_OF_STORY);

    /** Labels of the section line at the top of a release. */
    private static final List<String> SECTION_LABELS = List.of("beat", "section", "category", "ressort", "topic");

    /** Openings of footer blocks: the agency's imprint, liability notice and links. */
    private static final List<String> FOOTER_PHRASES = List.of("article online", "editorial office",
            "exemption from liability", "disclaimer", "liability", "imprint", "editorial program service",
            "v.i.s.d.p", "responsible for the content", "media contact", "press contact", "contact:", "contacts:",
            "source:", "about the author", "forward-looking statement", "forward looking statement",
            "cautionary note", "cautionary statement", "safe harbor", "safe harbour", "investor contact",
            "investor relations contact", "media inquiries", "media enquiries", "for further information, please", "for further information:",
            "for more information, please contact", "for media inquiries", "for media enquiries", "press office",
            "press enquiries", "press inquiries", "notes to editors", "note to editors", "notes for editors",
            "note for editors", "notes to the editor", "editors' notes", "editors\u2019 notes");
    /**
     * Openings of the first line of a corporate release's contact section: {@code Media Contact:}, {@code For
     * further information, please contact:}. The footer phrases that introduce contacts, all opening with a letter
     * of {@link #CONTACT_INITIALS}.
     */
    private static final List<String> CONTACT_PHRASES = List.of("media contact", "press contact", "contact:",
            "contacts:", "investor contact", "investor relations contact", "media inquiries", "media enquiries",
            "for further information, please", "for further information:", "for more information, please contact",
            "for media inquiries", "for media enquiries", "press office", "press enquiries", "press inquiries");
    /** The first letters of the contact phrases and headings, either case: most blocks are turned down by it. */
    private static final String CONTACT_INITIALS = "cfimpCFIMP";
    /** The wire's link under a PR Newswire release, which closes its contact section. */
    private static final String VIEW_ORIGINAL = "View original content";
    /** Headings of a corporate release's contact section, which are footer only when they stand alone. */
    private static final List<String> CONTACT_HEADINGS = List.of("contacts", "contact", "investors",
            "investor relations", "media relations", "contact information");
    /** {@code Contact Information:} is the longest contact heading. */
    private static final int MAX_CONTACT_HEADING = 20;
    /** {@code Editorial program service of General News Agency:} is the longest footer label agencies use. */
    private static final int MAX_LABEL_WORDS = 7;
    /**
     * Labels of the notes an agency puts under the story: author, tags, the desk's editor. Their value can be a
     * long list ({@code Tags: ...}), so they are read in blocks up to {@link BoilerplateRules#MAX_LENGTH}.
     */
    private static final List<String> FOOTER_LABELS = List.of("written by:", "author:", "authors:", "tags:",
            "keywords:", "editor:", "editors:");
    /** Labels of the credit line of a story's photo, which text copies keep when the photo is gone. */
    private static final List<String> PHOTO_LABELS = List.of("photo:", "photos:", "image:", "picture:",
            "photo credit:", "foto:", "bild:");
    /** An agency's sign-off slug ({@code lb-jr/ach/rl}, {@code dpa ks xx n1 ab}) is a short run of initials. */
    private static final int MAX_SIGN_OFF = 40;
    private static final int MAX_INITIALS = 5;
    /** Sign-off groups without a slash are initials of this length at most ({@code dpa ks xx n1}). */
    private static final int MAX_BARE_INITIALS = 3;
    /** {@code ==Kyodo}, {@code --IANS}, {@code (END)}: a rule and the agency's name. */
    private static final int MAX_CLOSING_LINE = 24;
    /** The lines of a contact card (name, company, phone, address) are short. */
    private static final int MAX_CARD_LINE = 60;
    private static final int MIN_PHONE_DIGITS = 7;
    /** A logo's or photo's caption with its bracketed credit, {@code Acme logo (PRNewsfoto/Acme Inc.)}. */
    private static final int MAX_CREDITED_CAPTION = 200;
    /** After a line of underscores, agency stories carry at most this many short notes (credits, links). */
    private static final int MAX_NOTES = 4;


    private final SourceDocument source;
    private final List<Block> blocks;
    /** Where reporting credits can start ({@link BoilerplateRules#creditsFrom}). */
    private final int creditsFrom;
    private final Document.Builder doc;
    private final boolean html;
    private final String metadataTitle;
    private final Year publishedYear;

    private String title;
    private String subtitle;
    private String section;
    private String publisher;
    private String url;
    private Dateline dateline;
    private boolean bodyStarted;
    private boolean inFooter;
    private boolean expectUrl;
    /** Index of the first block of the contact section being read, or -1 outside one. */
    private int contactFrom = -1;
    /** End of the contact section read above the headline, or 0. */
    private int headContactsEnd;
    /** Whether the next head block is the issuer's name under {@code News provided by}. */
    private boolean issuerNext;
    /** The organisation an {@code About ...} heading under the story names, the issuer of its own release. */
    private String issuer;
    /** Index of the headline's block, or -2 before it is read. */
    private int titleIndex = -2;
    /**
     * Whether a text copy's time stamp came after the line taken for the headline, so that a short line under the
     * stamp is the headline and the lines above were the site's menu.
     */
    private boolean stampAfterTitle;
    /** Whether the blocks read are the headlines under a list heading ({@code Read also}, {@code Tags}). */
    private boolean inLinkList;

    /**
     * @param source the loaded release
     * @param format the format id to record in the document
     */
    public WireReleaseParser(SourceDocument source, String format) {
        this.source = source;
        this.blocks = source.blocks();
        this.creditsFrom = BoilerplateRules.creditsFrom(blocks);
        this.doc = Document.builder(source.name(), format);
        this.html = source.markup() == SourceDocument.Markup.HTML;
        this.metadataTitle = html ? source.statedTitle().orElse(null) : null;
        this.publishedYear = source.metadata(MetadataKeys.PUBLISHED).flatMap(WireReleaseParser::year).orElse(null);
    }

    /**
     * Scores how much a source looks like a wire release: an agency opening near the top is what counts; a
     * section line and a dateline line add to it.
     *
     * @param source the loaded input
     * @return a confidence in 0..1
     */
    public static double detect(SourceDocument source) {
        boolean agency = false;
        boolean sectionLine = false;
        // An indexed loop: the head is a sublist of whichever list the loader built, and its iterator's type
        // check made C2 deoptimise this loop several times a run.
        List<Block> head = source.head(DETECT_BLOCKS);
        int end = head.size();
        for (int i = 0; i < end; i++) {
            Block block = head.get(i);
            String text = block.text();
            if (sectionLabel(text).isPresent()) {
                sectionLine = true;
            } else if (opensWithAgency(block) && DATES.parse(text).isEmpty()
                    || AgencyOpening.bylineAgency(text).isPresent()) {
                // a dateline line is no agency opening, however it opens
                agency = true;
                end = i;
                break;
            }
        }
        if (!agency && !sectionLine) {
            // most documents: the dateline lines below would change nothing, so none is parsed; an organisation's
            // own release is known by the marks it sets apart instead
            return PressReleaseMarks.score(source, head);
        }
        boolean datelineLine = false;
        for (int i = 0; i < end && !datelineLine; i++) {
            String text = head.get(i).text();
            datelineLine = DATES.parse(text).isPresent() && sectionLabel(text).isEmpty();
        }
        if (!agency) {
            return Math.max(datelineLine ? 0.3 : 0, PressReleaseMarks.score(source, head));
        }
        return Math.min(1.0, 0.7 + (sectionLine ? 0.15 : 0) + (datelineLine ? 0.1 : 0));
    }

    /**
     * The place and date that open a release's first paragraph when no agency stands in it: {@code LEEDS,
     * 12 March 2026 –}, {@code WASHINGTON –}, or {@code COLUMBUS, Ohio (March 9, 2026) —} with the date in
     * brackets, as American organisations write it. Asked once a document, of the story's first paragraph.
     *
     * @param text the paragraph
     * @return the opening, or empty when the paragraph opens with no dateline, or with an agency's
     */
    static Optional<DatelineParser.Lead> releaseLead(String text) {
        Optional<DatelineParser.Lead> lead = DATES.parseLead(text);
        if (lead.isPresent()) {
            return lead.get().agency().isEmpty() ? lead : Optional.empty();
        }
        return bracketedDateLead(text);
    }

    /** {@code COLUMBUS, Ohio (March 9, 2026) — text}: a place, a date in brackets, a dash, the story. */
    private static Optional<DatelineParser.Lead> bracketedDateLead(String text) {
        int limit = Math.min(text.length(), DatelineParser.MAX_LEAD);
        int open = -1;
        int close = -1;
        for (int i = 0; i < limit && close < 0; i++) {
            char c = text.charAt(i);
            if (c == '(' && open < 0) {
                open = i;
            } else if (c == ')' && open >= 0) {
                close = i;
            }
        }
        if (open <= 0 || close < 0 || !Character.isUpperCase(text.charAt(0))) {
            return Optional.empty();
        }
        int start = close + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start >= text.length() || "-\u2013\u2014".indexOf(text.charAt(start)) < 0) {
            return Optional.empty();
        }
        while (start < text.length() && "-\u2013\u2014 ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        String place = text.substring(0, open).strip();
        if (place.endsWith(",")) {
            place = place.substring(0, place.length() - 1);
        }
        if (place.isEmpty() || place.split(" ").length > MAX_LEAD_PLACE_WORDS || start >= text.length()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DATES.parseDate(text.substring(open + 1, close));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DatelineParser.Lead(Optional.of(place), Optional.of(MonthDay.from(date.get())),
                Optional.of(Year.of(date.get().getYear())), Optional.empty(), start));
    }

    private static boolean opensWithAgency(Block block) {
        return block.kind() == BlockKind.PARAGRAPH && AgencyOpening.read(block, null).isPresent();
    }

    /** @return the parsed release */
    public Document parse() {
        // Indexed: an immutable list's iterator has a type check that made C2 deoptimise its callers.
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (inFooter) {
                footer(block, i);
            } else if (!bodyStarted) {
                head(block, i);
            } else {
                body(block, i);
            }
        }
        finish();
        return doc.build();
    }

    private void head(Block block, int index) {
        // The reason is recorded here, once, rather than at each of readHead's many exits: less to compile.
        DiscardReason reason = readHead(block, index);
        if (reason != null) {
            discard(block, reason);
        }
    }

    /**
     * Reads a block above the story: section, dateline, byline, headline, standfirst; or the agency opening or
     * first paragraph that starts the story.
     *
     * @return why the block is set aside, or null when it was read as (the start of) the story
     */
    private DiscardReason readHead(Block block, int index) {
        String text = block.text();
        Optional<DiscardReason> chrome = BOILERPLATE.classify(text);
        if (chrome.isPresent()) {
            return chrome.get();
        }
        Optional<AgencyOpening> opening = block.kind() == BlockKind.PARAGRAPH
                ? AgencyOpening.read(block, year()) : Optional.empty();
        if (opening.isPresent()) {
            AgencyOpening agency = opening.get();
            publisher = agency.agency();
            dateline = merge(dateline, agency.dateline().orElse(null));
            bodyStarted = true;
            story(text.substring(agency.textStart()));
            return null;
        }
        if (issuerNext) {
            // the issuer's name under "News provided by": "Harbor Lane Foods, Inc." is no sentence of the story
            issuerNext = false;
            return DiscardReason.METADATA;
        }
        char first = text.charAt(0);
        if ((first == 'N' || first == 'n') && block.lines().size() <= 1
                && text.regionMatches(true, 0, NEWS_PROVIDED_BY, 0, NEWS_PROVIDED_BY.length())) {
            issuerNext = text.length() == NEWS_PROVIDED_BY.length();
            return DiscardReason.METADATA;
        }
        if (PressReleaseMarks.isKicker(text)) {
            return DiscardReason.METADATA;      // "PRESS RELEASE", "FOR IMMEDIATE RELEASE" over the headline
        }
        if (block.lines().size() > 1 && PressReleaseMarks.isKicker(block.lines().get(0))) {
            // "FOR IMMEDIATE RELEASE" over the contact line in one block: the kicker is set aside, the rest read
            List<String> rest = block.lines().subList(1, block.lines().size());
            discard(block.withText(block.lines().get(0)), DiscardReason.METADATA);
            return readHead(new Block(block.kind(), String.join(" ", rest), rest, block.level(), block.line() + 1,
                    Optional.empty(), block.mainContent()), index);
        }
        if ((first == 'E' || first == 'e') && text.regionMatches(true, 0, EMBARGOED, 0, EMBARGOED.length())) {
            return DiscardReason.METADATA;      // "EMBARGOED UNTIL 00:01 GMT, ..." is no dateline of the story
        }
        if (index < headContactsEnd) {
            return DiscardReason.CONTACT_BLOCK;
        }
        if (block.mainContent() && opensContactSection(block)) {
            // "Media Contact:" over name, phone and address above the headline, as some releases open; the card
            // may stand in a block of its own under the heading
            headContactsEnd = block.lines().size() <= 1 && index + 1 < blocks.size()
                    && isContactCard(blocks.get(index + 1)) ? index + 2 : index + 1;
            List<Contact> contacts = ContactReader.read(blocks.subList(index, headContactsEnd));
            for (int i = 0; i < contacts.size(); i++) {
                doc.contact(contacts.get(i));
            }
            return DiscardReason.CONTACT_BLOCK;
        }
        if (isRevisionNote(text)) {
            return DiscardReason.METADATA;      // "CORRECTION: An earlier version ..." over the story
        }
        Optional<String> sectionValue = sectionLabel(text);
        if (sectionValue.isPresent()) {
            section = sectionValue.get();
            return DiscardReason.METADATA;
        }
        // On a page, chrome above the headline states no dateline: a masthead's "Monday, March 10, 2025" is
        // the day the page was saved.
        boolean dated = html && title == null && !block.mainContent();
        if (isStamp(text, dated)) {
            stampAfterTitle = !html && title != null;
            return DiscardReason.METADATA;
        }
        if (dateline == null && !dated) {
            Optional<Dateline> line = DATES.parse(text);
            if (line.isPresent()) {
                dateline = line.get();
                return DiscardReason.METADATA;
            }
        }
        String firstLine = block.lines().isEmpty() ? text : block.lines().get(0);
        if (isByline(firstLine)) {
            if (publisher == null) {
                // "By AFP - Agence France Presse": a site that carries the agency's story names it as the writer
                publisher = AgencyOpening.bylineAgency(firstLine).orElse(null);
            }
            // "By OLENA MARCHUK\nUpdated 10:42 AM EDT, March 14, 2023": a web page's stamp under the byline.
            for (int i = 1; i < block.lines().size(); i++) {
                isStamp(block.lines().get(i), false);
            }
            return DiscardReason.METADATA;
        }
        if (isTitle(block)) {
            title = text;
            titleIndex = index;
            return DiscardReason.METADATA;
        }
        if (html && subtitle == null && index == titleIndex + 1
                && (block.isHeading() && block.level() == 2 || !block.mainContent() && readsAsStandfirst(block))) {
            // The h2 right under the h1 is the standfirst, even in a page header that main-content extraction
            // set aside with the rest of the chrome; so is a headline-like line of a few words there (TASS sets its
            // standfirst in a div of the header).
            subtitle = text;
            return DiscardReason.METADATA;
        }
        // Main-content extraction may misjudge a short head line, so section, dateline and title are read above
        // whatever it said; what remains of the page's chrome is set aside here.
        if (!block.mainContent()) {
            return DiscardReason.OUTSIDE_CONTENT;
        }
        // A photo's caption between headline and story is no standfirst.
        if (block.kind() == BlockKind.CAPTION || isPhotoCredit(text)) {
            return DiscardReason.CAPTION;
        }
        if (stampAfterTitle && isShortLine(block) && !readsAsCaption(text)) {
            // A page copied as text with its stamp over the headline (TASS: menu, section, stamp, headline,
            // standfirst): what was taken for headline and standfirst above the stamp was the site's menu.
            stampAfterTitle = false;
            title = text;
            titleIndex = index;
            subtitle = null;
            return DiscardReason.METADATA;
        }
        if (title != null && subtitle == null && (block.isHeading() || isShortLine(block))) {
            subtitle = text;
            return DiscardReason.METADATA;
        }
        if (isProse(block)) {
            // A release without an agency opening: its body starts at the first paragraph of prose, which may
            // open with the release's place and date ("LEEDS, 12 March 2026 – Harrowgate Water today ...").
            bodyStarted = true;
            Optional<DatelineParser.Lead> lead = block.kind() == BlockKind.PARAGRAPH
                    ? releaseLead(text) : Optional.empty();
            if (lead.isPresent() && !isFooterStart(block)) {
                dateline = merge(dateline, lead.get().dateline(year()).orElse(null));
                story(text.substring(lead.get().textStart()));
                return null;
            }
            body(block, -1);
            return null;
        }
        return DiscardReason.METADATA;
    }

    /**
     * @param block the block
     * @param index its index in {@link #blocks}, or -1 when the head hands over its last block
     */
    private void body(Block block, int index) {
        String text = block.text();
        if (isFooterStart(block)) {
            inFooter = true;
            footer(block, index);
            return;
        }
        if (isRule(text)) {
            // AP sets its closing notes (contributors, links to its coverage) under a line of underscores.
            inFooter = text.charAt(0) == '_' && index >= 0 && onlyNotesFollow(index);
            discard(block, DiscardReason.FOOTER);
            return;
        }
        if (isSignOff(text) || index == blocks.size() - 1 && isInitialsInCapitals(text)) {
            inFooter = true;
            discard(block, DiscardReason.FOOTER);
            return;
        }
        int closing = closingLine(block);
        if (closing >= 0) {
            closeWithLine(block, closing);
            return;
        }
        if (isContactCard(block)) {
            inFooter = true;
            if (index >= 0) {
                contactFrom = index;
            }
            discard(block, DiscardReason.FOOTER);
            return;
        }
        Optional<DiscardReason> chrome = BOILERPLATE.classify(text);
        if (chrome.isEmpty() && block.lines().size() > 1 && BoilerplateRules.isLinkListHeading(block.lines().get(0))) {
            // "Read also" with the headline it links to, a copied page's list kept in one block
            chrome = Optional.of(DiscardReason.NAVIGATION);
        }
        if (chrome.isPresent()) {
            // Copyright lines and trust notices close the story; whatever follows them is page footer too.
            inFooter = chrome.get() == DiscardReason.FOOTER;
            inLinkList = chrome.get() == DiscardReason.NAVIGATION
                    && BoilerplateRules.isLinkListHeading(block.lines().isEmpty() ? text : block.lines().get(0));
            discard(block, chrome.get());
        } else if (!block.mainContent()) {
            discard(block, DiscardReason.OUTSIDE_CONTENT);
        } else if (inLinkList && isShortLine(block)) {
            discard(block, DiscardReason.NAVIGATION);   // a linked headline under "Read also" or "Tags"
        } else if (index >= creditsFrom && BoilerplateRules.isReportingCredit(text)) {
            discard(block, DiscardReason.FOOTER);
        } else if (block.kind() == BlockKind.CAPTION || isPhotoCredit(text)) {
            discard(block, DiscardReason.CAPTION);
        } else if (isRevisionNote(text)) {
            discard(block, DiscardReason.METADATA);
        } else {
            inLinkList = false;
            story(text);
        }
    }

    /**
     * A short line that is a photo's caption rather than a headline: a credit in brackets at its end
     * ({@code (AP Photo/...)}) or a sentence before the credit ({@code ... March 3, 2024. REUTERS/...}).
     */
    private static boolean readsAsCaption(String text) {
        return text.charAt(text.length() - 1) == ')' || text.contains(". ");
    }

    /**
     * The agency's note that the story was corrected or updated, under it or over it: {@code This story has been
     * corrected to fix ...}, {@code (Corrects spelling of name in paragraph 3)}.
     */
    private static boolean isRevisionNote(String text) {
        // Turned down by the first character (after a bracket) and the length: a test or two for most blocks.
        int start = text.charAt(0) == '(' ? 1 : 0;
        if (start >= text.length() || REVISION_INITIALS.indexOf(text.charAt(start)) < 0
                || text.length() > MAX_REVISION_NOTE) {
            return false;
        }
        for (int i = 0; i < REVISION_NOTES.size(); i++) {
            String note = REVISION_NOTES.get(i);
            if (text.regionMatches(true, start, note, 0, note.length())) {
                return true;
            }
        }
        return false;
    }


    /**
     * The line of the block that closes the story, or -1: Yonhap's {@code (END)}, Kyodo's {@code ==Kyodo} or
     * IANS's {@code --IANS}, which name the agency after a double rule. Only the first and last lines are read:
     * the mark ends the last paragraph, or opens the desk's notes under it.
     */
    private int closingLine(Block block) {
        List<String> lines = block.lines();
        if (lines.isEmpty()) {
            return -1;
        }
        int last = lines.size() - 1;
        if (isClosingLine(lines.get(last))) {
            return last;
        }
        return last > 0 && isClosingLine(lines.get(0)) ? 0 : -1;
    }

    private boolean isClosingLine(String line) {
        // Nearly every line opens with a letter, a digit or a quotation mark: turned down by its first character
        // here, so that only the test runs for every block and the reading below for few.
        int length = line.length();
        if (length < 3 || length > MAX_CLOSING_LINE) {
            return false;
        }
        char first = line.charAt(0);
        return (first == '(' || first == '=' || first == '-') && readsAsClosingLine(line, first);
    }

    private boolean readsAsClosingLine(String line, char first) {
        if (first == '(') {
            return line.strip().equals("(END)");
        }
        if (line.charAt(1) != first) {
            return false;
        }
        String name = line.substring(2).strip();
        return !name.isEmpty() && (publisher != null && name.equalsIgnoreCase(publisher) || isLetters(name));
    }

    /**
     * Ends the story at the block's closing line: the lines above it are the last paragraph unless they are only
     * the reporter's e-mail address (Yonhap signs {@code jkim@yna.co.kr} over its {@code (END)}).
     */
    private void closeWithLine(Block block, int closing) {
        inFooter = true;
        List<String> lines = block.lines();
        StringBuilder last = new StringBuilder();
        boolean prose = false;
        for (int i = 0; i < closing; i++) {
            String line = lines.get(i).strip();
            prose |= line.indexOf(' ') >= 0 || line.indexOf('@') < 0;
            if (last.length() > 0) {
                last.append(' ');
            }
            last.append(line);
        }
        if (prose) {
            doc.paragraph(last.toString());
            doc.discard(String.join(" ", lines.subList(closing, lines.size())), DiscardReason.FOOTER,
                    block.line() + closing);
        } else {
            discard(block, DiscardReason.FOOTER);
        }
    }

    /**
     * A press contact set as a card of short lines under the story, with no label over it (EIN Presswire's name,
     * company, phone and {@code email us here} lines): three lines or more, none a sentence, one a phone number or
     * an e-mail address.
     */
    private static boolean isContactCard(Block block) {
        // Most blocks of a story are paragraphs of a line or two: only the count runs for every block.
        List<String> lines = block.lines();
        return lines.size() >= 3 && readsAsContactCard(lines);
    }

    private static boolean readsAsContactCard(List<String> lines) {
        boolean reach = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // "Visit us on social media:" may close a card; a full stop or question mark ends a sentence.
            char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
            if (line.length() > MAX_CARD_LINE || line.isBlank() || last == '.' || last == '!' || last == '?'
                    || last == '"' || last == '\u201d') {
                return false;
            }
            reach |= isPhoneOrEmail(line);
        }
        return reach;
    }

    /** A line that is a phone number (seven digits or more, no letters) or holds an e-mail address. */
    private static boolean isPhoneOrEmail(String line) {
        int digits = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return digits >= MIN_PHONE_DIGITS;
    }

    private static boolean isLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the paragraph's last word, before closing dots and spaces, is Enditem in any case. */
    private static boolean mayCloseStory(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        int mark = end - END_OF_STORY.length();
        return mark >= 0 && text.regionMatches(true, mark, END_OF_STORY, 0, END_OF_STORY.length());
    }

    /** Adds a paragraph of the story; Xinhua's {@code Enditem} after its last sentence ends the story. */
    private void story(String text) {
        if (mayCloseStory(text)) {
            closeStory(text);
        } else {
            doc.paragraph(text);
        }
    }

    /** Adds the paragraph without the {@code Enditem} that closes it, and ends the story. */
    private void closeStory(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        int mark = end - END_OF_STORY.length();
        if (mark > 0 && text.charAt(mark - 1) == ' ' && text.regionMatches(true, mark, END_OF_STORY, 0,
                END_OF_STORY.length())) {
            doc.paragraph(text.substring(0, mark).stripTrailing());
            inFooter = true;
            return;
        }
        doc.paragraph(text);
    }

    /** Whether only a few short notes follow the block at {@code index} in the main content. */
    private boolean onlyNotesFollow(int index) {
        int notes = 0;
        for (int i = index + 1; i < blocks.size(); i++) {
            Block next = blocks.get(i);
            if (!next.mainContent()) {
                continue;
            }
            if (++notes > MAX_NOTES || next.text().length() > MAX_CREDIT) {
                return false;
            }
        }
        return true;
    }

    /**
     * A web page's time stamp ({@link StampLine}); the first one read completes the dateline.
     *
     * @return whether the line is a stamp
     */
    /**
     * @param line     a line above the story
     * @param chrome   whether the line is page chrome, whose stamp is not the story's
     * @return whether the line is a time stamp; the first one read is the dateline's date and time
     */
    private boolean isStamp(String line, boolean chrome) {
        Optional<Dateline> stamp = StampLine.read(line);
        if (stamp.isEmpty()) {
            return false;
        }
        if (dateline == null && !chrome) {
            // A page's "Updated 4:05 PM UTC" says when it was last changed; when the page states the instant the
            // story was published, that instant told in the stamp's zone is the story's time.
            dateline = html && isRevisionStamp(line) ? publishedInZoneOf(line).orElse(stamp.get()) : stamp.get();
        }
        return true;
    }

    /** Offsets in hours of the zones a page's stamp names, by abbreviation. */
    private static final Map<String, Integer> ZONE_OFFSETS = Map.ofEntries(Map.entry("UTC", 0), Map.entry("GMT", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2),
            Map.entry("EEST", 3));

    /**
     * The page's stated publication instant ({@code 2025-02-18T14:22:07Z}) in the zone a revision stamp names
     * ({@code Updated 4:05 PM UTC, February 18, 2025}), or empty when either is missing.
     */
    private Optional<Dateline> publishedInZoneOf(String stamp) {
        Optional<String> published = source.metadata(MetadataKeys.PUBLISHED);
        Integer hours = null;
        int start = -1;
        for (int i = 0; i <= stamp.length() && hours == null; i++) {
            boolean upper = i < stamp.length() && stamp.charAt(i) >= 'A' && stamp.charAt(i) <= 'Z';
            if (upper && start < 0) {
                start = i;
            } else if (!upper && start >= 0) {
                hours = i - start >= 3 && i - start <= 4 ? ZONE_OFFSETS.get(stamp.substring(start, i)) : null;
                start = -1;
            }
        }
        if (published.isEmpty() || hours == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = OffsetDateTime.parse(published.get())
                    .withOffsetSameInstant(ZoneOffset.ofHours(hours)).toLocalDateTime();
            return Optional.of(Dateline.of(null, local.toLocalDate(), local.toLocalTime().withSecond(0).withNano(0)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code Updated ...}, {@code Last updated ...}: a stamp of a page's last revision, not of its publication. */
    private static boolean isRevisionStamp(String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        return (first == 'U' || first == 'L') && (line.regionMatches(true, 0, "updated", 0, 7)
                || line.regionMatches(true, 0, "last updated", 0, 12));
    }

    /**
     * @param block the block
     * @param index its index in {@link #blocks}, or -1 when the head hands over its last block
     */
    private void footer(Block block, int index) {
        if (index >= 0) {
            contactSection(block, index);
        }
        String text = block.text();
        if (text.strip().regionMatches(true, 0, "article online", 0, 14)) {
            int colon = text.indexOf(':');
            String rest = colon < 0 ? "" : text.substring(colon + 1).strip();
            if (isUrl(rest)) {
                url = rest;
            } else {
                expectUrl = true;
            }
            discard(block, DiscardReason.METADATA);
            return;
        }
        if (expectUrl && isUrl(text)) {
            url = text;
            expectUrl = false;
            discard(block, DiscardReason.METADATA);
            return;
        }
        expectUrl = false;
        if (issuer == null && block.mainContent() && isAboutTheIssuer(text)) {
            issuer = stripColon(text.substring(ABOUT.length()).strip());
        }
        discard(block, block.mainContent() ? DiscardReason.FOOTER : DiscardReason.OUTSIDE_CONTENT);
    }

    /**
     * Opens or closes the contact section at a footer block. The section runs from a contact heading or card to the
     * issuer's {@code About ...} heading, the wire's {@code SOURCE ...} line or link, another footer section, the
     * page's chrome or the end; its contacts are read when it closes.
     */
    private void contactSection(Block block, int index) {
        if (contactFrom >= 0) {
            if (!closesContactSection(block)) {
                return;
            }
            readContacts(index);
        }
        if (opensContactSection(block)) {
            contactFrom = index;
        }
    }

    private void readContacts(int end) {
        List<Block> section = blocks.subList(contactFrom, end);
        Block first = section.get(0);
        if (first.lines().size() <= 1 && first.text().length() > MAX_LABEL) {
            // "For further information: Media: Alicia Brandt, Director, 416-555-0142, ...": the labels on the
            // contact's own line are no part of it
            int start = afterLabels(first.text());
            if (start > 0) {
                section = new ArrayList<>(section);
                section.set(0, first.withText(first.text().substring(start)));
            }
        }
        List<Contact> contacts = ContactReader.read(section);
        for (int i = 0; i < contacts.size(); i++) {
            doc.contact(contacts.get(i));
        }
        contactFrom = -1;
    }

    /**
     * Where the text starts after the short labels that open it ({@code For further information: Media: }), or 0.
     * A label is a few words before a colon, with no digit or {@code @}; a press office's name before a colon is
     * the contact, not a label, and so is a name with a comma after the first label ({@code For further
     * information: Priya Dhaliwal, President and CEO, Tel: ...}), where the colon is that of the contact's phone.
     */
    private static int afterLabels(String text) {
        int start = 0;
        int words = 1;
        boolean comma = false;
        for (int i = 0; i < text.length() && i - start <= MAX_LABEL; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                if (start > 0 && comma || ContactReader.isOfficeName(text.substring(start, i).strip())) {
                    break;          // "Press Office: 01632 960 345": the label is the contact, an office
                }
                start = i + 1;
                while (start < text.length() && text.charAt(start) == ' ') {
                    start++;
                }
                words = 1;
                comma = false;
                i = start - 1;
            } else if (c == ' ' && ++words > MAX_LABEL_WORDS || c == '@' || c >= '0' && c <= '9') {
                break;
            } else {
                comma |= c == ',';
            }
        }
        return start < text.length() ? start : 0;
    }

    /**
     * A contact heading over the contacts: {@code Media Contact:}, {@code Contacts}, {@code For further information,
     * please contact:}. (A card without a heading opens the section only right under the story: in the footer, a
     * short block with a phone number is as likely the issuer's address.)
     */
    private static boolean opensContactSection(Block block) {
        String first = block.lines().isEmpty() ? block.text() : block.lines().get(0);
        if (first.isEmpty() || CONTACT_INITIALS.indexOf(first.charAt(0)) < 0) {
            return false;
        }
        // CNW sets its contacts on the label's line: "For further information: Media: Alicia Brandt, ..."
        return first.length() <= MAX_LABEL ? isContactLabel(first)
                : startsWithAny(fold(first.substring(0, MAX_LABEL)), CONTACT_PHRASES);
    }

    /** Whether a short line opening with a contact initial is a contact phrase or heading. */
    private static boolean isContactLabel(String first) {
        String folded = fold(first);
        if (startsWithAny(folded, CONTACT_PHRASES)) {
            return true;
        }
        if (first.endsWith(":") && folded.contains(" contact")) {
            return true;        // "For more information and interviews, contact:"
        }
        return first.length() <= MAX_CONTACT_HEADING && CONTACT_HEADINGS.contains(fold(stripColon(first)));
    }

    /**
     * A block after which no contact of the section is listed. Page chrome closes the section, though the section
     * itself may be outside the main content: pages set their contacts in a box of their own.
     */
    private static boolean closesContactSection(Block block) {
        String text = block.text();
        return text.startsWith(VIEW_ORIGINAL) || isFooterStart(block) && !opensContactSection(block)
                || BOILERPLATE.classify(text).isPresent();
    }

    private void finish() {
        if (contactFrom >= 0) {
            readContacts(blocks.size());
        }
        if (title == null) {
            title = metadataTitle;
        }
        if (url == null) {
            url = source.metadata(MetadataKeys.CANONICAL_URL).orElse(null);
        }
        if (publisher == null) {
            publisher = source.metadata(MetadataKeys.SITE_NAME).orElse(issuer);
        }
        if (section == null) {
            section = source.metadata(MetadataKeys.SECTION).orElse(null);
        }
        if (dateline == null || dateline.date().isEmpty()) {
            // An opening that names only its place ("GENEVA (AP) —") takes its day from the page's stated date.
            Dateline stated = source.metadata(MetadataKeys.PUBLISHED).flatMap(DATES::parse).orElse(null);
            dateline = dateline == null ? stated : stated == null ? dateline
                    : new Dateline(dateline.place(), stated.date(), dateline.time().or(stated::time));
        }
        doc.title(title).subtitle(subtitle).section(section).publisher(publisher).url(url).dateline(dateline);
    }

    /**
     * Completes a dateline line with what the agency opening adds. The opening's place is the story's: a line
     * above it that reads as a place and date may be a byline or an issuer's name over a stamp
     * ({@code News provided by / Harbor Lane Foods, Inc. / Mar 03, 2025, 08:30 ET}).
     */
    private static Dateline merge(Dateline line, Dateline opening) {
        if (line == null || opening == null) {
            return line != null ? line : opening;
        }
        return new Dateline(opening.place().or(line::place), line.date().or(opening::date),
                line.time().or(opening::time));
    }

    private Year year() {
        if (dateline != null && dateline.date().isPresent()) {
            // Year.of reads the year directly; Year.from's generic temporal query showed in profiles of head().
            return Year.of(dateline.date().get().getYear());
        }
        return publishedYear;
    }

    private void discard(Block block, DiscardReason reason) {
        doc.discard(block.text(), reason, block.line());
    }

    /** The headline: in HTML the page's {@code h1} or metadata title; in text the first heading or short line. */
    private boolean isTitle(Block block) {
        if (title != null) {
            return false;
        }
        if (html) {
            return block.isHeading() && block.level() == 1 || block.text().equals(metadataTitle);
        }
        return block.isHeading() && block.level() <= 2 || isShortLine(block);
    }

    /**
     * A header line under the headline that reads as its standfirst: a headline-like line of
     * {@value #MIN_STANDFIRST_WORDS} words or more, longer than the notes a header sets there ({@code Updated 2
     * hours ago}, {@code Business & Economy}).
     */
    private static boolean readsAsStandfirst(Block block) {
        if (!isShortLine(block)) {
            return false;
        }
        String text = block.text();
        int words = 1;
        for (int i = 0; i < text.length() && words < MIN_STANDFIRST_WORDS; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= MIN_STANDFIRST_WORDS;
    }

    /** A line that reads like a headline: short, one line, and not ending like a sentence. */
    private static boolean isShortLine(Block block) {
        String text = block.text();
        if (text.length() > MAX_HEADLINE || block.lines().size() > 1 || text.indexOf(' ') < 0) {
            return false;
        }
        return !endsLikeSentence(text) && Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isProse(Block block) {
        return block.text().length() > MAX_HEADLINE || endsLikeSentence(block.text());
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:;,\u201d\"".indexOf(last) >= 0;
    }

    private static boolean isByline(String text) {
        return text.length() <= MAX_LABEL && (text.startsWith("By ") || text.startsWith("BY "));
    }

    /**
     * Footer: a short label block ({@code Article online:}, {@code Exemption from liability:}), a block that opens
     * with such a label ({@code Article online: https://...}), an end marker, the {@code About ...} heading of a
     * corporate release or its {@code SOURCE ...} line, or its {@code Notes to editors}: background for journalists,
     * no part of the story, which the release itself closes above them.
     */
    private static boolean isFooterStart(Block block) {
        String text = block.text();
        if (text.length() > MAX_LABEL) {
            return opensWithFooterLabel(block);
        }
        if (BoilerplateRules.isEndMarker(text)) {
            return true;
        }
        String folded = fold(text);
        if (startsWithAny(folded, FOOTER_PHRASES) || startsWithAny(folded, FOOTER_LABELS)) {
            return true;
        }
        if (text.indexOf(':') >= 0 && opensWithFooterLabel(block)) {
            return true;
        }
        if (isAboutTheIssuer(text) || text.startsWith("SOURCE ")) {
            return true;
        }
        if (text.length() <= MAX_CONTACT_HEADING && CONTACT_HEADINGS.contains(fold(stripColon(text)))) {
            return true;
        }
        // A bold label on its own line, such as "**Editorial office and responsibility:**".
        return text.endsWith(":") && block.leadingStrong().map(text::equals).orElse(false);
    }

    /**
     * A footer label before a colon in the block's first line, followed by its value on the same or the next lines:
     * {@code Article online: https://...}, {@code Tags: ...}. The label is a few words, not a clause that
     * introduces a quotation.
     */
    private static boolean opensWithFooterLabel(Block block) {
        String first = block.lines().isEmpty() ? block.text() : block.lines().get(0);
        int colon = first.indexOf(':');
        if (colon <= 0 || colon >= MAX_LABEL) {
            return false;
        }
        if (colon == first.length() - 1 && startsWithAny(fold(first), FOOTER_PHRASES)) {
            return true;                    // "For further information, please contact:" over the contact lines
        }
        int words = 1;
        for (int i = 0; i < colon; i++) {
            char c = first.charAt(i);
            if (c == ' ') {
                words++;
            } else if (c == '"' || c == '\u201c' || c == ',') {
                return false;
            }
        }
        if (words > MAX_LABEL_WORDS) {
            return false;
        }
        String label = fold(first.substring(0, colon + 1));
        return startsWithAny(label, FOOTER_PHRASES) || startsWithAny(label, FOOTER_LABELS);
    }

    /**
     * {@code About Acme Robotics}: the heading over the issuer's standard description that closes a corporate
     * release, as the body's last sentence never is (it ends like a sentence; {@code About 200 people ...}).
     */
    static boolean isAboutTheIssuer(String text) {
        if (!text.startsWith(ABOUT) || text.length() < 7 || !Character.isUpperCase(text.charAt(6))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '!' || last == '?' || last == ',' || last == '.' && !endsWithAbbreviation(text)) {
            return false;
        }
        return text.split(" ").length <= MAX_ABOUT_WORDS;
    }

    /**
     * Whether the text ends with a company's abbreviated suffix ({@code Inc.}, {@code Corp.}, {@code Co., Ltd.},
     * {@code S.A.}) rather than a sentence's full stop: a capitalised last word of a few letters, or one with a dot
     * inside.
     */
    private static boolean endsWithAbbreviation(String text) {
        int start = text.lastIndexOf(' ') + 1;
        int length = text.length() - start;
        return start > 0 && Character.isUpperCase(text.charAt(start))
                && (length <= 5 || text.indexOf('.', start) < text.length() - 1);
    }

    /**
     * {@code Photo: Ministry of Health / USPA News}: a short labelled credit of the story's photo; or a caption that
     * ends with its credit in brackets, {@code Acme logo (PRNewsfoto/Acme Inc.)}, {@code (Photo: Business Wire)}.
     */
    private static boolean isPhotoCredit(String text) {
        int length = text.length();
        if (text.charAt(length - 1) == ')' && length <= MAX_CREDITED_CAPTION && endsWithPhotoCredit(text)) {
            return true;
        }
        char first = text.charAt(0);
        return length <= MAX_LABEL && (first == 'P' || first == 'I' || first == 'F' || first == 'B')
                && startsWithAny(fold(text), PHOTO_LABELS);
    }

    /** Whether the text's last bracket holds a photo's credit; asked only of texts that end with {@code )}. */
    private static boolean endsWithPhotoCredit(String text) {
        int open = text.lastIndexOf('(');
        return open >= 0 && (text.startsWith("PRNewsfoto/", open + 1) || text.startsWith("Photo: ", open + 1)
                || text.startsWith("Photo credit", open + 1));
    }

    /** A line of underscores, dashes, asterisks or equals signs: a separator, not text. */
    private static boolean isRule(String text) {
        // Nearly every block opens with a letter or digit, which no rule holds: turned down before it is copied.
        if (text.isEmpty() || Character.isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        String t = text.strip();
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("_-*=\u2014\u2013 ".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * An agency's sign-off slug: the initials of the writers and desk editors that close an AFP or dpa story
     * ({@code lb-jr/ach/rl}, {@code dpa ks xx n1 ab}). A short run of lower-case groups of a few letters or digits,
     * which no sentence of a story is.
     */
    private static boolean isSignOff(String text) {
        // A sign-off opens with a lower-case letter or a digit: most blocks are turned down before being copied.
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= '0' && first <= '9' || Character.isWhitespace(first))) {
            return false;
        }
        String t = text.strip();
        if (t.length() < 3 || t.length() > MAX_SIGN_OFF) {
            return false;
        }
        int groups = 1;
        int groupLength = 0;
        int longest = 0;
        boolean slash = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '/' || c == '-' || c == ' ') {
                if (groupLength == 0) {
                    return false;
                }
                slash |= c == '/';
                groups++;
                groupLength = 0;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                groupLength++;
                longest = Math.max(longest, groupLength);
            } else {
                return false;
            }
        }
        // Without a slash, short lower-case words could be a fragment of text; only initials count then.
        return groups >= 3 && groupLength > 0 && longest <= (slash ? MAX_INITIALS : MAX_BARE_INITIALS);
    }

    private static String stripColon(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The desk's initials in capitals that PTI sets under its last paragraph ({@code RKS RKS}, {@code ABC DEF}):
     * two to four groups of two or three capitals and nothing else, read only for the last block.
     */
    private static boolean isInitialsInCapitals(String text) {
        if (text.length() < 5 || text.length() > MAX_SIGN_OFF) {
            return false;
        }
        int groups = 1;
        int groupLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && groupLength >= 2) {
                groups++;
                groupLength = 0;
            } else if (c >= 'A' && c <= 'Z' && groupLength < MAX_BARE_INITIALS) {
                groupLength++;
            } else {
                return false;
            }
        }
        return groupLength >= 2 && groups >= 2 && groups <= 4;
    }

    private static boolean startsWithAny(String folded, List<String> phrases) {
        // Indexed: called for every short block of the body.
        for (int i = 0; i < phrases.size(); i++) {
            if (folded.startsWith(phrases.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Beat: Politics}: a known label, a colon and a short value. */
    static Optional<String> sectionLabel(String text) {
        if (text.length() > MAX_LABEL) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).strip();
        return SECTION_LABELS.contains(label) && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    private static boolean isUrl(String text) {
        return (text.startsWith("https://") || text.startsWith("http://")) && text.indexOf(' ') < 0;
    }

    private static String fold(String text) {
        String folded = text.strip().toLowerCase(Locale.ROOT);
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == '.') {
            end--;
        }
        return folded.substring(0, end);
    }

    private static Optional<Year> year(String published) {
        Optional<LocalDate> date = DATES.parse(published).flatMap(Dateline::date);
        return date.map(Year::from);
    }
}
