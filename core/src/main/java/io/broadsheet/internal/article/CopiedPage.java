package io.broadsheet.internal.article;

import io.broadsheet.Dateline;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.DatelineParser;

import java.util.List;
import java.util.Set;

/**
 * Reads the lines a news or government page keeps around its story when it is copied as text: section kickers
 * over the headline, author and newspaper lines, reading times, score lines, the {@code From:} and
 * {@code Delivered on:} lines of GOV.UK, photo captions with their credits, and the source line that closes an
 * Al Jazeera story.
 *
 * <p>Every test opens with a length or first-character check, since the article parser asks some of them of every
 * block; none builds a string before it knows the line is what it asks about.
 */
final class CopiedPage {

    /** A section kicker ({@code Environment}, {@code News|Politics}) is a word or three. */
    static final int MAX_SECTION = 30;
    static final int MAX_SECTION_WORDS = 3;
    /** An author's name on a line of its own is two to four words. */
    static final int MAX_AUTHOR = 40;
    /** A quoted headline is shorter than a quoted sentence opening a story usually is. */
    static final int MAX_QUOTED_HEADLINE = 120;
    /** A photo caption with its credit is a sentence or two. */
    static final int MAX_CAPTION = 300;
    /** A score line: {@code Bristow Rovers 2 Carrick Town 1}. */
    static final int MAX_SCORELINE = 60;
    /** A GOV.UK {@code From:} line names a few offices and ministers. */
    static final int MAX_FROM_LINE = 300;
    /** The source line that closes a story: {@code Source: Al Jazeera and news agencies}. */
    static final int MAX_SOURCE_LINE = 60;

    /** What a writer's beat ends with in a byline that has no {@code By}: {@code Helen Carrow Environment correspondent}. */
    private static final List<String> BEAT_ENDINGS = List.of(" correspondent", " reporter", " editor", " writer",
            " columnist");
    /** The last word of a newspaper's name. */
    private static final Set<String> NEWSPAPER_WORDS = Set.of("Times", "Post", "Herald", "Tribune", "Gazette",
            "Journal", "Ledger", "Chronicle", "Courier", "Register", "Observer", "Examiner", "Enquirer", "Dispatch",
            "Sentinel", "Inquirer", "Star", "News", "Record", "Bulletin", "Press", "Globe", "Telegraph",
            "Independent", "Mail", "Express", "Mirror", "Standard", "Courant", "Argus", "Advertiser", "Citizen",
            "Democrat", "Review", "Leader", "Echo");
    /** Photo agencies and libraries that credit a picture on a line of their own, over or under its caption. */
    private static final Set<String> IMAGE_CREDITS = Set.of("Getty Images", "Reuters", "EPA", "EPA-EFE", "AFP",
            "AP", "PA Media", "PA", "Shutterstock", "Alamy", "Bloomberg", "BBC");
    /**
     * Where a GOV.UK {@code From:} line starts naming its next publisher: a minister or another department. Its
     * offices are joined with {@code and}, which office names also hold ({@code Department for Culture, Media and
     * Sport}), so only these words start another.
     */
    private static final List<String> NEXT_PUBLISHER = List.of("The Rt Hon ", "Rt Hon ", "Lord ", "Baroness ",
            "Sir ", "Dame ", "Department ", "Ministry ", "Office ", "HM ", "Cabinet Office", "Home Office",
            "Foreign", "Prime Minister", "Government ", "Deputy Prime Minister", "Chancellor ");

    private CopiedPage() {
    }

    /**
     * A headline that is itself a quotation: {@code 'We will not back down,' says minister}, {@code “We are not done
     * yet”: Rovers boss hails comeback}. It opens with a quotation mark and a capital, is short and does not end
     * like a sentence (the caller has checked the end).
     */
    static boolean opensLikeQuotedHeadline(String text) {
        return text.length() <= MAX_QUOTED_HEADLINE && text.length() > 2 && isOpeningQuote(text.charAt(0))
                && Character.isUpperCase(text.charAt(1));
    }

    /**
     * A headline that ends with the words it quotes: {@code Surgeon says hospital is "running on goodwill"}. The
     * closing mark follows a letter, not the full stop or comma a quoted sentence closes with, and the line opened
     * the quotation.
     */
    static boolean endsLikeQuotingHeadline(String text) {
        int n = text.length();
        if (n > MAX_QUOTED_HEADLINE || n < 3) {
            return false;
        }
        char last = text.charAt(n - 1);
        return (last == '"' || last == '\u201d' || last == '\'' || last == '\u2019') && quotesItsEnd(text, last);
    }

    /** {@link #endsLikeQuotingHeadline} past its guard, out of line: few lines end with a quotation mark. */
    private static boolean quotesItsEnd(String text, char last) {
        int n = text.length();
        if (!Character.isLetterOrDigit(text.charAt(n - 2))) {
            return false;
        }
        char open = last == '"' ? '"' : last == '\u201d' ? '\u201c' : last == '\'' ? '\'' : '\u2018';
        int at = text.lastIndexOf(open, n - 2);
        return at >= 0 && (at == 0 || text.charAt(at - 1) == ' ');
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018';
    }

    /**
     * {@code Environment}, {@code Water industry}, {@code News|Politics}, {@code Press release}: a section or kind
     * label over a headline. The caller checks that a headline follows.
     */
    static boolean isSectionLabel(String text) {
        int n = text.length();
        return n <= MAX_SECTION && Character.isUpperCase(text.charAt(0)) && isFewPlainWords(text);
    }

    /** Whether the text is a few words without digits or sentence punctuation: out of line, past the guards. */
    private static boolean isFewPlainWords(String text) {
        int n = text.length();
        int words = 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' && ++words > MAX_SECTION_WORDS || c == '.' || c == ',' || c == ':' || c == '?'
                    || c == '!' || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code Helen Carrow Environment correspondent}: a byline without {@code By}, naming the writer's beat. */
    static boolean isBeatByline(String text) {
        int n = text.length();
        if (n > ArticleFormat.MAX_BYLINE || n < 12 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        // Every beat ends with a lower-case 't' or 'r': most short lines are turned down by their last letter.
        char last = text.charAt(n - 1);
        return (last == 't' || last == 'r') && endsWithBeat(text);
    }

    /** {@link #isBeatByline} past its guards, out of line. */
    private static boolean endsWithBeat(String text) {
        int n = text.length();
        for (String ending : BEAT_ENDINGS) {
            if (text.regionMatches(true, n - ending.length(), ending, 0, ending.length())) {
                return text.indexOf('.') < 0;
            }
        }
        return false;
    }

    /** {@code Tom Reyes}: a writer's name on a line of its own, two to four capitalised words. */
    static boolean isAuthorName(String text) {
        return text.length() <= MAX_AUTHOR && capitalisedWords(text, 0) >= 2 && capitalisedWords(text, 0) <= 4;
    }

    /**
     * The number of words of {@code text} from {@code from} on when each starts with a capital and holds only
     * letters, apostrophes and hyphens; 0 otherwise.
     */
    private static int capitalisedWords(String text, int from) {
        int words = 0;
        boolean start = true;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (start) {
                    return 0;
                }
                start = true;
            } else if (start) {
                if (!Character.isUpperCase(c)) {
                    return 0;
                }
                words++;
                start = false;
            } else if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-') {
                return 0;
            }
        }
        return start ? 0 : words;
    }

    /** {@code The Dayton Ledger}: a newspaper's name on a line of its own, as the page prints it under the byline. */
    static boolean isNewspaperName(String text) {
        int n = text.length();
        return n <= MAX_AUTHOR && text.startsWith("The ") && endsWithNewspaperWord(text);
    }

    /** {@link #isNewspaperName} past its guard, out of line. */
    private static boolean endsWithNewspaperWord(String text) {
        int words = capitalisedWords(text, 4);
        if (words < 1 || words > 4) {
            return false;
        }
        return NEWSPAPER_WORDS.contains(text.substring(text.lastIndexOf(' ') + 1));
    }

    /** {@code 4 min read}, {@code 6 minute read}: how long the page thinks the story takes. */
    static boolean isReadingTime(String text) {
        int n = text.length();
        if (n > 20 || n < 6 || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        return text.regionMatches(true, n - 5, " read", 0, 5) && (text.indexOf(" min") > 0);
    }

    /**
     * {@code Bristow Rovers 2 Carrick Town 1}, {@code Ashby United 1-1 Carrick Town}: the result a match report
     * prints under its headline. Capitalised words and two scores, nothing else.
     */
    static boolean isScoreline(String text) {
        int n = text.length();
        return n <= MAX_SCORELINE && n >= 7 && Character.isUpperCase(text.charAt(0)) && holdsTwoScores(text);
    }

    /** {@link #isScoreline} past its guards, out of line: capitalised words and exactly two scores. */
    private static boolean holdsTwoScores(String text) {
        int n = text.length();
        int numbers = 0;
        boolean start = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                start = true;
                continue;
            }
            if (start) {
                if (Character.isDigit(c)) {
                    numbers++;
                    int end = i;
                    int digits = 0;
                    while (end < n && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '-')) {
                        boolean dash = text.charAt(end) == '-';
                        numbers += dash ? 1 : 0;
                        digits = dash ? 0 : digits + 1;
                        if (digits > 2) {
                            return false; // a year or a count, not a score
                        }
                        end++;
                    }
                    if (end < n && text.charAt(end) != ' ') {
                        return false;
                    }
                    i = end - 1;
                } else if (!Character.isUpperCase(c)) {
                    return false;
                }
                start = false;
            } else if (!Character.isLetter(c) && c != '\'' && c != '.' && c != '&') {
                return false;
            }
        }
        return numbers == 2;
    }

    /**
     * The first publisher a GOV.UK {@code From:} line names ({@code From: Prime Minister's Office, 10 Downing
     * Street and The Rt Hon Alex Marlowe MP}), or null when the line is not one.
     */
    static String fromLinePublisher(String text) {
        if (text.length() > MAX_FROM_LINE || !text.startsWith("From:")) {
            return null;
        }
        return firstPublisher(text.substring(5).strip());
    }

    /** The first office a {@code From:} line's list names: out of line, as few blocks get past the label. */
    private static String firstPublisher(String from) {
        int end = from.length();
        for (int at = from.indexOf(" and "); at > 0; at = from.indexOf(" and ", at + 1)) {
            if (startsPublisher(from, at + 5) || endsOrganisation(from, at)) {
                end = at;
                break;
            }
        }
        for (int at = from.indexOf(", "); at > 0 && at < end; at = from.indexOf(", ", at + 1)) {
            if (startsPublisher(from, at + 2)) {
                end = at;
                break;
            }
        }
        String first = from.substring(0, end).strip();
        return first.isEmpty() ? null : first;
    }

    /**
     * Whether the words before {@code at} close an organisation's name ({@code Home Office}, {@code Environment
     * Agency}), so that an {@code and} there starts the next one ({@code and Natural England}), while the {@code
     * and} of {@code Department of Health and Social Care} or {@code Office of Rail and Road} joins one name.
     */
    private static boolean endsOrganisation(String text, int at) {
        int space = text.lastIndexOf(' ', at - 1);
        if (space < 0) {
            return false; // a name of one word ("Ofsted") may be half of one ("Culture, Media and Sport")
        }
        for (String word : ORGANISATION_ENDINGS) {
            if (at - space - 1 == word.length() && text.startsWith(word, space + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The last word of many organisations' names. */
    private static final List<String> ORGANISATION_ENDINGS = List.of("Office", "Agency", "Authority", "Service",
            "Commission", "Executive", "Council", "Board", "Inspectorate", "Treasury", "Ombudsman", "Institute",
            "Trust", "Regulator", "Force", "Police", "Unit", "Tribunal", "Court");

    private static boolean startsPublisher(String text, int at) {
        for (String opener : NEXT_PUBLISHER) {
            if (text.startsWith(opener, at)) {
                return true;
            }
        }
        return namesMember(text, at);
    }

    /**
     * Whether the list's item at {@code at} (up to the next {@code ,} or {@code and}) is a member of a parliament
     * named without a title: {@code Lucy Penrose MP}, two to four capitalised words and the post-nominal.
     */
    private static boolean namesMember(String text, int at) {
        int end = text.length();
        int comma = text.indexOf(", ", at);
        end = comma > 0 ? comma : end;
        int and = text.indexOf(" and ", at);
        end = and > 0 && and < end ? and : end;
        if (end - at > MAX_AUTHOR || !endsWithPostNominal(text, end)) {
            return false;
        }
        int space = text.lastIndexOf(' ', end - 1);
        int words = capitalisedWords(text.substring(at, space), 0);
        return words >= 2 && words <= 4;
    }

    private static boolean endsWithPostNominal(String text, int end) {
        for (String member : MEMBERS) {
            if (text.startsWith(member, end - member.length())) {
                return true;
            }
        }
        return false;
    }

    /** The letters after a member's name: of the Commons, the Scottish Parliament, the Senedd, the Assembly. */
    private static final List<String> MEMBERS = List.of(" MP", " MSP", " MS", " MLA");

    /**
     * {@code From:}, {@code Published}, {@code Delivered on:}, {@code Location:}, {@code Last updated}: a GOV.UK
     * head label alone on its line, its value on the next, as a saved page's definition list and its copy give
     * them.
     */
    static boolean isHeadLabelOnly(String text) {
        int n = text.length();
        if (n < 5 || n > 13) {
            return false;
        }
        char first = text.charAt(0);
        return (first == 'F' || first == 'P' || first == 'D' || first == 'L' || first == 'U')
                && HEAD_LABELS.contains(text);
    }

    private static final Set<String> HEAD_LABELS = Set.of("From:", "Published", "Published:", "Delivered on:",
            "Location:", "Last updated", "Last updated:", "Updated", "Updated:");

    /** {@code Location: Lancaster House, London}: where a GOV.UK speech was given, under its head. */
    static boolean isLocationLine(String text) {
        return text.length() <= ArticleFormat.MAX_DATELINE_LINE && text.startsWith("Location: ");
    }

    /** {@code Delivered on: 3 March 2025 (Transcript of the speech ...)}: when a GOV.UK speech was given. */
    static boolean isDeliveredOn(String text) {
        return text.length() <= DatelineParser.MAX_LINE && text.startsWith("Delivered on:");
    }

    /** The date of a {@code Delivered on:} line, read without the note in brackets after it. */
    static Dateline deliveredOn(String text) {
        int bracket = text.indexOf('(');
        String date = (bracket > 0 ? text.substring(13, bracket) : text.substring(13)).strip();
        return DatelineParser.monthFirst().parse(date).orElse(null);
    }

    /**
     * {@code Published on 04/03/2025 - 11:20 GMT+1 • Updated 12:05}, {@code Published 5:47 a.m. ET March 3, 2025 |
     * Updated ...}: a page's stamp with its revision after a separator. Read up to the separator; numeric dates
     * day first when the stamp gives a European zone.
     */
    static Dateline stampBeforeUpdate(String text) {
        if (text.length() > DatelineParser.MAX_LINE || !DatelineParser.opensWithPageStamp(text)) {
            return null;
        }
        return stampUpToSeparator(text);
    }

    /** {@link #stampBeforeUpdate} past its guard: out of line, so that a short run compiles only the guard. */
    private static Dateline stampUpToSeparator(String text) {
        int cut = -1;
        for (int i = 0; i < text.length() && cut < 0; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '\u2022' || c == '\u00b7') {
                cut = i;
            }
        }
        if (cut < 0) {
            return null;
        }
        String stamp = text.substring(0, cut).strip();
        boolean european = stamp.contains("GMT+") || stamp.contains("CET") || stamp.contains("CEST");
        DatelineParser parser = european ? DatelineParser.dayFirst() : DatelineParser.monthFirst();
        Dateline stated = parser.parse(stamp).orElse(null);
        if (stated == null) {
            // "Published 5:47 a.m. ET March 3, 2025": the time before the date
            int date = firstMonthName(stamp);
            stated = date < 0 ? null : parser.parse(stamp.substring(date)).map(d -> Dateline.of(null,
                    d.date().orElse(null), parser.parseTime(stamp.substring(0, date)).orElse(null))).orElse(null);
        }
        return stated == null || stated.date().isEmpty() ? null
                : Dateline.of(null, stated.date().orElse(null), stated.time().orElse(null));
    }

    private static final List<String> MONTHS = List.of("January ", "February ", "March ", "April ", "May ",
            "June ", "July ", "August ", "September ", "October ", "November ", "December ", "Jan. ", "Feb. ",
            "Aug. ", "Sept. ", "Oct. ", "Nov. ", "Dec. ");

    private static int firstMonthName(String text) {
        int first = -1;
        for (String month : MONTHS) {
            int at = text.indexOf(month);
            if (at > 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * A photo caption with its credit, as a page copied to text keeps it among the paragraphs:
     * {@code Dead fish on the river bank. Photograph: Jon Abbott/The Guardian},
     * {@code Protesters run from tear gas [Daniel Otieno/Al Jazeera]}, {@code Farmers protest in Brussels. |
     * Olivier Matthys/EPA-EFE}. The credit ends the block, so paragraphs, which end like sentences, are turned away
     * by their last character.
     */
    static boolean isCreditedCaption(String text) {
        int n = text.length();
        if (n > MAX_CAPTION || n < 10) {
            return false;
        }
        char last = text.charAt(n - 1);
        if (last == ']') {
            return endsWithBracketedCredit(text);
        }
        return Character.isLetter(last) && endsWithCredit(text);
    }

    /** {@code ... [Daniel Otieno/Al Jazeera]}: out of line, as few blocks end with a bracket. */
    private static boolean endsWithBracketedCredit(String text) {
        int open = text.lastIndexOf('[');
        return open > 0 && text.indexOf('/', open) > open && text.indexOf(' ', open) > 0;
    }

    /**
     * Whether a block ending with a letter ends with a photo credit: out of line, since paragraphs, which end like
     * sentences, never get this far.
     */
    private static boolean endsWithCredit(String text) {
        int n = text.length();
        int slash = text.lastIndexOf('/');
        if (slash < 0 || n - slash > 40) {
            return false;
        }
        int bar = text.lastIndexOf(" | ", slash);
        if (bar > 0 && slash - bar < 40) {
            return true;
        }
        int credit = text.lastIndexOf("Photograph: ", slash);
        return credit > 0 || text.lastIndexOf("Photo: ", slash) > 0;
    }

    /** {@code Getty Images}, {@code Reuters}: a picture's credit on a line of its own, next to its caption. */
    static boolean isImageCredit(String text) {
        return text.length() <= 20 && Character.isUpperCase(text.charAt(0)) && IMAGE_CREDITS.contains(text);
    }

    /**
     * The publisher named by the source line that closes a story ({@code Source: Al Jazeera and news agencies}),
     * or null when the block is not one.
     */
    static String sourceLinePublisher(String text) {
        if (text.length() > MAX_SOURCE_LINE || !text.startsWith("Source: ") || ArticleFormat.endsLikeSentence(text)) {
            return null;
        }
        return namedSource(text);
    }

    /** {@link #sourceLinePublisher} past its guards, out of line. */
    private static String namedSource(String text) {
        String source = text.substring(8).strip();
        int and = source.indexOf(" and ");
        if (and > 0) {
            source = source.substring(0, and);
        }
        return capitalisedWords(source, 0) > 0 ? source : null;
    }

    /**
     * {@code Thanks for reading The Valley Letter! Subscribe for free to receive new posts.}: a newsletter's
     * prompt under a post, which its copy keeps.
     */
    static boolean isNewsletterSignOff(String text) {
        return text.length() <= BoilerplateRules.MAX_LENGTH && text.charAt(0) == 'T'
                && text.startsWith("Thanks for reading") && text.indexOf("ubscribe") > 0;
    }

    /** A paywall's prompt opens with a short sentence. */
    static final int MAX_PAYWALL_PROMPT = 120;

    /**
     * {@code Subscribe to continue reading}, {@code This article is for subscribers only}, {@code Already a
     * subscriber? Log in}: a paywall's prompt where a saved page's story stops. Keyed by the first letter, each
     * phrase's first word an uncommon one for a story's sentence to open with.
     */
    static boolean opensPaywall(String text) {
        int n = text.length();
        if (n > MAX_PAYWALL_PROMPT || n < 12) {
            return false;
        }
        List<String> phrases = switch (text.charAt(0)) {
            case 'S' -> PAYWALL_S;
            case 'T' -> PAYWALL_T;
            case 'C', 'A', 'Y', 'B', 'U' -> PAYWALL_OTHER;
            default -> null;
        };
        if (phrases == null) {
            return false;
        }
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (text.regionMatches(true, 0, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PAYWALL_S = List.of("subscribe to continue", "subscribe to read",
            "subscribe to keep reading", "subscribe now to continue", "subscribe to unlock");
    private static final List<String> PAYWALL_T = List.of("this article is for subscribers",
            "this story is for subscribers", "this content is for subscribers", "this article is exclusive to",
            "to continue reading", "to keep reading", "to read the full");
    private static final List<String> PAYWALL_OTHER = List.of("continue reading with", "already a subscriber",
            "you have reached your", "you've reached your", "become a subscriber", "unlock this article",
            "unlock full access");

    /** A live blog's stamp line ({@code 12:41 BST}, {@code 2h ago}, {@code Updated at 12.45 BST}) is short. */
    static final int MAX_LIVE_STAMP = 32;

    /**
     * How many of a block's first lines are a live blog's stamps over an entry: its time ({@code 12:41 BST},
     * {@code 9.05am}), its age ({@code 2h ago}, {@code 35 minutes ago}), its flags ({@code Key event},
     * {@code Pinned post}) or its revision ({@code Updated at 12.45 BST}). 0 for most blocks, by their first
     * character or length.
     */
    static int liveStampLines(List<String> lines) {
        String first = lines.get(0);
        int n = first.length();
        if (n > MAX_LIVE_STAMP || n < 4) {
            return 0;
        }
        char c = first.charAt(0);
        if (!Character.isDigit(c) && c != 'K' && c != 'P' && c != 'U' && c != 'J') {
            return 0;
        }
        int stamps = 0;
        while (stamps < lines.size() && isLiveStamp(lines.get(stamps))) {
            stamps++;
        }
        return stamps;
    }

    /** One line of {@link #liveStampLines}. */
    static boolean isLiveStamp(String line) {
        int n = line.length();
        if (n > MAX_LIVE_STAMP || n < 4) {
            return false;
        }
        if (Character.isDigit(line.charAt(0))) {
            return isClockTime(line, 0) || isAge(line);
        }
        if (LIVE_FLAGS.contains(line)) {
            return true;
        }
        for (String label : LIVE_REVISIONS) {
            if (line.startsWith(label) && n > label.length() && isClockTime(line, label.length())) {
                return true;
            }
        }
        return false;
    }

    /** What a live blog prints over an entry besides its time. */
    private static final Set<String> LIVE_FLAGS = Set.of("Key event", "Key events", "Pinned post", "Pinned",
            "Just now");
    /** Labels a live blog puts before the time an entry was revised or posted. */
    private static final List<String> LIVE_REVISIONS = List.of("Updated at ", "Posted at ", "Updated ");

    /**
     * Whether {@code line} from {@code at} is only a clock time: {@code 12:41}, {@code 12.41}, {@code 9.05am},
     * {@code 12:41 p.m.}, with a time zone after it ({@code BST}, {@code GMT+1}) or not.
     */
    private static boolean isClockTime(String line, int at) {
        int n = line.length();
        int i = at;
        while (i < n && i - at < 2 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i == at || i + 3 > n || line.charAt(i) != ':' && line.charAt(i) != '.'
                || !Character.isDigit(line.charAt(i + 1)) || !Character.isDigit(line.charAt(i + 2))) {
            return false;
        }
        i += 3;
        if (i < n && line.charAt(i) == ' ') {
            i++;
        }
        // am, pm, a.m., p.m.
        if (i < n && (line.charAt(i) == 'a' || line.charAt(i) == 'p')) {
            i++;
            i += i < n && line.charAt(i) == '.' ? 1 : 0;
            if (i >= n || line.charAt(i) != 'm') {
                return false;
            }
            i++;
            i += i < n && line.charAt(i) == '.' ? 1 : 0;
            if (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        // a zone: capitals, then an offset
        int zone = i;
        while (i < n && Character.isUpperCase(line.charAt(i)) && i - zone < 5) {
            i++;
        }
        while (i < n && zone < i && (line.charAt(i) == '+' || line.charAt(i) == '-' || Character.isDigit(line.charAt(i)))
                && i - zone < 9) {
            i++;
        }
        return i == n;
    }

    /** {@code 2h ago}, {@code 35 mins ago}, {@code 1 hour ago}: how long ago an entry was posted. */
    private static boolean isAge(String line) {
        int n = line.length();
        if (!line.endsWith(" ago")) {
            return false;
        }
        int i = 0;
        while (i < n && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i > 3) {
            return false;
        }
        int unit = i < n && line.charAt(i) == ' ' ? i + 1 : i;
        int end = n - 4;
        for (int k = unit; k < end; k++) {
            if (!Character.isLetter(line.charAt(k))) {
                return false;
            }
        }
        return end > unit && AGE_UNITS.contains(line.substring(unit, end));
    }

    private static final Set<String> AGE_UNITS = Set.of("s", "sec", "secs", "second", "seconds", "m", "min",
            "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days");

    /**
     * {@code Jane Roe is our health correspondent.}, {@code John Doe is a data reporter at the Courier. He
     * previously ...}: a note on who wrote the story, which pages print under it. Two to four capitalised words,
     * {@code is} or {@code was}, and a writer's trade ({@code correspondent}, {@code reporter}) in that first
     * sentence; a named source's office ({@code Helena Marsh is the region's medical director}) names none.
     */
    static boolean isAuthorBio(String text) {
        int n = text.length();
        return n <= MAX_CAPTION && n >= 20 && Character.isUpperCase(text.charAt(0)) && secondWordCapitalised(text)
                && namesWriter(text);
    }

    /** Whether the second word opens with a capital, as a writer's name does: most sentences are turned down here. */
    private static boolean secondWordCapitalised(String text) {
        int space = text.indexOf(' ');
        return space > 0 && space + 1 < text.length() && Character.isUpperCase(text.charAt(space + 1));
    }

    /** {@link #isAuthorBio} past its guards, out of line: few blocks stand where a bio can. */
    private static boolean namesWriter(String text) {
        int verb = text.indexOf(" is ");
        int was = text.indexOf(" was ");
        verb = verb < 0 || was >= 0 && was < verb ? was : verb;
        if (verb < 0 || verb > MAX_AUTHOR) {
            return false;
        }
        int words = capitalisedWords(text.substring(0, verb), 0);
        if (words < 2 || words > 4) {
            return false;
        }
        int end = text.indexOf(". ", verb);
        end = end < 0 ? text.length() : end;
        for (String trade : WRITERS_TRADES) {
            int at = text.indexOf(trade, verb);
            if (at > 0 && at < end) {
                return true;
            }
        }
        return false;
    }

    /** What a writer's note under a story calls the writer. */
    private static final List<String> WRITERS_TRADES = List.of(" correspondent", " reporter", " editor",
            " columnist", " journalist", " contributor", " writer ", " writer.", " writer,");

    /**
     * {@code Contact Tom Reyes at treyes@example.com or 937-555-0142.}: how to reach the writer, which US papers
     * print under the story.
     */
    static boolean isWriterContact(String text) {
        return text.length() <= 160 && text.startsWith("Contact ") && text.indexOf('@') > 0;
    }
}
