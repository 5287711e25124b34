package io.broadsheet.format.wire.internal;

import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;

import java.util.List;
import java.util.Optional;

/**
 * The marks by which an organisation's own press release is known when no agency carries it: a kicker over the
 * headline ({@code PRESS RELEASE}, {@code FOR IMMEDIATE RELEASE}), an end mark under the story ({@code ENDS},
 * {@code ###}, {@code -30-}), the notes for journalists ({@code Notes to editors}, {@code About Harrowgate Water})
 * and a media contact heading; and, to confirm the kicker, a {@code LEEDS, 12 March 2026 –} opening. A news
 * article may quote a spokesperson or mention "a press release", but it sets none of these apart as a block of its
 * own, and never two of them.
 *
 * <p>Detection asks this of every document no agency claims, so each block is turned down by its length or first
 * character before any text is compared.
 */
final class PressReleaseMarks {

    /** Below an agency opening (0.7): a release on a wire keeps its agency as the publisher either way. */
    static final double CONFIDENCE = 0.6;
    /** Each mark beyond the two that make a release adds a little. */
    private static final double PER_MARK = 0.02;
    private static final double MAX_CONFIDENCE = 0.69;

    /** The kickers over a release's headline, in lower case; they open with a letter of {@link #KICKER_INITIALS}. */
    private static final List<String> KICKERS = List.of("press release", "news release", "media release",
            "for immediate release");
    private static final String KICKER_INITIALS = "PpNnMmFf";
    private static final int MIN_KICKER = 12;
    /** {@code FOR IMMEDIATE RELEASE:} */
    private static final int MAX_KICKER = 22;

    /**
     * Openings of a media contact heading, in lower case ({@code Media contact:}, {@code For media enquiries,
     * contact the Press Office:}); they open with a letter of {@link #CONTACT_INITIALS}. Only a heading for the
     * press counts: a plain {@code Contact:} line closes letters pages and articles too, and a {@code Press office}
     * line is as often an institution's postal address.
     */
    private static final List<String> MEDIA_CONTACTS = List.of("media contact", "press contact", "media enquiries",
            "media inquiries", "press enquiries", "press inquiries", "for media enquiries",
            "for media inquiries", "media relations");
    private static final String CONTACT_INITIALS = "MmPpFf";
    /** Media contact headings are short; the contact's own line may follow on the heading's line. */
    private static final int MIN_CONTACT = 12;

    /** How many blocks from the end detection searches for the marks under a release. */
    private static final int TAIL_BLOCKS = 25;
    /** A release's end mark, notes heading or contact heading is a short block; {@code About ...} a few words. */
    private static final int MAX_TAIL_MARK = 60;
    /** The story's first paragraph, which may open with the dateline, starts within the head. */
    private static final int MIN_LEAD_PARAGRAPH = 60;

    /** The label of a publishing page's line naming the offices that issue it. */
    private static final String FROM_LINE = "From:";

    private static final int KICKER = 1;
    private static final int END_MARK = 2;
    private static final int NOTES = 4;
    private static final int MEDIA_CONTACT = 8;

    private PressReleaseMarks() {
    }

    /**
     * Scores a document no agency opening claimed.
     *
     * @param source the loaded input
     * @param head   its first blocks, as detection read them
     * @return {@link #CONFIDENCE} or a little more with two marks or more, else 0
     */
    static double score(SourceDocument source, List<Block> head) {
        int marks = 0;
        for (int i = 0; i < head.size(); i++) {
            Block block = head.get(i);
            String text = block.text();
            if (text.charAt(0) == 'F' && text.startsWith(FROM_LINE)) {
                // A government publishing page (GOV.UK) names its issuing offices on a "From:" line under the
                // standfirst, or under a "From:" item of its own on the saved page: the article reading takes
                // that head apart, publisher, standfirst and date.
                return 0;
            }
            // "FOR IMMEDIATE RELEASE" may share its block with the contact line under it
            if (isKicker(block.lines().isEmpty() ? text : block.lines().get(0))) {
                marks |= KICKER;
            }
        }
        // From the end up, until two marks are known: detection reads every document, so the fewer blocks the better.
        List<Block> blocks = source.blocks();
        int stop = Math.max(0, blocks.size() - TAIL_BLOCKS);
        for (int i = blocks.size() - 1; i >= stop && Integer.bitCount(marks) < 2; i--) {
            Block block = blocks.get(i);
            String text = block.text();
            // Most blocks are paragraphs longer than any mark, turned down here by their length alone.
            if (text.length() <= MAX_TAIL_MARK || CONTACT_INITIALS.indexOf(text.charAt(0)) >= 0) {
                marks |= tailMark(block, text);
            }
        }
        int count = Integer.bitCount(marks);
        if (marks == KICKER && opensWithDateline(head)) {
            count++;
        }
        if (count < 2 || isEuropaPage(source) || writesFromEuAddresses(blocks, stop)) {
            return 0;
        }
        return Math.min(CONFIDENCE + PER_MARK * (count - 2), MAX_CONFIDENCE);
    }

    /**
     * A page of an EU institution, which sets its press releases out as any organisation does: they are the
     * eu-press-note format's, and its address says so.
     */
    private static boolean isEuropaPage(SourceDocument source) {
        Optional<String> url = source.metadata(MetadataKeys.CANONICAL_URL);
        if (url.isEmpty()) {
            return false;
        }
        String address = url.get();
        int slash = address.indexOf('/', address.indexOf("//") + 2);
        String host = slash < 0 ? address : address.substring(0, slash);
        return host.endsWith(".europa.eu") || host.endsWith("/europa.eu");
    }

    /** The mail domains of EU institutions and bodies: most under europa.eu, the EIB Group's its own. */
    private static final List<String> EU_MAIL_DOMAINS = List.of(".europa.eu", "@europa.eu", "@eib.org", "@eif.org");

    /**
     * Whether the release's foot gives an EU institution's or agency's mail address (press@eca.europa.eu): a press
     * note of the EU, copied without its page's address, which is the eu-press-note format's. Read only for a
     * document that already has the marks of a release.
     */
    private static boolean writesFromEuAddresses(List<Block> blocks, int stop) {
        for (int i = blocks.size() - 1; i >= stop; i--) {
            String text = blocks.get(i).text();
            if (text.indexOf('@') >= 0) {
                for (int d = 0; d < EU_MAIL_DOMAINS.size(); d++) {
                    if (text.contains(EU_MAIL_DOMAINS.get(d))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Which mark of the release's foot the block is, or 0. */
    private static int tailMark(Block block, String text) {
        if (!block.mainContent()) {
            return 0;
        }
        char first = text.charAt(0);
        if (BoilerplateRules.isEndMarker(text)) {
            return END_MARK;
        }
        if ((first == 'N' || first == 'n' || first == 'E' || first == 'e') && BoilerplateRules.isEditorsNotesHeading(text)) {
            return NOTES;
        }
        if (first == 'A' && WireReleaseParser.isAboutTheIssuer(text)) {
            return NOTES;
        }
        if (CONTACT_INITIALS.indexOf(first) >= 0 && text.length() >= MIN_CONTACT && startsWithAny(text,
                MEDIA_CONTACTS)) {
            return MEDIA_CONTACT;
        }
        return 0;
    }

    /** {@code PRESS RELEASE}, {@code For immediate release:}: a kicker on a line of its own. */
    static boolean isKicker(String text) {
        int length = text.length();
        if (length < MIN_KICKER || length > MAX_KICKER || KICKER_INITIALS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return equalsAny(text, KICKERS);
    }

    /** Whether the text is one of the phrases, in any case, perhaps with a colon after it. */
    private static boolean equalsAny(String text, List<String> phrases) {
        int length = text.charAt(text.length() - 1) == ':' ? text.length() - 1 : text.length();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (phrase.length() == length && text.regionMatches(true, 0, phrase, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (text.regionMatches(true, 0, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the story's first paragraph opens with a place and a date before a dash ({@code LEEDS, 12 March 2026
     * –}): asked only when the kicker is the one mark found, of the first long paragraph of the head.
     */
    private static boolean opensWithDateline(List<Block> head) {
        for (int i = 0; i < head.size(); i++) {
            Block block = head.get(i);
            if (block.kind() == BlockKind.PARAGRAPH && block.text().length() >= MIN_LEAD_PARAGRAPH) {
                Optional<DatelineParser.Lead> lead = WireReleaseParser.releaseLead(block.text());
                return lead.isPresent() && lead.get().place().isPresent() && lead.get().day().isPresent();
            }
        }
        return false;
    }
}
