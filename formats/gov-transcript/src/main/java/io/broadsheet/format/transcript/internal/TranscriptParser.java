package io.broadsheet.format.transcript.internal;

import io.broadsheet.Dateline;
import io.broadsheet.DiscardReason;
import io.broadsheet.Document;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;
import io.broadsheet.spi.Vocabulary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one transcript in two parts: the header before the first speaker label (banner, title, location and
 * date, caption, speaker introductions), then the turns, each running from its label to the next, followed by
 * whatever trails the last turn (related-content links, a closing stage note). Not thread-safe; one instance
 * per parse.
 */
public final class TranscriptParser {

    /** How many leading blocks detection looks at for labels. */
    static final int DETECT_BLOCKS = 60;
    /** Paragraphs of reporting before the first "Q:" that make a news interview rather than a transcript. */
    static final int ARTICLE_LEDE = 3;
    /** A paragraph of reporting is at least this long; transcript headers are short lines. */
    static final int MIN_LEDE_PARAGRAPH = 80;
    /** Trailing titles of related content are short. */
    static final int MAX_RELATED = 160;
    /** Header lines longer than this are prose, not a title or a place. */
    static final int MAX_TITLE = 300;
    /** A place line such as {@code Washington, DC} is short. */
    static final int MAX_PLACE = 60;
    /** A place without a comma, {@code Astana} or {@code Kuala Lumpur}, is shorter. */
    static final int MAX_BARE_PLACE = 30;
    /** Header lines read for title, date, place and speakers; a header is a few lines. */
    static final int MAX_HEADER_LINES = 60;
    /** Mixed-case labels without bold make a transcript from this many on. */
    static final int MIN_PLAIN_LABELS = 3;
    /** A photo credit in brackets at the end of a caption is short. */
    static final int MAX_CREDIT = 120;
    /** Stage notes such as {@code (The briefing was concluded at 3:33 p.m.)} are short. */
    static final int MAX_NOTE = 200;

    /** The role of a staff member who says they moderate the briefing. */
    private static final String MODERATOR = "Moderator";
    /** How far before {@code moderating} the {@code I} of {@code I'll be moderating} may stand. */
    private static final int MODERATING_REACH = 16;

    /** The field that states where a GOV.UK speech was given. */
    private static final String LOCATION_FIELD = "Location:";

    /** Hong Kong's end mark before the release's day. */
    private static final String ENDS_SLASH = "Ends/";
    /** The front-matter key under which Markdown archives of White House transcripts give the event's day. */
    static final String FRONT_MATTER_DATE = "date";
    /** The shape of an ISO 8601 date, digits as {@code 9}. */
    private static final String ISO_DATE = "9999-99-99";

    /** US government transcripts write numeric dates month first. */
    private static final DatelineParser DATES = DatelineParser.monthFirst();

    private static final BoilerplateRules BOILERPLATE = BoilerplateRules.standard()
            .with(DiscardReason.BOILERPLATE, BoilerplateRules.Match.PREFIX,
                    "official websites use .gov", "secure .gov websites use https", "a .gov website belongs to",
                    "a lock (", "share sensitive information only on official")
            .with(DiscardReason.NAVIGATION, BoilerplateRules.Match.EXACT, "hide", "view", "tags", "related",
                    "related articles", "related content", "print this page", "is this page useful?")
            // GOV.UK's page foot: "Updates to this page" / "Published 4 February 2026", "Sign up for emails ..."
            .with(DiscardReason.NAVIGATION, BoilerplateRules.Match.PREFIX, "updates to this page",
                    "sign up for emails")
            // Hong Kong's Information Services Department closes every release with "NNNN", a telex's end
            .with(DiscardReason.FOOTER, BoilerplateRules.Match.EXACT, "nnnn")
            // The headings that divide a briefing (MOFA, UN): nobody speaks them.
            .with(DiscardReason.METADATA, BoilerplateRules.Match.EXACT, "questions and answers",
                    "question and answer session", "opening remarks", "opening statement", "**questions and answers",
                    "q&a", "q & a");

    /** Openings of photo captions written as text. */
    private static final List<String> CAPTION_OPENERS = List.of("left to right:", "from left:", "from left to right",
            "l-r:", "(l-r)", "(l to r)", "photo:", "pictured:", "file photo", "photo credit");

    /** Openings of titles that say the document is a transcript. */
    private static final List<String> TRANSCRIPT_WORDS = List.of("remarks", "press briefing", "press conference",
            "press availability", "joint press", "transcript", "interview", "briefing", "media availability",
            "readout", "q&a");
    private static final Vocabulary TRANSCRIPT_VOCABULARY = Vocabulary.of(TRANSCRIPT_WORDS);

    private final SourceDocument source;
    private final Document.Builder doc;
    private final SpeakerResolver speakers = new SpeakerResolver();
    private final boolean html;
    private final String metadataTitle;

    private final Set<String> surnames = new HashSet<>();
    /** Whether each label shaped like an outlet's acronym is one, decided at its first turn; made when needed. */
    private Map<String, Boolean> outletAcronyms;
    /** The header line just read was a {@code Location:} field alone: its value is the next line. */
    private boolean locationField;
    /** The {@code STAFF} label whose speaker said they moderate, or null. */
    private String moderatorLabel;
    private int paragraphCount;
    private int headerLines;
    private String title;
    /** The header line just read was the title, which a text page may wrap onto the next line. */
    private boolean titleLine;
    private String place;
    /** A place printed alone under the title or date ({@code Astana}), the place when no other is found. */
    private String barePlace;
    private LocalDate date;
    private LocalTime time;
    /** The header line just read was the title, a date or a time: a place may stand alone on the next. */
    private boolean titleOrDateLine;
    /** A header line that is a date (not the title's date) has been read: what follows is past the header. */
    private boolean dateLineRead;

    /**
     * @param source the loaded transcript
     * @param format the format id to record in the document
     */
    public TranscriptParser(SourceDocument source, String format) {
        this.source = source;
        this.doc = Document.builder(source.name(), format);
        this.html = source.markup() == SourceDocument.Markup.HTML;
        this.metadataTitle = source.statedTitle().orElse(null);
    }

    /**
     * Scores how much a source looks like a transcript: speaker labels are what counts, and a government banner
     * or a title that says "Remarks" or "Press Briefing" adds to them.
     *
     * @param source the loaded input
     * @return a confidence in 0..1
     */
    public static double detect(SourceDocument source) {
        // Labels decide: a source without one is no transcript, and most sources are rejected by this loop alone,
        // each block within a few characters. From the fourth label on the score no longer changes.
        List<Block> head = source.head(DETECT_BLOCKS);
        HeadLabels read = new HeadLabels(head);
        int labels = 0;
        int firstLabel = -1;
        // "Q Street was closed": a Q and one space opens a turn of a page that collapsed "Q&nbsp;&nbsp;", but
        // opens an ordinary paragraph too, so such a label counts only beside a label of another kind.
        int looseQuestions = 0;
        boolean onlyQuestionsAndAnswers = true;
        // Labels in capitals or bold first. Mixed-case ones are looked for only when those are few; each block
        // is read at most once for each kind.
        boolean plain = false;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < head.size() && labels < 4; i++) {
                SpeakerLabel label = read.label(i, plain);
                if (label != null && labels == 0 && isLooseQuestion(label, head.get(i))) {
                    looseQuestions++;
                } else if (label != null) {
                    labels++;
                    firstLabel = firstLabel < 0 ? i : firstLabel;
                    onlyQuestionsAndAnswers &= isQuestionOrAnswer(label.label());
                }
            }
            // A page need not set its labels in bold: China's foreign ministry prints "CCTV:" and "Lin Hao:" plain.
            // The mixed-case pass is the last: its count stands (three "Lin Hao:" labels were once reset to none).
            if (labels >= 4 || plain || !read.acceptsPlain()) {
                break;
            }
            plain = true;
            labels = 0;
            looseQuestions = 0;
            firstLabel = -1;
            onlyQuestionsAndAnswers = true;
        }
        if (labels == 0) {
            return 0;
        }
        labels = Math.min(4, labels + looseQuestions);
        if (onlyQuestionsAndAnswers && proseBefore(head, firstLabel) >= ARTICLE_LEDE) {
            return 0;   // a news interview: paragraphs of reporting, then "Q:" and "A:"; the article parser keeps them
        }
        boolean banner = false;
        boolean transcriptTitle = source.metadata(MetadataKeys.TITLE).map(TranscriptParser::soundsLikeTranscript)
                .orElse(false);
        for (int i = 0; i < firstLabel; i++) {
            Block block = head.get(i);
            banner |= isGovernmentBanner(block.text());
            transcriptTitle |= i < 5 && soundsLikeTranscript(block.lines().get(0));
        }
        double score = switch (labels) {
            case 0 -> 0;
            case 1 -> 0.4;
            case 2 -> 0.7;
            case 3 -> 0.75;
            // At most 0.9 with the bonus: a provider made for one government's transcripts can outbid this one.
            default -> 0.8;
        };
        if (labels > 0 && (banner || transcriptTitle)) {
            score += 0.1;
        }
        return Math.min(1.0, score);
    }

    /**
     * The labels that open a source's first blocks, each block read at most once for each kind: detection asks
     * for labels in capitals or bold, then, where those are few, for mixed-case ones, and parsing asks again.
     */
    private static final class HeadLabels {
        private final List<Block> blocks;
        private final SpeakerLabel[] capitals;
        private final SpeakerLabel[] plain;
        /** Per block: 1 once {@link #capitals} is read, 2 once {@link #plain} is. */
        private final byte[] done;

        HeadLabels(List<Block> blocks) {
            this.blocks = blocks;
            this.capitals = new SpeakerLabel[blocks.size()];
            this.plain = new SpeakerLabel[blocks.size()];
            this.done = new byte[blocks.size()];
        }

        /**
         * The label in capitals or bold, or, where {@code plainToo}, in mixed case; null when there is none. A
         * name alone ({@code Pavel Orlov:}) counts only where another of these blocks opens with it too; an outlet
         * alone ({@code CCTV:}) never counts.
         */
        SpeakerLabel label(int i, boolean plainToo) {
            SpeakerLabel label = rawLabel(i, plainToo);
            if (label != null && label.outlet()) {
                return null;    // "Reuters: ..." opens a news digest's paragraph too; the speakers' labels decide
            }
            return label == null || label == capitals[i] || !label.nameOnly() || opensAnother(i, label.label())
                    ? label : null;
        }

        /** Whether a block other than the {@code i}th opens with {@code name} and a colon. */
        private boolean opensAnother(int i, String name) {
            int length = name.length();
            for (int j = 0; j < blocks.size(); j++) {
                String text = blocks.get(j).text();
                if (j != i && text.length() > length && text.charAt(length) == ':' && text.startsWith(name)) {
                    return true;
                }
            }
            return false;
        }

        /** As {@link #label}, names alone included whether or not they recur. */
        SpeakerLabel rawLabel(int i, boolean plainToo) {
            if ((done[i] & 1) == 0) {
                capitals[i] = SpeakerLabel.read(blocks.get(i)).orElse(null);
                done[i] |= 1;
            }
            if (capitals[i] != null || !plainToo) {
                return capitals[i];
            }
            if ((done[i] & 2) == 0) {
                plain[i] = SpeakerLabel.readPlainOrName(blocks.get(i)).orElse(null);
                done[i] |= 2;
            }
            return plain[i];
        }

        /**
         * Whether mixed-case labels without bold count in this source: a text copied from a web page has lost
         * the bold that marks them, but a transcript shows {@value #MIN_PLAIN_LABELS} or more, where an article
         * has at most a stray {@code Prime Minister: ...}. Some sites print them plain in HTML too.
         */
        boolean acceptsPlain() {
            int found = 0;
            int capitalised = 0;
            for (int i = 0; i < blocks.size() && found < MIN_PLAIN_LABELS; i++) {
                if (label(i, false) != null) {
                    capitalised++;
                } else if (label(i, true) != null) {
                    found++;
                }
            }
            // Beside labels in capitals ("SG:"), two mixed-case ones ("Question:") are enough: the source is a
            // transcript already.
            return found >= MIN_PLAIN_LABELS || found >= 2 && capitalised >= 2;
        }
    }

    /** The label that opens the block: in capitals or bold, or, where {@code plain} allows it, in mixed case. */
    private static Optional<SpeakerLabel> label(Block block, boolean plain) {
        Optional<SpeakerLabel> label = SpeakerLabel.read(block);
        return label.isPresent() || !plain ? label : SpeakerLabel.readPlainOrName(block);
    }

    private static boolean isCapitals(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Q Thanks, Dana.}: a bare Q with a single space after it, the form a page's collapsed spaces leave. */
    private static boolean isLooseQuestion(SpeakerLabel label, Block block) {
        String text = block.text();
        return label.textStart() == 2 && text.charAt(1) == ' ';
    }

    /** The unnamed labels of an interview's questions and answers. */
    private static boolean isQuestionOrAnswer(String label) {
        return label.equalsIgnoreCase("Q") || label.equalsIgnoreCase("A") || label.equalsIgnoreCase("QUESTION")
                || label.equalsIgnoreCase("ANSWER");
    }

    /** Whether some name opens two or more blocks as a label. */
    private static boolean recurs(Map<String, Integer> names) {
        for (Integer count : names.values()) {
            if (count >= 2) {
                return true;
            }
        }
        return false;
    }

    /** How many of the blocks before {@code end} are paragraphs of reporting: long, and ending like a sentence. */
    private static int proseBefore(List<Block> head, int end) {
        int prose = 0;
        for (int i = 0; i < end; i++) {
            String text = head.get(i).text();
            if (text.length() >= MIN_LEDE_PARAGRAPH && endsLikeSentence(text)) {
                prose++;
            }
        }
        return prose;
    }

    /** @return the parsed transcript */
    public Document parse() {
        List<Block> blocks = source.blocks();
        // decided on the blocks detection reads, so that the two agree
        HeadLabels head = new HeadLabels(source.head(DETECT_BLOCKS));
        boolean plain = head.acceptsPlain();
        int firstLabel = -1;
        int lastLabel = -1;
        List<Optional<SpeakerLabel>> labels = new ArrayList<>(blocks.size());
        Map<String, Integer> names = null;
        for (int i = 0; i < blocks.size(); i++) {
            Optional<SpeakerLabel> label = i < head.blocks.size() ? Optional.ofNullable(head.rawLabel(i, plain))
                    : label(blocks.get(i), plain);
            labels.add(label);
            if (label.isPresent() && label.get().nameOnly()) {
                names = names == null ? new HashMap<>() : names;
                Integer seen = names.get(label.get().label());
                names.put(label.get().label(), seen == null ? 1 : seen + 1);
            }
        }
        // "Key Points: ..." opens one paragraph, a speaker's name several; once one name recurs, the transcript
        // prints its speakers by name, and a name that speaks once ("Dmitry Sokolov: one last question") is one.
        boolean namesRecur = names != null && recurs(names);
        for (int i = 0; i < blocks.size(); i++) {
            Optional<SpeakerLabel> label = labels.get(i);
            if (names != null && !namesRecur && label.isPresent() && label.get().nameOnly()) {
                label = Optional.empty();
                labels.set(i, label);
            }
            if (label.isPresent()) {
                if (!isCapitals(label.get().label())) {
                    // A label in mixed case names its speaker as the text does: "NATO Spokesperson Mira Castell".
                    speakers.addIntroduction(label.get().label());
                }
                firstLabel = firstLabel < 0 ? i : firstLabel;
                lastLabel = i;
                // No lambda: C1-compiled code allocates a capturing lambda through a slow runtime call.
                Optional<String> surname = label.get().surname();
                if (surname.isPresent() && surnames.add(surname.get().toUpperCase(Locale.ROOT))) {
                    // "Official Spokesperson, Shri Rohan Mehta", "JOHN RIVERA/GMA NEWS": the label introduces its
                    // speaker in full
                    String printed = label.get().label().indexOf('/') > 0 ? label.get().nameBeforeOutlet()
                            : label.get().label().indexOf(',') > 0 ? label.get().label() : null;
                    if (printed != null) {
                        speakers.addIntroduction(isCapitals(printed)
                                ? SpeakerLabel.titleCase(SpeakerResolver.splitAtSpaces(printed)) : printed);
                    }
                }
            }
            speakers.addBody(blocks.get(i).text());
        }
        int headerEnd = firstLabel < 0 ? blocks.size() : firstLabel;
        for (int i = 0; i < headerEnd; i++) {
            header(blocks.get(i));
        }
        if (title == null) {
            title = metadataTitle;
        }
        if (title != null) {
            speakers.addIntroduction(title);
        }
        if (firstLabel >= 0) {
            int trailStart = trailStart(blocks, lastLabel);
            turns(blocks, labels, firstLabel, trailStart, plain);
            for (int i = trailStart; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                Optional<DiscardReason> reason = trailReason(block);
                if (place == null && block.lines().size() == 2 && BOILERPLATE.classify(block.text()).isEmpty()) {
                    place = closingPlace(block);
                }
                if (date == null && isEndsAndDate(block.text())) {
                    date = DATES.parseDate(block.lines().get(0).substring(ENDS_SLASH.length())).orElse(null);
                }
                discard(block, reason.orElse(DiscardReason.RELATED_CONTENT));
            }
        }
        doc.title(title);
        place = place != null ? place : barePlace;
        if (date == null) {
            date = statedDate(source).orElse(null);
        }
        if (place != null || date != null || time != null) {
            doc.dateline(Dateline.of(place, date, time));
        }
        source.metadata(MetadataKeys.CANONICAL_URL).ifPresent(doc::url);
        // A saved page names the site that published it ("The White House", "President of Russia").
        source.metadata(MetadataKeys.SITE_NAME).ifPresent(doc::publisher);
        doc.people(speakers.people());
        return doc.build();
    }

    /**
     * The day the page's metadata states, for a transcript whose text gives only a time: the {@code date} of a
     * Markdown archive's front matter (the day of the event), else the publication date. Only the day is taken;
     * a publication time is not the time the event began.
     */
    private static Optional<LocalDate> statedDate(SourceDocument source) {
        Optional<String> stated = source.metadata(FRONT_MATTER_DATE).or(() -> source.metadata(MetadataKeys.PUBLISHED));
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        String value = stated.get().strip();
        if (value.length() < ISO_DATE.length() || !isIsoDate(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, ISO_DATE.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();    // 2023-02-30: stated, but no day
        }
    }

    /** Whether the value opens with {@code YYYY-MM-DD} followed by nothing, a space or a {@code T}. */
    private static boolean isIsoDate(String value) {
        for (int i = 0; i < ISO_DATE.length(); i++) {
            char c = value.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (ISO_DATE.charAt(i) == '-' ? c != '-' : !digit) {
                return false;
            }
        }
        return value.length() == ISO_DATE.length() || value.charAt(ISO_DATE.length()) == ' '
                || value.charAt(ISO_DATE.length()) == 'T';
    }

    // ---------------------------------------------------------------- header

    private void header(Block block) {
        if (block.kind() == BlockKind.CAPTION) {
            speakers.addIntroduction(block.text());
            discard(block, DiscardReason.CAPTION);
            return;
        }
        if (block.lines().size() == 1 && block.mainContent()
                && (isProse(block.text()) || dateLineRead && title != null && isSpokenSentence(block.text()))) {
            // An introduction spoken by nobody in particular, before the first label: it is body text.
            doc.paragraph(block.text());
            paragraphCount++;
            speakers.addSpoken(block.text());
            return;
        }
        // Text transcripts put title, location-and-date and the repeated date on consecutive lines of one block.
        // Indexed: an immutable list's iterator has a type check that made C2 deoptimise its callers.
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            // The reason is recorded here, once, rather than at each of headerLine's many exits: less to compile.
            String line = lines.get(i);
            DiscardReason reason = headerLine(block, line);
            if (reason != null) {
                doc.discard(line, reason, block.line());
            }
        }
    }

    /**
     * Reads a line of the header: the title, date, time, place or a speaker's introduction.
     *
     * @return why the line is set aside, or null when it was read as body text
     */
    private DiscardReason headerLine(Block block, String line) {
        Optional<DiscardReason> chrome = BOILERPLATE.classify(line);
        if (chrome.isPresent()) {
            return chrome.get();
        }
        if (++headerLines > MAX_HEADER_LINES) {
            // No transcript introduces itself at such length: the rest is set aside without reading it.
            return block.mainContent() ? DiscardReason.METADATA : DiscardReason.OUTSIDE_CONTENT;
        }
        if (isBreadcrumb(line)) {
            return DiscardReason.NAVIGATION;
        }
        if (locationField || line.startsWith(LOCATION_FIELD)) {
            // GOV.UK's "Location:" / "Doncaster", or "Location: Lancaster House, London" on one line: where the
            // speech was given, stated as such.
            String stated = locationField ? line : line.substring(LOCATION_FIELD.length()).strip();
            locationField = stated.isEmpty();
            if (place == null && !stated.isEmpty() && stated.length() <= MAX_PLACE) {
                place = stated;
            }
            return DiscardReason.METADATA;
        }
        if (mayBeCaption(line) && isCaption(line)) {
            speakers.addIntroduction(line);
            return DiscardReason.CAPTION;
        }
        if (block.lines().size() > 1 && block.mainContent() && isProse(line)) {
            // "**Sahel" / "Our humanitarian colleagues tell us ...": a UN noon briefing's opening notes, each a
            // heading line over its text, are spoken before the first label; the text is body, as a one-line
            // block of prose is.
            doc.paragraph(line);
            paragraphCount++;
            speakers.addSpoken(line);
            return null;
        }
        boolean wrappedTitle = titleLine;
        titleLine = false;
        boolean afterTitleOrDate = titleOrDateLine;
        titleOrDateLine = false;
        if (wrappedTitle && Character.isLowerCase(line.codePointAt(0)) && title.length() + line.length() < MAX_TITLE) {
            // "Press conference" / "by NATO Secretary General ... following the meeting of ...": one title.
            title = title + " " + line;
            return DiscardReason.METADATA;
        }
        Optional<Dateline> dateline = DATES.parse(line);
        if (dateline.isEmpty() && line.endsWith(")")) {
            dateline = dateWithBracketedTime(line);
        }
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            if (title == null && d.place().isPresent() && soundsLikeTranscript(d.place().get())
                    && isTitle(block, line)) {
                // "Government press conference of 14 May 2025": a title that ends in its date, with no place
                title = line;
                date = date != null ? date : d.date().orElse(null);
                return DiscardReason.METADATA;
            }
            dateLineRead = true;
            titleOrDateLine = true;
            if (date == null) {
                date = d.date().orElse(null);
                place = place != null ? place : d.place().orElse(null);
                // The time of a page's "Last updated" stamp is not the time the event began.
                time = time != null || DatelineParser.opensWithPageStamp(line) ? time : d.time().orElse(null);
            }
            return DiscardReason.METADATA;
        }
        Optional<LocalTime> lineTime = DATES.parseTime(line);
        if (lineTime.isPresent()) {
            time = time != null ? time : lineTime.get();
            titleOrDateLine = true;
            return DiscardReason.METADATA;
        }
        if (title == null && isTitle(block, line)) {
            title = line;
            date = date != null ? date : titleDate(line);
            titleLine = !html && metadataTitle == null;
            titleOrDateLine = true;
            return DiscardReason.METADATA;
        }
        // Main-content extraction may misjudge a short header line, so title, date and time are read above
        // whatever it said; what remains of the page's chrome before the headline is set aside here. After it,
        // a page's header sets the speaker and place apart from the body (state.gov's "Ned Price, Department
        // Spokesperson" / "Washington, DC"): those lines are read as a text transcript's are.
        if (!block.mainContent() && !(html && title != null)) {
            return DiscardReason.OUTSIDE_CONTENT;
        }
        // Speaker introductions ("Ned Price, Department Spokesperson") and places ("Washington, DC") are read
        // as metadata; the resolver decides later whether a line names a speaker.
        speakers.addIntroduction(line);
        char first = line.charAt(0);
        if ((first == 'A' || first == 'E') && isTravelLine(line)) {
            // "Aboard Air Force One" / "En Route Tucson, Arizona": the words were spoken aboard the plane, which is
            // the dateline a reporter travelling with it writes; the place it is flying to is no dateline.
            int enRoute = line.indexOf(" En Route ");
            place = place != null || first == 'E' ? place : enRoute > 0 ? line.substring(0, enRoute) : line;
        } else if (place == null && !namesSpeaker(line) && isPlace(line)) {
            place = line;
        } else if (barePlace == null && afterTitleOrDate && line.length() <= MAX_BARE_PLACE && isBarePlace(line)
                && !namesSpeaker(line)) {
            barePlace = line;   // taken only if no "Riverside, California" follows "Riverside Community College"
        }
        return DiscardReason.METADATA;
    }

    /**
     * The date a title too long for a dateline ends with: {@code ... Regular Press Conference on April 8, 2026}
     * (China's foreign ministry); null when it ends otherwise.
     */
    private static LocalDate titleDate(String title) {
        int end = endWithoutSpaces(title);
        if (end == 0 || !Character.isDigit(title.charAt(end - 1))) {
            return null;
        }
        int on = title.lastIndexOf(" on ");
        LocalDate stated = on < 0 || end - on > MAX_PLACE ? null
                : DATES.parseDate(title.substring(on + 4, end)).orElse(null);
        // "... media briefing on health emergencies – 14 May 2026" (WHO): the date after a dash
        int dash = stated != null ? -1 : Math.max(title.lastIndexOf(" \u2013 "), title.lastIndexOf(" - "));
        return dash < 0 || end - dash > MAX_PLACE ? stated
                : DATES.parseDate(title.substring(dash + 3, end)).orElse(null);
    }

    /**
     * A date followed by the time of day in brackets: {@code Thursday, June 11, 2026 (AM)} (Japan's Cabinet
     * office, which gives only the half of the day), {@code April 14, 2026 (11:35 A.M. – 12:20 P.M.)} (the
     * Philippine Palace, which gives the briefing's span; its start is the time).
     */
    private static Optional<Dateline> dateWithBracketedTime(String line) {
        int open = line.lastIndexOf('(');
        if (open <= 0 || line.length() - open > MAX_PLACE) {
            return Optional.empty();
        }
        Optional<Dateline> stated = DATES.parse(line.substring(0, open));
        if (stated.isEmpty() || stated.get().date().isEmpty()) {
            return Optional.empty();
        }
        int end = line.length() - 1;
        for (int i = open + 1; i < end; i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                end = i;    // "11:35 A.M. – 12:20 P.M.": the span's start
                break;
            }
        }
        Optional<LocalTime> start = DATES.parseTime(line.substring(open + 1, end));
        Dateline d = stated.get();
        return Optional.of(Dateline.of(d.place().orElse(null), d.date().get(),
                start.isPresent() ? start.get() : d.time().orElse(null)));
    }

    /** {@code Aboard Air Force One} or {@code En Route Tucson, Arizona}: a header line set on a journey. */
    private static boolean isTravelLine(String line) {
        return line.length() <= MAX_PLACE && (line.regionMatches(true, 0, "Aboard ", 0, 7)
                || line.regionMatches(true, 0, "En Route ", 0, 9));
    }

    /**
     * A photo caption: it opens like one ({@code Left to right:}) or closes with a photo credit in brackets, as
     * state.gov sets them: {@code ... on April 9, 2025. [State Department photo by Lena Ortiz/ Public Domain]}.
     */
    private static boolean isCaption(String line) {
        for (String opener : CAPTION_OPENERS) {
            if (line.regionMatches(true, 0, opener, 0, opener.length())) {
                return true;
            }
        }
        int end = endWithoutSpaces(line);
        if (end == 0 || line.charAt(end - 1) != ']' && line.charAt(end - 1) != ')') {
            return false;
        }
        int open = line.lastIndexOf(line.charAt(end - 1) == ']' ? '[' : '(', end - 1);
        return open >= 0 && end - open <= MAX_CREDIT
                && line.substring(open, end).toLowerCase(Locale.ROOT).contains("photo");
    }

    /**
     * Whether the line could be a caption: the openers start with l, f, p or a bracket, other captions close with
     * a credit's bracket. Most header lines are turned down here by two characters.
     */
    private static boolean mayBeCaption(String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if (first >= 128 || first == '(' || "lfp".indexOf(first | 0x20) >= 0) {
            return true;
        }
        int end = endWithoutSpaces(line);
        return end > 0 && (line.charAt(end - 1) == ']' || line.charAt(end - 1) == ')');
    }

    /**
     * A breadcrumb trail copied with the page: {@code Home | Office of the Spokesperson | Secretary ...}, two or
     * more separators between short steps.
     */
    private static boolean isBreadcrumb(String line) {
        int separators = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '|' || c == '>' || c == '\u203a' || c == '\u00bb') && line.charAt(i - 1) == ' '
                    && line.charAt(i + 1) == ' ') {
                separators++;
            }
        }
        return separators >= 2;
    }

    private boolean isTitle(Block block, String line) {
        if (html || metadataTitle != null) {
            // A second-level heading outside the content is the page's chrome ("Cookies on GOV.UK", a hidden
            // "Main navigation"), not the headline under it.
            return block.isHeading() && (block.level() == 1 || block.level() == 2 && block.mainContent())
                    || line.equals(metadataTitle);
        }
        return line.length() <= MAX_TITLE && !line.endsWith(".") && Character.isUpperCase(line.codePointAt(0))
                && line.indexOf(' ') > 0;
    }

    /**
     * Whether the line mentions a labelled speaker's surname, as {@code Ned Price, Department Spokesperson} does:
     * some word between spaces, commas, semicolons, colons and brackets is one. Scanned in place rather than with
     * {@code split}, which compiles its pattern on every call.
     */
    private boolean namesSpeaker(String line) {
        int n = line.length();
        // As split would: a line opening with a separator has an empty first word, and so has an empty line.
        if ((n == 0 || isWordSeparator(line.charAt(0)) && hasWord(line)) && surnames.contains("")) {
            return true;
        }
        int i = 0;
        while (i < n) {
            while (i < n && isWordSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWordSeparator(line.charAt(i))) {
                i++;
            }
            if (start < i && surnames.contains(line.substring(start, i).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isWordSeparator(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordSeparator(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')';
    }

    /**
     * {@code Washington, DC}, {@code Honolulu, Hawaii}: a few capitalised words around a comma, no role after it
     * ({@code Jonas Weber, Federal Foreign Office} introduces a speaker).
     */
    private static boolean isPlace(String line) {
        if (line.length() > MAX_PLACE || line.indexOf(',') < 0 || line.endsWith(".") && !endsWithInitials(line)) {
            return false;
        }
        List<String> afterComma = SpeakerResolver.splitAtSpaces(line.substring(line.indexOf(',') + 1).strip());
        for (int i = 0; i < afterComma.size() && !endsWithVenue(line, line.indexOf(',')); i++) {
            if (SpeakerResolver.isRoleWord(afterComma.get(i))) {
                return false;
            }
        }
        // The words between single spaces, as split(" ") cuts them: trailing spaces cut no word, any other empty
        // word fails.
        int end = endWithoutSpaces(line);
        if (SpeakerResolver.wordCount(line) > 6) {
            return false;
        }
        boolean wordStart = true;
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (wordStart) {
                    return false;
                }
                wordStart = true;
                continue;
            }
            if (wordStart && !Character.isUpperCase(c) && !isPlaceParticle(line, i) || Character.isDigit(c)) {
                return false;
            }
            wordStart = false;
        }
        return true;
    }

    /** Rooms and buildings: {@code Briefing Room, Yongsan Presidential Office} is a place, not a speaker's role. */
    private static final Set<String> VENUES = Set.of("room", "hall", "building", "house", "palace", "centre",
            "center", "chamber", "auditorium", "theatre", "theater", "residence", "lounge", "library");

    /** Whether the words before {@code comma} end in a room or building. */
    private static boolean endsWithVenue(String line, int comma) {
        int start = line.lastIndexOf(' ', comma - 1) + 1;
        return comma - start >= 4 && VENUES.contains(line.substring(start, comma).toLowerCase(Locale.ROOT));
    }

    /** Small words of place names: {@code Palais de l'Élysée}, {@code Palacio de la Moneda}, {@code Isle of Man}. */
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "du", "des", "la", "le", "del", "di", "da",
            "of", "am", "an", "der", "y");

    /** Whether the lower-case word at {@code i} is one of {@link #PLACE_PARTICLES} or an elided {@code l'} before a capital. */
    private static boolean isPlaceParticle(String line, int i) {
        if (i == 0) {
            return false;
        }
        int end = line.indexOf(' ', i);
        end = end < 0 ? line.length() : end;
        if (end - i > 2 && (line.charAt(i + 1) == '\'' || line.charAt(i + 1) == '\u2019')
                && (line.charAt(i) == 'l' || line.charAt(i) == 'd')) {
            return Character.isUpperCase(line.charAt(i + 2));    // "l'Élysée", "d'Orsay"
        }
        return end - i <= 3 && PLACE_PARTICLES.contains(line.substring(i, end));
    }

    /**
     * {@code Astana}, {@code Kuala Lumpur}: a place on a line of its own under the title or the date, as the
     * Kremlin prints it; one to three capitalised words of letters, none of them a role word, none a word that
     * says what the document is ({@code Transcript}).
     */
    private static boolean isBarePlace(String line) {
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (wordStart) {
                    return false;
                }
                wordStart = true;
            } else if (wordStart) {
                if (!Character.isUpperCase(c) || ++words > 3) {
                    return false;
                }
                wordStart = false;
            } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        if (wordStart || soundsLikeTranscript(line)) {
            return false;
        }
        List<String> split = SpeakerResolver.splitAtSpaces(line);
        for (int i = 0; i < split.size(); i++) {
            if (SpeakerResolver.isRoleWord(split.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Washington, D.C.}: the last word is initials, each letter followed by a full stop. */
    private static boolean endsWithInitials(String line) {
        int start = line.lastIndexOf(' ') + 1;
        int length = line.length() - start;
        if (length < 2 || length % 2 != 0) {
            return false;
        }
        for (int i = start; i < line.length(); i += 2) {
            if (!Character.isUpperCase(line.charAt(i)) || line.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** The end of the text without its trailing spaces. */
    private static int endWithoutSpaces(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    // ---------------------------------------------------------------- turns

    private void turns(List<Block> blocks, List<Optional<SpeakerLabel>> labels, int firstLabel, int trailStart,
                       boolean plain) {
        SpeakerLabel label = null;
        Speaker speaker = null;
        List<String> spoken = new ArrayList<>();
        int turnStart = 0;
        for (int i = firstLabel; i < trailStart; i++) {
            Block block = blocks.get(i);
            Optional<SpeakerLabel> next = labels.get(i);
            String text = block.text();
            if (next.isEmpty() && plain && Character.isUpperCase(text.charAt(0))) {
                next = surnameLabel(text);
            }
            if (next.isPresent()) {
                if (label != null) {
                    doc.turn(new Turn(staffRole(label, speaker, spoken), label.label(), spoken, turnStart));
                }
                label = next.get();
                if (label.mayBeOutletAcronym() && isOutletAcronym(label, blocks, labels, i, trailStart)) {
                    label = label.asOutlet();
                }
                speaker = speakers.resolve(label);
                spoken = new ArrayList<>();
                turnStart = paragraphCount;
                text = withoutInterpretationNotes(text.substring(label.textStart()));
                if (text.isEmpty()) {
                    // A label printed on its own line: the turn's words follow in the next paragraphs.
                    discard(block, DiscardReason.METADATA);
                    continue;
                }
            } else if (block.kind() == BlockKind.CAPTION) {
                discard(block, DiscardReason.CAPTION);
                continue;
            } else if ((text.charAt(0) == '(' || text.charAt(0) == '[') && isBracketedNote(text)) {
                // "(Applause.)", "[Laughter.]" on a line of their own: the audience, not the speaker
                discard(block, DiscardReason.METADATA);
                continue;
            } else if (BOILERPLATE.classify(text).isPresent()) {
                discard(block, BOILERPLATE.classify(text).get());
                continue;
            } else if (text.charAt(0) == '(' || text.charAt(0) == '[') {
                // "[Translation] This support will reach ...": the interpreter's note is no part of the speech
                text = withoutInterpretationNotes(text);
                if (text.isEmpty()) {
                    discard(block, DiscardReason.METADATA);
                    continue;
                }
            }
            doc.paragraph(text);
            paragraphCount++;
            spoken.add(text);
            speakers.addSpoken(text);
        }
        if (label != null) {
            doc.turn(new Turn(staffRole(label, speaker, spoken), label.label(), spoken, turnStart));
        }
    }

    /**
     * The speaker of a {@code STAFF:} turn with the moderator's role where the staff member says that is what
     * they do, as the Pentagon's transcripts open: {@code STAFF: ... I'm Lieutenant Colonel Renata Ford, and I'll
     * be moderating today's call.} The role holds for the label's later turns.
     */
    private Speaker staffRole(SpeakerLabel label, Speaker speaker, List<String> spoken) {
        if (!label.anonymous() || !isStaffLabel(label.label())) {
            return speaker;
        }
        if (moderatorLabel == null && !spoken.isEmpty() && saysModerating(spoken.get(0))) {
            moderatorLabel = label.label();
        }
        return label.label().equals(moderatorLabel) ? new Speaker(speaker.name(), Optional.of(MODERATOR),
                speaker.kind()) : speaker;
    }

    /** {@code STAFF}, {@code STAFFER}: a label that says who employs the speaker, not what they do. */
    private static boolean isStaffLabel(String label) {
        return label.length() >= 5 && label.length() <= 7 && label.regionMatches(true, 0, "STAFF", 0, 5)
                && (label.length() == 5 || label.regionMatches(true, 5, "ER", 0, 2));
    }

    /**
     * Whether the speaker says they moderate: {@code I'll be moderating}, {@code I will moderate},
     * {@code I'm your moderator}, the {@code I} a few words before the verb.
     */
    static boolean saysModerating(String text) {
        for (int at = text.indexOf("moderat"); at > 0; at = text.indexOf("moderat", at + 7)) {
            int from = Math.max(0, at - MODERATING_REACH);
            for (int i = from; i + 1 < at; i++) {
                char after = text.charAt(i + 1);
                if (text.charAt(i) == 'I' && (i == 0 || text.charAt(i - 1) == ' ')
                        && (after == ' ' || after == '\'' || after == '\u2019')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a label shaped like an acronym ({@code SVT}, {@code RTÉ}) is an outlet standing for its unnamed
     * reporter, as China's and Japan's briefings print them: nobody in the document is called so, and its first
     * turn asks a question. The answer is kept for the label's later turns.
     */
    private boolean isOutletAcronym(SpeakerLabel label, List<Block> blocks, List<Optional<SpeakerLabel>> labels,
                                    int at, int end) {
        if (outletAcronyms == null) {
            outletAcronyms = new HashMap<>();
        }
        Boolean known = outletAcronyms.get(label.label());
        if (known != null) {
            return known;
        }
        boolean asks = blocks.get(at).text().indexOf('?', label.textStart()) > 0;
        for (int i = at + 1; !asks && i < end && labels.get(i).isEmpty(); i++) {
            asks = blocks.get(i).text().indexOf('?') >= 0;
        }
        boolean outlet = asks && !speakers.writesAsName(label.label());
        outletAcronyms.put(label.label(), outlet);
        return outlet;
    }

    /**
     * A label that is a bare surname, as German government transcripts print their ministries' spokespeople
     * ({@code Weber:}), read only where the header introduced the person ({@code Jonas Weber, Federal Foreign
     * Office}): a capitalised word and a colon alone would open many a paragraph.
     */
    private Optional<SpeakerLabel> surnameLabel(String text) {
        int colon = 1;
        while (colon < text.length() && colon <= SpeakerLabel.MAX_SURNAME && Character.isLetter(text.charAt(colon))) {
            colon++;
        }
        if (colon >= text.length() - 2 || text.charAt(colon) != ':' || text.charAt(colon + 1) != ' ') {
            return Optional.empty();
        }
        String surname = text.substring(0, colon);
        if (!speakers.introducesInFull(surname)) {
            return Optional.empty();
        }
        int start = colon + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        return Optional.of(new SpeakerLabel(surname, Optional.empty(), List.of(), Optional.of(surname), start));
    }

    /**
     * The place of a closing place-and-date block, as India's external affairs ministry signs its briefings
     * ({@code New Delhi} / {@code June 12, 2025}), or null.
     */
    private static String closingPlace(Block block) {
        String first = block.lines().get(0);
        if (first.length() > MAX_PLACE || first.isEmpty() || !Character.isUpperCase(first.charAt(0))
                || DATES.parseDate(block.lines().get(1)).isEmpty() || DATES.parseDate(first).isPresent()) {
            return null;
        }
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != ',' && c != '.' && c != '-') {
                return null;
            }
        }
        return first.strip();
    }

    /**
     * Finds where the text trailing the last turn begins: related-content links, a stage note closing the
     * briefing, page chrome. Everything before it belongs to the last turn.
     */
    private static int trailStart(List<Block> blocks, int lastLabel) {
        int start = blocks.size();
        while (start - 1 > lastLabel && trailReason(blocks.get(start - 1)).isPresent()) {
            start--;
        }
        return start;
    }

    private static Optional<DiscardReason> trailReason(Block block) {
        String text = block.text();
        Optional<DiscardReason> chrome = BOILERPLATE.classify(text);
        if (chrome.isPresent()) {
            return chrome;
        }
        if (!block.mainContent()) {
            return Optional.of(DiscardReason.OUTSIDE_CONTENT);
        }
        if (isStageNote(text)) {
            return Optional.of(DiscardReason.METADATA);
        }
        if (block.kind() == BlockKind.LIST_ITEM || block.isHeading() || isRelatedTitle(text)) {
            return Optional.of(DiscardReason.RELATED_CONTENT);
        }
        return Optional.empty();
    }

    /**
     * {@code (The briefing was concluded at 3:33 p.m.)}, {@code END 1:50 P.M. EST}, an end marker such as
     * {@code ENDS} (Australian and British transcripts) or a closing time.
     */
    private static boolean isStageNote(String text) {
        if (text.length() > MAX_NOTE) {
            return false;
        }
        if (DATES.parseTime(text).isPresent()) {
            return true;
        }
        if (isBracketedNote(text)) {
            return true;
        }
        if (BoilerplateRules.isEndMarker(text) || text.charAt(0) == '.' && isDotRule(text)
                || (text.charAt(0) | 0x20) == 'e' && isEndsAndDate(text)) {
            return true;
        }
        return text.regionMatches(true, 0, "END ", 0, 4) && DATES.parseTime(text.substring(4)).isPresent();
    }

    /**
     * {@code Ends/Tuesday, May 12, 2026}: Hong Kong's end mark joined to the day of the release, which may be
     * followed by an {@code Issued at HKT 12:48} line.
     */
    private static boolean isEndsAndDate(String text) {
        return text.regionMatches(true, 0, ENDS_SLASH, 0, ENDS_SLASH.length()) && text.length() > ENDS_SLASH.length()
                && text.charAt(ENDS_SLASH.length()) != ' ';
    }

    /** {@code .  .  .  .  .}: dots and spaces alone, the rule Singapore's transcripts close with. */
    private static boolean isDotRule(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c != ' ') {
                return false;
            }
        }
        return dots >= 3;
    }

    /**
     * A short note wholly in brackets: {@code (The briefing was concluded at 3:33 p.m.)}, {@code [Applause.]}.
     * Only one closing bracket, at the end, so that {@code (Inaudible) I think ... (laughs)} is speech.
     */
    private static boolean isBracketedNote(String text) {
        if (text.length() > MAX_NOTE || text.length() < 3) {
            return false;
        }
        char open = text.charAt(0);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        return close != 0 && text.indexOf(close) == text.length() - 1;
    }

    /** A title-like line: no closing punctuation and mostly capitalised words. */
    private static boolean isRelatedTitle(String text) {
        if (text.length() > MAX_RELATED || endsLikeSentence(text)) {
            return false;
        }
        int end = endWithoutSpaces(text);
        int words = SpeakerResolver.wordCount(text);
        int capitalised = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && (i == 0 || text.charAt(i - 1) == ' ')
                    && (Character.isUpperCase(c) || Character.isDigit(c))) {
                capitalised++;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 6;
    }

    /**
     * Drops notes such as {@code (Via interpreter)}, {@code (As interpreted.)} or {@code [Translation]} (Canada's
     * bilingual transcripts) that open a turn or a paragraph.
     */
    static String withoutInterpretationNotes(String text) {
        String rest = text.strip();
        for (int notes = 0; notes < 3 && (rest.startsWith("(") || rest.startsWith("[")); notes++) {
            int close = rest.indexOf(rest.charAt(0) == '(' ? ')' : ']');
            if (close < 0 || close > 40) {
                break;
            }
            String note = rest.substring(1, close).strip().toLowerCase(Locale.ROOT);
            if (!isInterpretationNote(note)) {
                break;
            }
            rest = rest.substring(close + 1).strip();
        }
        return rest;
    }

    private static boolean isInterpretationNote(String note) {
        if (note.startsWith("via interpret") || note.startsWith("as interpreted") || note.startsWith("through")
                && note.contains("interpret") || note.startsWith("interpret") || note.startsWith("translat")
                || note.startsWith("via translat")) {
            return true;
        }
        // "(In Japanese)": the language the speaker used.
        // Two words split at one space, as split(" ") would give them (the note is stripped).
        return note.length() > 3 && note.startsWith("in ") && note.indexOf(' ', 3) < 0
                && Character.isLetter(note.charAt(3)) && !note.equals("in inaudible");
    }

    // ---------------------------------------------------------------- helpers

    private void discard(Block block, DiscardReason reason) {
        doc.discard(block.text(), reason, block.line());
    }

    private static boolean isProse(String text) {
        return text.length() > MAX_TITLE || text.length() > 80 && endsLikeSentence(text);
    }

    /**
     * {@code Good afternoon.}: a short paragraph of its own after the title and date that ends a sentence is the
     * unlabelled opening of the person who called the event (gov.uk, the European Commission), not a header line.
     * {@code Washington, D.C.} ends in initials; {@code SUBJECTS: Defence; Housing.} is a header field.
     */
    private static boolean isSpokenSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return (last == '.' || last == '!' || last == '?') && Character.isUpperCase(text.charAt(0))
                && text.indexOf(' ') > 0 && text.indexOf(':') < 0 && !endsWithInitials(text);
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:;\u201d\"\u2026".indexOf(last) >= 0;
    }

    private static boolean isGovernmentBanner(String text) {
        return text.regionMatches(true, 0, "an official website of", 0, 22)
                || text.regionMatches(true, 0, "official websites use .gov", 0, 26);
    }

    private static boolean soundsLikeTranscript(String title) {
        return TRANSCRIPT_VOCABULARY.foundIn(title);
    }
}
