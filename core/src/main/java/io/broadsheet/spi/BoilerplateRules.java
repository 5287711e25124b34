package io.broadsheet.spi;

import io.broadsheet.DiscardReason;
import io.broadsheet.internal.Dashes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises blocks that are template text rather than content: {@code Your browser doesn't support HTML5},
 * {@code Page language:}, government banners, share and subscribe prompts, and the markers that end a release
 * ({@code ###}, {@code ENDS}).
 *
 * <p>Rules compare whole phrases after folding case, typographic apostrophes and runs of spaces, so they need no
 * regular expressions and cost time linear in the block. Only short blocks (at most {@value #MAX_LENGTH}
 * characters) can be boilerplate: a long paragraph that happens to start with "Share" is content. Instances are
 * immutable; {@link #with} returns an extended copy, which is how a provider adds its own site's phrases.
 *
 * <p>Besides phrases, the {@linkplain #standard() standard} rules know the shape of a photo caption filed as text
 * by news agencies ({@code FILE - Ministers arrive ...}, up to {@value #MAX_CAPTION} characters), discarded as
 * {@link DiscardReason#CAPTION}, and of a media player's clock ({@code 0:00 0:02:31 0:00}), discarded as
 * {@link DiscardReason#BOILERPLATE}. Reporting credits, which end agency copy, are recognised by
 * {@link #isReportingCredit} in the blocks {@link #creditsFrom} gives: a test on every short block of every
 * document would cost more than the few blocks that can hold them.
 */
public final class BoilerplateRules {

    /** Blocks longer than this are never boilerplate. */
    public static final int MAX_LENGTH = 200;

    /** A caption that opens with {@code FILE -} may be longer than other boilerplate, but not longer than this. */
    public static final int MAX_CAPTION = 500;
    /** A share button's notice ({@code The code has been copied to your clipboard.}) is short. */
    private static final int MAX_CLIPBOARD_NOTICE = 60;
    /** A media player's clock line ({@code 0:00 0:02:31 0:00}) is short. */
    private static final int MAX_PLAYER_CLOCK = 40;
    /** Who a follow prompt names ({@code Follow BBC Portmere}) is a few words. */
    private static final int MAX_FOLLOWED = 40;
    /** A block of reporting credits is no longer than this. */
    public static final int MAX_CREDIT = 300;
    /** Reporting credits stand among the last this many blocks of a story's main content. */
    public static final int CREDIT_BLOCKS = 6;

    /** Openings of reporting-credit sentences, folded: Reuters' bracketed credits and their unbracketed kin. */
    private static final List<String> CREDIT_OPENERS = List.of("(reporting by", "(writing by", "(editing by",
            "(additional reporting", "(compiled by", "additional reporting by", "with reporting by");
    /** Openings of credits that web pages print without Reuters' brackets, folded. */
    private static final List<String> UNBRACKETED_CREDIT_OPENERS = List.of("reporting by", "writing by",
            "editing by", "compiled by");
    /** What a credit sentence says of the reporting: {@code X contributed to this report}. */
    private static final List<String> CREDIT_PHRASES = List.of(" contributed to this report",
            " contributed to this story", " contributed to this article", " contributed reporting");
    /** Openings of a sentence naming the agencies a story drew on: {@code Some information came from Reuters}. */
    private static final List<String> SOURCE_NOTE_OPENERS = List.of("some information", "some material",
            "information for this", "material for this", "this report includes", "this story includes",
            "this article includes");
    /** What such a sentence must go on to say, so that {@code Some information was withheld} is not one. */
    private static final List<String> SOURCE_NOTE_VERBS = List.of(" came from ", " comes from ",
            " includes material from ", " includes information from ", " includes reporting from ");

    /** Headings of a release's notes for journalists, lower case, straight and curly apostrophes. */
    private static final List<String> EDITORS_NOTES = List.of("notes to editors", "notes for editors",
            "note to editors", "note for editors", "notes to editor", "notes to the editor", "editors' notes",
            "editors\u2019 notes", "editor's notes", "editor\u2019s notes", "editors notes", "notes to news editors");
    /** {@code Notes to editor}; {@code Notes to news editors:}. */
    private static final int MIN_NOTES_HEADING = 12;
    private static final int MAX_NOTES_HEADING = 24;
    /** The longest end marker, dashes and spaces around it included: {@code – ENDS –}. */
    private static final int MAX_END_MARKER = 12;
    /** What may stand around an end marker's word: {@code - ENDS -}, {@code – END –}, {@code *ENDS*}. */
    private static final String END_DASHES = "-\u2013\u2014 *";
    /** Lines that end a release or a transcript, folded. */
    private static final List<String> END_MARKERS = List.of("###", "# # #", "-30-", "- 30 -", "end", "ends",
            "-ends-");
    /** Headings of the lists of links a page sets under or inside a story, folded. */
    private static final List<String> LINK_LIST_HEADINGS = List.of("read more", "read also", "also read",
            "see also", "related", "related articles", "related stories", "related coverage", "related content",
            "related news", "more stories", "more news", "tags", "topics", "keywords", "most read", "most viewed",
            "most popular", "latest news", "latest stories", "top stories");
    /** {@code Tags}; {@code Related coverage:}. */
    private static final int MIN_LINK_LIST_HEADING = 4;
    private static final int MAX_LINK_LIST_HEADING = 20;

    private static final BoilerplateRules STANDARD = new BoilerplateRules(List.of(), true)
            .with(DiscardReason.FOOTER, Match.EXACT, END_MARKERS.toArray(new String[0]))
            .with(DiscardReason.BOILERPLATE, Match.PREFIX,
                    "your browser doesn't support", "your browser does not support",
                    "an official website of the united states government",
                    "here's how you know", "javascript is disabled", "please enable javascript",
                    "this video is not available", "advertisement", "skip advertisement",
                    "we use cookies", "this site uses cookies", "accept cookies", "cookie settings",
                    "no media source currently available", "width px height px",
                    "a version of this article appears in print")
            .with(DiscardReason.NAVIGATION, Match.PREFIX,
                    "page language:", "skip to main content", "skip to content", "share this article",
                    "share this page", "share this story", "share on facebook", "share on twitter",
                    "share on linkedin", "share via email", "email this article", "print this page",
                    "subscribe to our newsletter", "sign up for our ", "sign up for the",
                    "follow us on", "click here to subscribe", "back to top", "read more:", "related:",
                    "related articles", "related stories", "more on this story", "recommended for you",
                    "you may also like", "toggle navigation", "main menu", "breadcrumb", "sign up to ",
                    "updates to this page", "is this page useful", "explore more on these topics",
                    "reuse this content", "save articles to read later", "related topics")
            .with(DiscardReason.NAVIGATION, Match.EXACT,
                    "share", "tweet", "print", "email", "menu", "search", "home", "close", "subscribe",
                    "facebook", "twitter", "linkedin", "whatsapp", "copy link", "more",
                    "listen", "listen to this article", "comments", "next", "previous", "top",
                    "embed", "download", "download file", "download audio", "download video", "save",
                    "leave a comment")
            .with(DiscardReason.NAVIGATION, Match.EXACT, LINK_LIST_HEADINGS.toArray(new String[0]));

    private final List<Rule> rules;
    /** Whether the caption shape applies as well as the phrases: true for the standard rules. */
    private final boolean shapes;
    /** {@link #rules} as an array, for the loop every candidate block runs. */
    private final Rule[] ruleArray;
    /** Whether every phrase starts with an ASCII character once folded, so non-ASCII-led blocks match none. */
    private final boolean asciiLed;
    /** How many leading folded characters {@link #keys} hold: 3, or fewer when a phrase is shorter. */
    private final int keyLength;
    /**
     * The phrases' first {@link #keyLength} folded characters, packed 7 bits each, sorted; only phrases that
     * start with ASCII characters need be here, since only ASCII-led blocks are rejected by key.
     */
    private final int[] keys;

    private BoilerplateRules(List<Rule> rules, boolean shapes) {
        this.rules = List.copyOf(rules);
        this.shapes = shapes;
        this.ruleArray = this.rules.toArray(new Rule[0]);
        boolean ascii = true;
        for (Rule rule : ruleArray) {
            ascii &= rule.phrase.charAt(0) < 128;
        }
        this.asciiLed = ascii;
        int shortest = 3;
        for (Rule rule : this.rules) {
            shortest = Math.min(shortest, rule.phrase.length());
        }
        this.keyLength = shortest;
        this.keys = keys(ruleArray, keyLength);
    }

    /**
     * @return the distinct {@link #key}s of the rules' phrases that start with ASCII, sorted. A loop, not a
     *         stream: the standard rules are built at every start, in the interpreter, where a stream pipeline
     *         and its lambdas cost about a millisecond each to set up.
     */
    private static int[] keys(Rule[] rules, int keyLength) {
        int[] keys = new int[rules.length];
        int count = 0;
        for (Rule rule : rules) {
            int key = key(rule.phrase, keyLength);
            if (key >= 0) {
                keys[count++] = key;
            }
        }
        Arrays.sort(keys, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /**
     * Whether a block is a marker that ends a release or a transcript: {@code ###}, {@code -30-}, {@code END},
     * {@code ENDS}, also between dashes ({@code - ENDS -}, {@code – END –}) or with one dash left
     * ({@code ENDS -}, as a text copy gives {@code - ENDS -} when it reads the first dash as a list's bullet). The
     * standard rules discard such blocks as {@link DiscardReason#FOOTER}; providers whose documents go on after the
     * marker with page footer ask this to know where the content stops.
     *
     * @param blockText a block's text
     * @return whether it is an end marker
     */
    public static boolean isEndMarker(String blockText) {
        int length = blockText.length();
        if (length > MAX_END_MARKER) {
            return false;
        }
        if (END_MARKERS.contains(fold(blockText))) {
            return true;
        }
        int start = 0;
        int end = length;
        while (start < end && END_DASHES.indexOf(blockText.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && END_DASHES.indexOf(blockText.charAt(end - 1)) >= 0) {
            end--;
        }
        return (start > 0 || end < length) && end > start
                && END_MARKERS.contains(fold(blockText.substring(start, end)));
    }

    /**
     * Whether a block is the heading of a release's notes for journalists: {@code Notes to editors},
     * {@code Note for editors:}, {@code Editors' notes}, in any case. What follows it is background for the press
     * (and often its contacts), not the story; the article parser and the wire-release format both end the body
     * there.
     *
     * @param blockText a block's text
     * @return whether it is such a heading
     */
    public static boolean isEditorsNotesHeading(String blockText) {
        int length = blockText.length();
        if (length < MIN_NOTES_HEADING || length > MAX_NOTES_HEADING) {
            return false;
        }
        int n = blockText.charAt(length - 1) == ':' ? length - 1 : length;
        for (int i = 0; i < EDITORS_NOTES.size(); i++) {
            String heading = EDITORS_NOTES.get(i);
            if (heading.length() == n && blockText.regionMatches(true, 0, heading, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block is the heading of a list of links to other stories or topics that a page sets under or inside
     * the story: {@code Read also}, {@code Related stories}, {@code Most read}, {@code Tags}, with or without a
     * colon, in any case. The standard rules discard such headings as {@link DiscardReason#NAVIGATION}; a provider
     * reading a text copy asks this to know that the short lines under it are the list's headlines, not its story.
     *
     * @param blockText a block's text
     * @return whether it is such a heading
     */
    public static boolean isLinkListHeading(String blockText) {
        int length = blockText.length();
        return length >= MIN_LINK_LIST_HEADING && length <= MAX_LINK_LIST_HEADING
                && LINK_LIST_HEADINGS.contains(fold(blockText.charAt(length - 1) == ':'
                ? blockText.substring(0, length - 1) : blockText));
    }

    /** @return the built-in rules */
    public static BoilerplateRules standard() {
        return STANDARD;
    }

    /** @return a rule set with no rules, for providers that want full control */
    public static BoilerplateRules none() {
        return new BoilerplateRules(List.of(), false);
    }

    /**
     * Returns a copy with more phrases.
     *
     * @param reason  the reason recorded for blocks that match
     * @param match   how a phrase must match the block
     * @param phrases phrases, compared case-insensitively with typographic apostrophes folded
     * @return the extended rule set
     * @throws IllegalArgumentException if a phrase is blank
     */
    public BoilerplateRules with(DiscardReason reason, Match match, String... phrases) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(match, "match");
        List<Rule> extended = new ArrayList<>(rules);
        for (String phrase : phrases) {
            String folded = fold(Objects.requireNonNull(phrase, "phrase"));
            if (folded.isEmpty()) {
                throw new IllegalArgumentException("boilerplate phrase must not be blank: '" + phrase + "'");
            }
            extended.add(new Rule(folded, match, reason));
        }
        return new BoilerplateRules(extended, shapes);
    }

    /**
     * @param blockText a block's text
     * @return the reason the block is boilerplate, or empty when it is content
     */
    public Optional<DiscardReason> classify(String blockText) {
        Optional<DiscardReason> byPhrase = byPhrase(blockText);
        if (byPhrase.isPresent() || !shapes) {
            return byPhrase;
        }
        // told apart by the first character: nearly every block of every document comes this way
        char first = blockText.isEmpty() ? ' ' : blockText.charAt(0);
        if (first == 'F' && isFileCaption(blockText)) {
            return Optional.of(DiscardReason.CAPTION);
        }
        if (first == 'T' && (isClipboardNotice(blockText) || isNewTabNotice(blockText))) {
            return Optional.of(DiscardReason.BOILERPLATE);
        }
        if (first == 'F' && isFollowPrompt(blockText)) {
            return Optional.of(DiscardReason.NAVIGATION);
        }
        if (blockText.length() <= MAX_END_MARKER && isEndMarker(blockText)) {
            return Optional.of(DiscardReason.FOOTER);      // "- ENDS -": the phrases know only the bare forms
        }
        return isAsciiDigit(first) && isPlayerClock(blockText) ? Optional.of(DiscardReason.BOILERPLATE)
                : Optional.empty();
    }

    /**
     * {@code The URL has been copied to your clipboard}: a share button's notice. Read by its end, not as a phrase:
     * a phrase opening with {@code The} would send every paragraph that does through the full comparison.
     */
    private static boolean isClipboardNotice(String text) {
        String t = text.length() > 1 && text.charAt(text.length() - 1) == '.' ? text.substring(0, text.length() - 1)
                : text;
        return t.length() <= MAX_CLIPBOARD_NOTICE && t.endsWith(" copied to your clipboard");
    }

    /** {@code The following links open in a new tab}: a screen reader's note over a page's share buttons. */
    private static boolean isNewTabNotice(String text) {
        return text.length() <= MAX_CLIPBOARD_NOTICE && (text.endsWith(" open in a new tab")
                || text.endsWith(" opens in a new tab"));
    }

    /**
     * {@code Follow BBC Portmere on Facebook, X and Instagram.}: a prompt to follow the publisher's accounts, which
     * may go on to ask for story ideas. It names the network after {@code on}.
     */
    private static boolean isFollowPrompt(String text) {
        if (text.length() > MAX_LENGTH || !text.startsWith("Follow ")) {
            return false;
        }
        int on = text.indexOf(" on ");
        return on > 0 && on < MAX_FOLLOWED && (text.startsWith("Facebook", on + 4) || text.startsWith("X", on + 4)
                || text.startsWith("Instagram", on + 4) || text.startsWith("Twitter", on + 4));
    }

    /**
     * {@code 0:00 0:02:31 0:00}: the position and length a media player shows, which a page copied as text keeps.
     * Nothing but two or more clock times.
     */
    private static boolean isPlayerClock(String text) {
        if (text.length() > MAX_PLAYER_CLOCK || text.isEmpty() || !isAsciiDigit(text.charAt(0))) {
            return false;
        }
        int colons = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colons++;
            } else if (c == ' ' || c == '/') {
                space = true;
            } else if (!isAsciiDigit(c)) {
                return false;
            }
        }
        return colons >= 2 && space; // two times at least: "11:30" alone is a release's time stamp
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Optional<DiscardReason> byPhrase(String blockText) {
        if (blockText.length() > MAX_LENGTH || ruleArray.length == 0 || cannotMatch(blockText)) {
            return Optional.empty();
        }
        String folded = fold(blockText);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (Rule rule : ruleArray) {
            if (rule.matches(folded)) {
                return Optional.of(rule.reason);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code FILE - A cargo ship waits ...}: how AP and the outlets that carry its photos file an archive picture's
     * caption. Written in capitals, with a dash of any kind, so that prose beginning with the word is not one.
     */
    private static boolean isFileCaption(String text) {
        if (text.length() > MAX_CAPTION || !text.startsWith("FILE")) {
            return false;
        }
        if (text.startsWith(" PHOTO", 4)) {
            return true; // FILE PHOTO: or FILE PHOTO -
        }
        int i = 4;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > 4 && i < text.length() && Dashes.isDash(text.charAt(i));
    }

    /**
     * Where reporting credits can start: the index of the {@value #CREDIT_BLOCKS}th block of main content from the
     * end, since credits close a story and only page footer or notes follow them.
     *
     * @param blocks a document's blocks
     * @return the index from which {@link #isReportingCredit} is worth asking
     */
    public static int creditsFrom(List<Block> blocks) {
        int content = 0;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).mainContent() && ++content == CREDIT_BLOCKS) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whether a block holds nothing but reporting credits, the notes with which agency copy ends:
     * {@code Associated Press writer Lena Fischer in Berlin contributed to this report.},
     * {@code (Reporting by Jan Novak; Editing by Alex Roe)}, {@code Some information came from Reuters.}.
     * Every sentence of the block must be such a note, so a paragraph that reports something and then credits a
     * colleague stays content.
     *
     * @param blockText a block's text
     * @return whether the block is reporting credits
     */
    public static boolean isReportingCredit(String blockText) {
        if (blockText.length() > MAX_CREDIT || !mayBeCredit(blockText)) {
            return false;
        }
        int start = 0;
        int sentences = 0;
        while (start < blockText.length()) {
            int end = sentenceEnd(blockText, start);
            boolean whole = start == 0 && end == blockText.length();
            if (!isCreditSentence(fold(blockText.substring(start, end)), whole ? blockText.strip() : null)) {
                return false;
            }
            sentences++;
            start = end + 1;
        }
        return sentences > 0;
    }

    /**
     * Every credit has a word that starts one of {@code contribut...}, {@code reporting}, {@code came from},
     * {@code comes from}, {@code compiled by}, {@code editing by}, {@code writing by}; most short paragraphs have
     * none and are turned down by this one pass over their word starts, without being folded. One pass, not a
     * search per phrase: every short block of every document comes here, mostly before the JIT has compiled it.
     */
    private static boolean mayBeCredit(String text) {
        int n = text.length();
        int i = 0;
        while (i + 8 < n) {
            if (text.charAt(i) == '(') {
                i++;
            }
            int rest = i + 1;
            boolean found = switch (text.charAt(i) | 0x20) {
                case 'c' -> text.startsWith("ontribut", rest) || text.startsWith("ame from", rest)
                        || text.startsWith("omes from", rest) || text.startsWith("ompiled by", rest);
                case 'r' -> text.startsWith("eporting", rest);
                case 'e' -> text.startsWith("diting by", rest);
                case 'w' -> text.startsWith("riting by", rest);
                default -> false;
            };
            if (found) {
                return true;
            }
            int space = text.indexOf(' ', i);
            if (space < 0) {
                return false;
            }
            i = space + 1;
        }
        return false;
    }

    /**
     * The end of the sentence starting at {@code start}: a full stop followed by white space and a capital or a
     * bracket, or the end of the text; {@code Washington, D.C. contributed} goes on.
     */
    private static int sentenceEnd(String text, int start) {
        int i = text.indexOf('.', start);
        while (i >= 0) {
            int next = i + 1;
            if (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < text.length() && (Character.isUpperCase(text.charAt(next)) || text.charAt(next) == '(')) {
                    return i;
                }
            }
            i = text.indexOf('.', i + 1);
        }
        return text.length();
    }

    /**
     * @param sentence a sentence of the block, folded
     * @param block    the whole block when the sentence is all of it, else null
     */
    private static boolean isCreditSentence(String sentence, String block) {
        if (sentence.isEmpty()) {
            return false;
        }
        for (String opener : CREDIT_OPENERS) {
            if (sentence.startsWith(opener)) {
                return true;
            }
        }
        for (String opener : UNBRACKETED_CREDIT_OPENERS) {
            if (sentence.startsWith(opener)) {
                // Reporting by Jan Novak; Editing by Alex Roe. Without brackets "Reporting by ..." could open a
                // sentence of the story; a credit goes on to the next credit, or stands alone without a full stop.
                return sentence.contains("; ") || block != null && !block.endsWith(".") && block.indexOf('"') < 0
                        && block.indexOf('\u201c') < 0;
            }
        }
        for (String phrase : CREDIT_PHRASES) {
            int at = sentence.indexOf(phrase);
            if (at > 0 && (at + phrase.length() == sentence.length()
                    || sentence.startsWith(" from ", at + phrase.length()))) {
                return true;
            }
        }
        for (String opener : SOURCE_NOTE_OPENERS) {
            if (sentence.startsWith(opener)) {
                for (String verb : SOURCE_NOTE_VERBS) {
                    if (sentence.indexOf(verb, opener.length()) >= 0 || sentence.endsWith(verb.stripTrailing())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * True when the block's first folded characters are plain ASCII and start no phrase, so that no rule can
     * match; most blocks are rejected so, without being folded. Blocks whose opening folding would treat
     * specially (non-ASCII characters, full stops, an end within the key) are left to the full comparison.
     */
    private boolean cannotMatch(String blockText) {
        int key = 0;
        int length = 0;
        int i = 0;
        int n = blockText.length();
        while (length < keyLength) {
            if (i == n) {
                return false;
            }
            char c = blockText.charAt(i);
            if (isSpace(c)) {
                while (i < n && isSpace(blockText.charAt(i))) {
                    i++;
                }
                if (length == 0) {
                    continue;
                }
                if (i == n) {
                    return false;
                }
                c = ' ';
                i--;
            }
            if (c >= 128) {
                // Paragraphs that open with a quotation mark are common; folding leaves a non-ASCII character
                // first, unless it is one of the few that fold to ASCII.
                return length == 0 && asciiLed && !foldsToAscii(c);
            }
            if (c == '.') {
                return false;
            }
            key = key << 7 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            length++;
            i++;
        }
        return Arrays.binarySearch(keys, key) < 0;
    }

    /** The apostrophes {@link #fold} replaces, and the two characters that lower-case to ASCII. */
    private static boolean foldsToAscii(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u212A' || c == '\u0130';
    }

    /** Packs a folded phrase's first characters as {@link #cannotMatch} does, or -1 if one is not ASCII. */
    private static int key(String folded, int length) {
        int key = 0;
        for (int i = 0; i < length; i++) {
            char c = folded.charAt(i);
            if (c >= 128) {
                return -1;
            }
            key = key << 7 | c;
        }
        return key;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Folds text for comparison: lower case, typographic apostrophes as {@code '}, runs of white space as one
     * space, no surrounding white space or trailing full stop.
     */
    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '.') {
            end--;
        }
        return sb.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** How a phrase must match a block. */
    public enum Match {
        /** The whole block is the phrase. */
        EXACT,
        /** The block starts with the phrase. */
        PREFIX
    }

    private record Rule(String phrase, Match match, DiscardReason reason) {
        boolean matches(String folded) {
            return match == Match.EXACT ? folded.equals(phrase) : folded.startsWith(phrase);
        }
    }
}
