package io.broadsheet.internal.article;

import io.broadsheet.Contact;
import io.broadsheet.Dateline;
import io.broadsheet.DiscardReason;
import io.broadsheet.Document;
import io.broadsheet.internal.Dashes;
import io.broadsheet.internal.WordCount;
import io.broadsheet.internal.html.PageMetadata;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.BoilerplateRules;
import io.broadsheet.spi.ContactReader;
import io.broadsheet.spi.DatelineParser;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Core's generic parser for ordinary news articles, used for every input no format provider claims.
 *
 * <p>Text: a headline only when the first block is a Markdown heading, or is short, does not end like a sentence
 * and is followed by body text; otherwise there is no title rather than a guess. HTML: title from
 * {@code og:title}, the first {@code h1} or {@code <title>}; subtitle from the standfirst the page also gives as
 * its description; date from the page's metadata; canonical URL. Boilerplate blocks are discarded with their reason.
 */
public final class ArticleFormat implements FormatProvider {

    /** The id of the fallback format. */
    public static final String ID = "article";

    /** A headline longer than this is a sentence. */
    static final int MAX_HEADLINE = 200;
    /** Labels of the contact line a press release puts above its headline. */
    private static final List<String> CONTACT_LABELS = List.of("contact:", "contacts:", "media contact",
            "press contact", "media inquiries:", "media enquiries:");
    /** A byline names a writer or two and their beat. */
    static final int MAX_BYLINE = 100;
    /** A line of its own that holds only a dateline is short. */
    static final int MAX_DATELINE_LINE = 80;
    /** A first paragraph shorter than the headline over it still has this many characters. */
    static final int MIN_SHORT_STORY = 40;
    /** A kicker in capitals is a few short words. */
    static final int MAX_KICKER = 40;
    static final int MAX_KICKER_WORDS = 4;
    /** How many bylines, date lines and page-chrome lines may stand between a headline and its story. */
    static final int MAX_LINES_UNDER_HEADLINE = 16;
    /** A name or an office in an issuer line is a few words. */
    static final int MAX_ISSUER_WORDS = 6;
    /** Labels over lists of subjects rather than of stories. */
    private static final List<String> TAG_LABELS = List.of("tags", "topics", "related topics", "keywords");
    /** Lower-case words that join the capitalised words of a name and office ({@code Secretary of State}). */
    private static final Set<String> JOINING_WORDS = Set.of("of", "for", "the", "and", "on", "to", "in", "at",
            "de", "du", "des", "la", "le", "von", "van", "der", "den", "al", "bin", "da", "do", "dos");
    /** What official pages call their documents, on a line of its own. */
    private static final Set<String> DOCUMENT_KINDS = Set.of("press statement", "statement", "joint statement",
            "media note", "readout", "fact sheet", "press release", "news release", "remarks", "notice to the press",
            "media advisory", "press briefing", "statement by the spokesperson", "spokesperson statement",
            "declaration", "communiqué", "joint communiqué", "press note", "news", "speech", "transcript",
            // GOV.UK's kinds of page
            "news story", "oral statement to parliament", "written statement to parliament", "correspondence",
            "guidance", "policy paper", "authored article", "government response", "consultation outcome",
            "open consultation", "closed consultation", "corporate report", "research and analysis",
            "independent report", "detailed guide", "notice", "case study", "official statistics",
            "transparency data", "impact assessment", "decision", "policy statement", "promotional material");
    /** A standfirst is a sentence or two. */
    static final int MAX_STANDFIRST = 300;
    /** A newsletter's name, pitch and privacy notice under its sign-up prompt. */
    static final int MAX_PROMO_BLOCKS = 4;
    /** A line of a paywall's offer ({@code Digital: £1 for your first 3 months}) is short. */
    static final int MAX_OFFER_LINE = 100;
    /** A label over a list of related stories is a word or three. */
    static final int MAX_LIST_LABEL = 40;
    /** Labels over lists of links to other stories, as pages copied to text keep them. */
    private static final List<String> RELATED_LABELS = List.of("related", "read more", "read also", "also read",
            "see also", "more from", "more on this", "more stories", "recommended", "you may also like",
            "most read", "most viewed", "most popular", "latest stories", "top stories", "tags", "topics",
            "related topics");

    /** Headings over a release's press contacts, under its story. */
    private static final List<String> CONTACT_HEADINGS = List.of("media enquiries", "media inquiries",
            "press enquiries", "press inquiries", "media contact", "media contacts", "press contact",
            "press contacts", "press office", "contact", "contacts", "for media enquiries", "journalists");
    /** How many blocks a contact section under such a heading may have. */
    static final int MAX_CONTACT_BLOCKS = 8;
    /** How far GOV.UK's {@code Documents} list may run before the page's {@code Details}. */
    static final int MAX_ATTACHMENT_BLOCKS = 16;

    private final BoilerplateRules boilerplate;

    public ArticleFormat() {
        this(BoilerplateRules.standard());
    }

    public ArticleFormat(BoilerplateRules boilerplate) {
        this.boilerplate = boilerplate;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The fallback claims nothing by detection; the parser uses it when no provider does. */
    @Override
    public double detect(SourceDocument source) {
        return 0;
    }

    @Override
    public Document parse(SourceDocument source) {
        return new Reading(source).read();
    }

    /**
     * One parse of one source: the state kept from block to block. Each block is either set aside, with the reason
     * {@link #setAside} gives, or is body text; the discard is recorded in one place, so the JIT compiles the
     * recording once rather than at each of the many ways a block can be set aside.
     */
    private final class Reading {
        private final SourceDocument source;
        private final Document.Builder doc;
        private final List<Block> blocks;
        private final boolean html;
        private final String description;
        /** The description without its closing stop or ellipsis, when it is long enough to name a standfirst. */
        private final String descriptionStem;
        private final int creditsFrom;
        private String title;
        private boolean titleTaken;
        private boolean subtitleTaken;
        private boolean datelineTaken;
        private Dateline dateline;
        private Dateline pageDate;
        private boolean inRelatedList;
        private boolean inTagList;
        private int bodyBlocks;
        private int titleAt = -1;
        private String statedPublisher;
        /** The office a GOV.UK {@code From:} line names first: who issued the page, rather than the site. */
        private String issuingOffice;
        /** A label whose value is the next block ({@code From:} / {@code Department for Transport}). */
        private String pendingLabel;
        /** Blocks up to this index are set aside for {@link #skipReason}: an attachment list, a contact card. */
        private int skipThrough = -1;
        private DiscardReason skipReason;
        /** Whether the story has ended at its notes to editors. */
        private boolean inNotes;
        /** The section kicker printed over a copied page's headline ({@code Politics}). */
        private String statedSection;
        private boolean pageEnded;
        private boolean captionNext;
        /** Whether the block just set aside is a newsletter's sign-up prompt, whose promotion follows it. */
        private boolean signUp;
        /** A live blog entry's text without the stamps over it, when its block holds both; or null. */
        private String entryText;
        /** Whether the block just set aside is a {@code Correction} label, over the note it labels. */
        private boolean correctionLabel;
        /** The index of an HTML page's headline block, or -1. */
        private int htmlTitleAt = -1;
        /** The place of a dateline the page sets over its story in a box of its own, or null. */
        private String citedPlace;
        /** Paragraphs that may repeat a sentence of the body as a pull quote, with their blocks' lines; or null. */
        private List<Integer> pullQuotes;
        private List<Integer> pullQuoteLines;

        Reading(SourceDocument source) {
            this.source = source;
            this.doc = Document.builder(source.name(), ID);
            this.blocks = source.blocks();
            this.html = source.markup() == SourceDocument.Markup.HTML;
            this.title = html ? htmlTitle(source) : source.statedTitle().orElse(null);
            this.description = html ? source.metadata(MetadataKeys.DESCRIPTION).orElse(null) : null;
            this.descriptionStem = descriptionStem(description);
            this.creditsFrom = BoilerplateRules.creditsFrom(blocks);
        }

        Document read() {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                DiscardReason reason = setAside(block, i);
                if (reason == null) {
                    body(block);
                    continue;
                }
                doc.discard(block.text(), reason, block.line());
                if (signUp) {
                    signUp = false;
                    i = skipNewsletterPromo(blocks, i, doc);
                }
            }
            return finish();
        }

        /**
         * "Correction" / "An earlier version of this article misstated ...": a note on the story, over it or under
         * it; "(FRANCE 24 with AFP)": the outlet and the agency whose copy it used, under it. Neither is the story.
         */
        private boolean correctionOrCredit(String text) {
            if (text.length() > MAX_CORRECTION) {
                correctionLabel = false;
                return false;
            }
            boolean label = isCorrectionLabel(text);
            boolean note = label || isCorrectionNote(text) || text.charAt(0) == '(' && isAgencyCredit(text);
            correctionLabel = label;
            return note;
        }

        /**
         * A web clipper's excerpt under the headline (MarkDownload: {@code > ## Excerpt} / {@code > The
         * standfirst}): the label, which moves the headline's place down to it, or the subtitle under it.
         */
        private boolean clippedExcerpt(String text, int i) {
            if (isExcerptLabel(text)) {
                titleAt = i;
                return true;
            }
            if (text.length() > MAX_STANDFIRST || i == 0 || !isExcerptLabel(blocks.get(i - 1).text())) {
                return false;
            }
            doc.subtitle(text);
            subtitleTaken = true;
            return true;
        }

        /** The standfirst of which the page's description is the first sentence or a cut: the subtitle. */
        private boolean standfirstOfDescription(Block block, String text) {
            if (block.mainContent() || text.length() <= description.length() || !text.startsWith(descriptionStem)) {
                return false;
            }
            doc.subtitle(text);
            subtitleTaken = true;
            return true;
        }

        /**
         * Why a block outside the page's content is set aside, reading on the way what the page states there: a
         * subheadline, a {@code From:} line, a dateline or a date styled as chrome. Apart from {@link #setAside},
         * which every block of every document passes, as only pages have such blocks.
         */
        private DiscardReason outsideContent(Block block, String text, int i) {
            if (!subtitleTaken && i == htmlTitleAt + 1 && htmlTitleAt >= 0 && block.isHeading()
                    && block.level() == 2 && text.length() <= MAX_STANDFIRST && !endsLikeSentence(text)
                    && WordCount.of(text) >= MIN_SUBHEADLINE_WORDS) {
                // the subheadline right under the headline, in its own h2 (<h2 data-qa="subheadline">)
                doc.subtitle(text);
                subtitleTaken = true;
                return DiscardReason.METADATA;
            }
            if (bodyBlocks == 0 && text.length() <= CopiedPage.MAX_FROM_LINE && labelledValue(text)) {
                return DiscardReason.OUTSIDE_CONTENT;
            }
            if (bodyBlocks == 0) {
                // "Sunvale, Arizona CNN —" in a <cite> of its own over the story: its dateline, styled as chrome
                citedPlace = Dashes.isDash(text.charAt(text.length() - 1)) && text.length() <= MAX_DATELINE_LINE
                        ? citedPlace(text) : null;
            }
            if (titleTaken && bodyBlocks == 0 && pageDate == null && text.length() <= MAX_DATELINE_LINE) {
                // a date under the headline that the page styles as chrome (<p class="publish-date">)
                Dateline printed = DatelineParser.monthFirst().parse(text).orElse(null);
                pageDate = printed != null && printed.date().isPresent() ? printed : null;
            }
            return DiscardReason.OUTSIDE_CONTENT;
        }

        /** Why the block at {@code i} is no body text, or null when it is. */
        private DiscardReason setAside(Block block, int i) {
            String text = block.text();
            if (html && !titleTaken && bodyBlocks == 0 && (text.equals(title) || block.lines().get(0).equals(title)
                    || block.isHeading() && block.level() == 1)) {
                titleTaken = true;
                htmlTitleAt = i;
                if (!datelineTaken && block.lines().size() > 1) {
                    Optional<Dateline> stated = DatelineParser.monthFirst().parse(block.lines().get(1));
                    dateline = stated.orElse(null);
                    datelineTaken = stated.isPresent();
                }
                return DiscardReason.METADATA;
            }
            if (!html && !titleTaken && title != null && bodyBlocks == 0
                    && (text.equals(title) || block.isHeading() && block.level() == 1)) {
                // the headline of a Markdown archive whose front matter states it too: what follows is the head
                // the headline sets off (a byline, a date), as on a copied page
                titleTaken = true;
                titleAt = i;
                return DiscardReason.METADATA;
            }
            if (descriptionStem != null && !subtitleTaken && bodyBlocks == 0 && standfirstOfDescription(block, text)) {
                return DiscardReason.METADATA;
            }
            if (!subtitleTaken && bodyBlocks == 0 && text.equals(description)
                    && (!block.mainContent() || block.isHeading()
                    || i + 1 < blocks.size() && (opensPageMetadata(blocks.get(i + 1).text())
                    || isBylineOrDateOutside(blocks.get(i + 1))))) {
                // the standfirst the page also states as its description; a body paragraph that is the
                // description (sites fill it with the lead) stays body, but for GOV.UK's summary, which
                // the page's From: and Published lines follow
                doc.subtitle(text);
                subtitleTaken = true;
                return DiscardReason.METADATA;
            }
            if (!block.mainContent()) {
                return outsideContent(block, text, i);
            }
            if (pageEnded) {
                // under "Is this page useful?" or "Explore more on these topics" only the page's footer follows
                return DiscardReason.FOOTER;
            }
            if (i <= skipThrough) {
                return skipReason;
            }
            if (bodyBlocks > 0 || datelineTaken || html) {
                int stamps = CopiedPage.liveStampLines(block.lines());
                if (stamps > 0) {
                    return liveEntry(block, stamps);
                }
            }
            Optional<DiscardReason> chrome = boilerplate.classify(text);
            if (chrome.isPresent()) {
                inRelatedList = chrome.get() == DiscardReason.NAVIGATION && opensRelatedList(text);
                inTagList = inRelatedList && opensTagList(text);
                pageEnded = chrome.get() == DiscardReason.NAVIGATION && closesPage(text);
                signUp = chrome.get() == DiscardReason.NAVIGATION && text.regionMatches(true, 0, "sign up", 0, 7);
                return chrome.get();
            }
            if (!html && text.charAt(0) == '!' && text.length() > 1 && Character.isLetter(text.charAt(1))) {
                // a Markdown copy's picture, ![The van in the square](https://...), which loading reads as "!"
                // and its description: what a caption says, not the story; a caption line may follow it
                captionNext = true;
                return DiscardReason.CAPTION;
            }
            if (!html && text.charAt(0) == '[' && text.startsWith("[^")) {
                // a Markdown footnote, [^1]: Figures supplied ...: a note under the story, not the story
                return DiscardReason.FOOTER;
            }
            if (bodyBlocks > 0 && CopiedPage.isNewsletterSignOff(text)) {
                return DiscardReason.NAVIGATION;
            }
            if (bodyBlocks > 0 && CopiedPage.opensPaywall(text)) {
                // where a saved page's story stops: the prompt and the offers under it
                skipOffers(i);
                return DiscardReason.BOILERPLATE;
            }
            if (bodyBlocks > 0) {
                DiscardReason tail = tail(block, text, i);
                if (tail != null) {
                    return tail;
                }
            }
            if ((bodyBlocks == 0 || i >= creditsFrom || correctionLabel) && correctionOrCredit(text)) {
                return DiscardReason.BOILERPLATE;
            }
            if (i >= creditsFrom && BoilerplateRules.isReportingCredit(text)) {
                // "X contributed to this report.": who reported, at the end of the story
                return DiscardReason.FOOTER;
            }
            if (i >= creditsFrom && CopiedPage.isAuthorBio(text)) {
                // "Jane Roe is our health correspondent.": who wrote the story, under it
                return DiscardReason.FOOTER;
            }
            if (i >= creditsFrom && !html) {
                String sourceLine = CopiedPage.sourceLinePublisher(text);
                if (sourceLine != null) {
                    // "Source: Al Jazeera and news agencies": who published the story, under it
                    statedPublisher = statedPublisher == null ? sourceLine : statedPublisher;
                    return DiscardReason.METADATA;
                }
                if (CopiedPage.isWriterContact(text)) {
                    return DiscardReason.FOOTER;
                }
            }
            if (bodyBlocks > 0 && block.lines().size() > 1 && block.lines().get(0).length() <= MAX_LIST_LABEL
                    && isRelatedListBlock(block.lines())) {
                // "Most viewed" and its headlines copied without blank lines between them
                return DiscardReason.RELATED_CONTENT;
            }
            if (bodyBlocks > 0 && text.length() <= MAX_RELATED_LINK && isRelatedLink(text)) {
                // "Read more: French ports lose ground to ...": a link to another story set among the paragraphs
                return DiscardReason.RELATED_CONTENT;
            }
            if (inRelatedList && (isListedHeadline(text) || inTagList && isListedTag(text))) {
                // the headlines under "Related": links to other stories, copied with the page
                return DiscardReason.RELATED_CONTENT;
            }
            inRelatedList = false;
            inTagList = false;
            if (!html && CopiedPage.isImageCredit(text)) {
                // "Getty Images" over a caption
                captionNext = true;
                return DiscardReason.CAPTION;
            }
            if (bodyBlocks == 0) {
                DiscardReason head = head(block, text, i);
                if (head != null) {
                    return head;
                }
            }
            if (block.kind() == BlockKind.CAPTION || !html && isTextCaption(text, captionNext)
                    || block.kind() == BlockKind.BLOCKQUOTE && isQuotationCredit(text)) {
                captionNext = false;
                return DiscardReason.CAPTION;
            }
            captionNext = false;
            return null;
        }

        /** Why a block above the story is no body text (a headline, a label, a date), or null. */
        private DiscardReason head(Block block, String text, int i) {
            if (isContactLine(text)) {
                // "Contact: Jamie Fox, (202) 224-0000" above a release: who to call, not its headline or body
                return DiscardReason.METADATA;
            }
            if ((titleAt >= 0 || html) && text.length() <= CopiedPage.MAX_FROM_LINE && labelledValue(text)) {
                return DiscardReason.METADATA;
            }
            if (titleAt >= 0 && block.lines().size() > 1 && text.length() <= CopiedPage.MAX_FROM_LINE
                    && CopiedPage.isHeadLabelOnly(block.lines().get(0)) && labelledLines(block.lines())) {
                // From: / Environment Agency / Published / 6 February 2026: a definition list copied as one block
                return DiscardReason.METADATA;
            }
            if (text.length() == 9 && text.equals("Documents") && skipAttachments(i)) {
                return DiscardReason.NAVIGATION;
            }
            if (!titleTaken && !html && title == null) {
                if (CopiedPage.isSectionLabel(text) && i + 1 < blocks.size() && isHeadlineAt(i + 1)) {
                    // "Environment", "News|Politics", "Press release" over the headline: a section, or the
                    // kind of document
                    if (statedSection == null && !isDocumentKind(text) && !opensWithJoiningWord(text)) {
                        // the last step of a breadcrumb ("News|Politics") is the story's own section
                        statedSection = text.substring(text.lastIndexOf('|') + 1).strip();
                    }
                    return DiscardReason.METADATA;
                }
                if (isHeadlineAt(i)) {
                    title = text;
                    titleTaken = true;
                    titleAt = i;
                    return DiscardReason.METADATA;
                }
            }
            if (titleAt >= 0) {
                // the lines a copied page keeps between its headline and its story
                if (!subtitleTaken && i == titleAt + 1 && isStandfirst(blocks, i)) {
                    doc.subtitle(text);
                    subtitleTaken = true;
                    return DiscardReason.METADATA;
                }
                String office = CopiedPage.fromLinePublisher(block.lines().get(0));
                if (office != null) {
                    issuingOffice = issuingOffice == null ? office : issuingOffice;
                    datedUnderFromLine(block);
                    return DiscardReason.METADATA;
                }
                if (CopiedPage.isNewspaperName(text)) {
                    statedPublisher = statedPublisher == null ? text : statedPublisher;
                    return DiscardReason.METADATA;
                }
                if (CopiedPage.isLocationLine(text)) {
                    // where a GOV.UK speech was given: a venue, not the dateline's place
                    return DiscardReason.METADATA;
                }
                if (CopiedPage.isDeliveredOn(text)) {
                    if (!datelineTaken) {
                        dateline = CopiedPage.deliveredOn(text);
                        datelineTaken = dateline != null;
                    }
                    return DiscardReason.METADATA;
                }
                if (CopiedPage.isScoreline(text) || CopiedPage.isAuthorName(text)) {
                    // the score under a match report's headline; the writer's name on a line of its own
                    return DiscardReason.METADATA;
                }
            }
            if (block.kind() == BlockKind.BLOCKQUOTE && i == titleAt + 1 && !subtitleTaken && clippedExcerpt(text, i)) {
                return DiscardReason.METADATA;
            }
            if (titleTaken && !subtitleTaken && block.isHeading()) {
                doc.subtitle(text);
                subtitleTaken = true;
                return DiscardReason.METADATA;
            }
            if (block.kind() != BlockKind.CAPTION && isHeadLabel(text)) {
                return DiscardReason.METADATA;
            }
            if (!datelineTaken) {
                Optional<Dateline> stated = DatelineParser.monthFirst().parse(text);
                if (stated.isPresent()) {
                    dateline = stated.get();
                    datelineTaken = true;
                    return DiscardReason.METADATA;
                }
                Dateline stamp = titleAt >= 0 ? CopiedPage.stampBeforeUpdate(text) : null;
                if (stamp != null) {
                    dateline = stamp;
                    datelineTaken = true;
                    return DiscardReason.METADATA;
                }
            } else if (titleAt >= 0 && text.length() <= MAX_DATELINE_LINE
                    && (DatelineParser.monthFirst().parse(text).isPresent() || DatelineParser.opensWithPageStamp(text))) {
                // the page's second stamp ("Updated ...", "Last updated 22 May 2026 — See all updates") under the
                // first
                return DiscardReason.METADATA;
            }
            return null;
        }

        /**
         * A live blog's entry under its stamps ({@code 2h ago} / {@code 11:58 BST} / {@code Traders meet council}):
         * the stamps say when, not what, so they are set aside and the entry, if the block holds more, is body.
         */
        private DiscardReason liveEntry(Block block, int stamps) {
            List<String> lines = block.lines();
            if (stamps == lines.size()) {
                return DiscardReason.METADATA;
            }
            doc.discard(String.join(" ", lines.subList(0, stamps)), DiscardReason.METADATA, block.line());
            String heading = lines.get(stamps);
            if (stamps + 1 < lines.size() && heading.length() <= MAX_HEADLINE / 2 && !endsLikeSentence(heading)) {
                // the entry's title on the line over its text: a subheading of its own, as on the saved page
                doc.paragraph(heading);
                bodyBlocks++;
                stamps++;
            }
            entryText = String.join(" ", lines.subList(stamps, lines.size()));
            return null;
        }

        /**
         * A byline, a writer's name or a date that the page styles as chrome: what stands between a standfirst and
         * the story, never between a story's first paragraph and its second.
         */
        private boolean isBylineOrDateOutside(Block next) {
            if (next.mainContent()) {
                return false;
            }
            String text = next.text();
            return isByline(text) || CopiedPage.isAuthorName(text) || CopiedPage.isBeatByline(text)
                    || text.length() <= MAX_DATELINE_LINE && DatelineParser.monthFirst().parse(text).isPresent();
        }

        /**
         * The short blocks under a paywall's prompt (its plans, prices and log-in line) are set aside with it, up
         * to the first longer block: a story that goes on under a prompt a page shows in its middle stays.
         */
        private void skipOffers(int prompt) {
            int last = Math.min(blocks.size(), prompt + 1 + MAX_PROMO_BLOCKS + 2);
            int j = prompt + 1;
            while (j < last && blocks.get(j).text().length() <= MAX_OFFER_LINE) {
                j++;
            }
            if (j > prompt + 1) {
                skipThrough = j - 1;
                skipReason = DiscardReason.BOILERPLATE;
            }
        }

        /** {@code Published 2 March 2025} on the lines under a {@code From:} line, in its block: the date. */
        private void datedUnderFromLine(Block block) {
            List<String> lines = block.lines();
            for (int k = 1; k < lines.size() && !datelineTaken; k++) {
                Dateline stated = DatelineParser.monthFirst().parse(lines.get(k)).orElse(null);
                if (stated != null && stated.date().isPresent()) {
                    dateline = stated;
                    datelineTaken = true;
                }
            }
        }

        /**
         * Whether the block at {@code i} is the headline: over longer body text, over a short opening with bylines
         * or dates between, or over a standfirst with bylines or dates under it.
         */
        private boolean isHeadlineAt(int i) {
            Block block = blocks.get(i);
            if (isByline(block.text())) {
                // "By Jane Roe and John Doe" over the headline of a copied page names the writers, whatever follows
                return false;
            }
            Block story = bodyAfter(blocks, i);
            if (story == null) {
                return false;
            }
            if ((isKicker(block.text()) || isDocumentKind(block.text())) && readsLikeHeadline(story)) {
                // "FOR IMMEDIATE RELEASE" / "March 3, 2025", "News release" over the headline: a label, not what
                // the story is
                return false;
            }
            if (isHeadline(block, story)) {
                return true;
            }
            if (story != blocks.get(i + 1)) {
                return isHeadlineOverShortOpening(block, story);
            }
            // "Ministers agree new rules" / "Water firms face fines of up to £250m" / "By Jane Smith": the line
            // under the headline may be shorter than it, which a standfirst with a byline under it says it is
            return block.lines().size() == 1 && readsLikeHeadline(block) && isStandfirst(blocks, i + 1);
        }

        /**
         * A page's head label on its own line and the value on the next ({@code From:} / {@code Department for
         * Transport}, {@code Published} / {@code 9 March 2026}), as a saved page's definition list or its copy
         * gives them: the office is the publisher, the date the dateline's.
         *
         * @return whether the block is such a label or value
         */
        private boolean labelledValue(String text) {
            String label = pendingLabel;
            if (label == null) {
                if (!CopiedPage.isHeadLabelOnly(text)) {
                    return false;
                }
                pendingLabel = text;
                return true;
            }
            pendingLabel = null;
            char kind = label.charAt(0);
            if (kind == 'F') {
                String office = CopiedPage.fromLinePublisher("From: " + text);
                if (office == null) {
                    return false;
                }
                issuingOffice = issuingOffice == null ? office : issuingOffice;
                return true;
            }
            if (kind == 'L' && label.charAt(1) == 'o') {
                return text.length() <= MAX_DATELINE_LINE; // where a speech was given
            }
            Dateline stated = CopiedPage.deliveredOn("Delivered on: " + text);
            if (stated == null || stated.date().isEmpty()) {
                return false;
            }
            if (!datelineTaken) {
                dateline = stated;
                datelineTaken = true;
            }
            return true;
        }

        /** Whether every line is a head label or its value, read as {@link #labelledValue} reads blocks. */
        private boolean labelledLines(List<String> lines) {
            for (int k = 0; k < lines.size(); k++) {
                if (!labelledValue(lines.get(k))) {
                    pendingLabel = null;
                    return false;
                }
            }
            return pendingLabel == null;
        }

        /**
         * GOV.UK's {@code Documents} heading over a publication's attachments (their titles, {@code PDF, 184 KB, 3
         * pages}, accessibility notes) before its {@code Details}: when {@code Details} follows within a few
         * blocks, everything up to it is set aside.
         */
        private boolean skipAttachments(int i) {
            int last = Math.min(blocks.size(), i + 1 + MAX_ATTACHMENT_BLOCKS);
            for (int j = i + 1; j < last; j++) {
                if (blocks.get(j).text().equals("Details")) {
                    skipThrough = j;
                    skipReason = DiscardReason.NAVIGATION;
                    return true;
                }
            }
            return false;
        }

        /**
         * Why a block under the story's first paragraph is no body text, or null: a heading over the notes to
         * editors ends the story; a heading over press contacts, and the contact cards under it or among the
         * notes, give the document's contacts.
         */
        private DiscardReason tail(Block block, String text, int i) {
            int n = text.length();
            if (n <= MAX_LIST_LABEL) {
                char first = Character.toLowerCase(text.charAt(0));
                if ((first == 'm' || first == 'p' || first == 'c' || first == 'f' || first == 'j')
                        && isLabel(text, CONTACT_HEADINGS) && readContactsAfter(i)) {
                    return DiscardReason.CONTACT_BLOCK;
                }
                if ((first == 'n' || first == 'e') && BoilerplateRules.isEditorsNotesHeading(text)) {
                    inNotes = true;
                    return DiscardReason.BOILERPLATE;
                }
            } else if (!inNotes && (text.charAt(0) == 'N' || text.charAt(0) == 'n')
                    && BoilerplateRules.isEditorsNotesHeading(block.lines().get(0))) {
                // "Notes to editors" copied without a blank line under it: the heading opens the notes' block
                inNotes = true;
                return DiscardReason.BOILERPLATE;
            }
            if (!inNotes) {
                return null;
            }
            if (n <= ContactReader.MAX_SEGMENT * MAX_CONTACT_BLOCKS) {
                boolean card = ContactReader.isContactBlock(block);
                if (card || block.lines().size() > 1) {
                    // also a card of several lines that names a way to reach someone ("Name, Press Officer /
                    // Telephone: ... / Email: ..."), whose heading a page may style as chrome
                    List<Contact> contacts = ContactReader.read(List.of(block));
                    if (card || isReachable(contacts)) {
                        contacts.forEach(doc::contact);
                        return DiscardReason.CONTACT_BLOCK;
                    }
                }
            }
            return DiscardReason.BOILERPLATE;
        }

        /** Whether some contact has a phone number or an e-mail address. */
        private static boolean isReachable(List<Contact> contacts) {
            for (int i = 0; i < contacts.size(); i++) {
                if (!contacts.get(i).phones().isEmpty() || !contacts.get(i).emails().isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Reads the contact cards under a contact heading at {@code i}: the short blocks up to page chrome. When
         * they name someone to reach, they are set aside with the heading.
         */
        private boolean readContactsAfter(int i) {
            int last = Math.min(blocks.size(), i + 1 + MAX_CONTACT_BLOCKS);
            int end = i + 1;
            while (end < last && isContactSegment(blocks.get(end))) {
                end++;
            }
            if (end == i + 1) {
                return false;
            }
            List<Contact> contacts = ContactReader.read(blocks.subList(i + 1, end));
            if (contacts.isEmpty()) {
                return false;
            }
            contacts.forEach(doc::contact);
            skipThrough = end - 1;
            skipReason = DiscardReason.CONTACT_BLOCK;
            return true;
        }

        private boolean isContactSegment(Block block) {
            List<String> lines = block.lines();
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).length() > ContactReader.MAX_SEGMENT) {
                    return false;
                }
            }
            return boilerplate.classify(block.text()).isEmpty();
        }

        /** Adds a block of the story; the first may open with the dateline's place. */
        private void body(Block block) {
            String text = entryText == null ? block.text() : entryText;
            entryText = null;
            if (bodyBlocks == 0 && (dateline == null || dateline.place().isEmpty())) {
                Optional<DatelineParser.Lead> lead = DatelineParser.monthFirst().parseLead(text);
                if (lead.isPresent() && lead.get().place().isPresent()) {
                    // WASHINGTON — Lawmakers worked ...: the place is the dateline's, the rest is the story
                    dateline = withPlace(dateline, lead.get());
                    doc.discard(text.substring(0, lead.get().textStart()).strip(), DiscardReason.METADATA,
                            block.line());
                    text = text.substring(lead.get().textStart());
                } else {
                    text = placeBeforeStory(block, text);
                }
            }
            if (RepeatedQuotes.mayRepeat(block, text)) {
                if (pullQuotes == null) {
                    pullQuotes = new ArrayList<>(4);
                    pullQuoteLines = new ArrayList<>(4);
                }
                pullQuotes.add(bodyBlocks);
                pullQuoteLines.add(block.line());
            }
            doc.paragraph(text);
            bodyBlocks++;
        }

        /**
         * The dateline's place when the page sets it apart from the story's opening: in a box of its own over it
         * ({@code Sunvale, Arizona CNN —}), or in bold at its start ({@code <strong>Oreni, Kalvaria</strong> – For
         * three generations}), which names the place in ordinary case where a text dateline would need capitals.
         *
         * @return the paragraph without a bold place and its dash
         */
        private String placeBeforeStory(Block block, String text) {
            String place = citedPlace;
            int textStart = 0;
            String strong = block.leadingStrong().orElse(null);
            if (place == null && strong != null && strong.length() <= MAX_DATELINE_LINE && strong.indexOf(',') > 0
                    && text.startsWith(strong)) {
                int at = strong.length();
                while (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
                if (at < text.length() && Dashes.isDash(text.charAt(at))) {
                    textStart = Dashes.skipDashesAndSpaces(text, at + 1);
                    place = placeWords(strong);
                }
            }
            if (place == null || textStart >= text.length()) {
                return text;
            }
            dateline = Dateline.of(place, dateline == null ? null : dateline.date().orElse(null),
                    dateline == null ? null : dateline.time().orElse(null));
            if (textStart > 0) {
                doc.discard(text.substring(0, textStart).strip(), DiscardReason.METADATA, block.line());
            }
            return text.substring(textStart);
        }

        /**
         * The place in a dateline set apart over the story: without its dash, and without the outlet's name after
         * it ({@code CNN}, {@code (CNN)}), which the page states as its site name.
         */
        private String citedPlace(String text) {
            int end = text.length();
            while (end > 0 && (Dashes.isDash(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1))
                    || text.charAt(end - 1) == ' ')) {
                end--;
            }
            String place = text.substring(0, end);
            String site = source.metadata(MetadataKeys.SITE_NAME).orElse(null);
            boolean outlet = false;
            if (site != null && place.length() > site.length() + 1) {
                if (place.endsWith("(" + site + ")")) {
                    place = place.substring(0, place.length() - site.length() - 2).strip();
                    outlet = true;
                } else if (place.endsWith(" " + site)) {
                    place = place.substring(0, place.length() - site.length() - 1).strip();
                    outlet = true;
                }
            }
            // a label over the story ("Opinion —") is one word in ordinary case; a place has the outlet's name
            // after it, a country after a comma, or capitals
            return outlet || place.indexOf(',') > 0 || place.equals(place.toUpperCase(Locale.ROOT))
                    ? placeWords(place) : null;
        }

        /** The place when the text is a few capitalised words ({@code Oreni, Kalvaria}), without a last comma. */
        private static String placeWords(String text) {
            String place = text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
            return !place.isEmpty() && Character.isUpperCase(place.charAt(0))
                    && isCapitalisedWords(place, 0, place.length()) ? place : null;
        }

        /** Sets aside the pull quotes: paragraphs whose words the body holds again. */
        private void dropPullQuotes() {
            List<String> paragraphs = doc.paragraphs();
            List<Integer> repeats = RepeatedQuotes.repeats(paragraphs, pullQuotes);
            if (repeats.isEmpty()) {
                return;
            }
            List<String> kept = new ArrayList<>(paragraphs.size());
            for (int i = 0; i < paragraphs.size(); i++) {
                int at = repeats.indexOf(i);
                if (at < 0) {
                    kept.add(paragraphs.get(i));
                } else {
                    // the page's design repeats a sentence of the story; the story keeps it once
                    doc.discard(paragraphs.get(i), DiscardReason.BOILERPLATE,
                            pullQuoteLines.get(pullQuotes.indexOf(i)));
                }
            }
            doc.paragraphs(kept);
        }

        private Document finish() {
            if (pullQuotes != null) {
                dropPullQuotes();
            }
            doc.title(title);
            if (dateline != null) {
                doc.dateline(dateline);
            }
            // What the page states of itself: an HTML page's meta tags, or the front matter of a Markdown archive.
            source.metadata(MetadataKeys.CANONICAL_URL).ifPresent(doc::url);
            // the office a page says issued it names the publisher better than the site it is on ("GOV.UK")
            String siteName = issuingOffice != null ? issuingOffice
                    : source.metadata(MetadataKeys.SITE_NAME).orElse(statedPublisher);
            if (siteName == null && html) {
                // "Chip Maker Picks Ohio - The Daily Ledger": the page names its site only in its title
                siteName = PageMetadata.siteNameAfterHeadline(source.metadata(MetadataKeys.TITLE).orElse(null),
                        title);
            }
            if (siteName != null) {
                doc.publisher(siteName);
            }
            String section = source.metadata(MetadataKeys.SECTION).orElse(statedSection);
            if (section != null) {
                doc.section(section);
            }
            if (dateline == null || dateline.date().isEmpty()) {
                // the page's stated publication date, else the one printed under the headline
                Dateline when = source.metadata(MetadataKeys.PUBLISHED).flatMap(ArticleFormat::metadataDate)
                        .orElse(pageDate);
                if (when != null) {
                    doc.dateline(dateline == null ? when : Dateline.of(dateline.place().orElse(null),
                            when.date().orElse(null), when.time().orElse(null)));
                }
            }
            return doc.build();
        }
    }

    /**
     * The dateline a story's opening gives its place to: the date and time come from a line of their own above
     * it, when there was one, or from the opening itself ({@code BRUSSELS, March 4, 2022 —}).
     */
    private static Dateline withPlace(Dateline stated, DatelineParser.Lead lead) {
        Year year = lead.year().orElse(stated == null ? null : stated.date().map(d -> Year.of(d.getYear())).orElse(null));
        Dateline opening = lead.dateline(year).orElseThrow();
        if (stated == null) {
            return opening;
        }
        return Dateline.of(opening.place().orElse(null), stated.date().or(opening::date).orElse(null),
                stated.time().orElse(null));
    }

    /**
     * {@code — Ruth Calloway (@rcalloway) April 1, 2025}, {@code <cite>Carol Dunmore</cite>}: the line under a
     * quoted post or a pull quote, in its block quotation, that says whose it is; the quotation stays (unless it
     * repeats the story), its credit is not a paragraph.
     */
    static boolean isQuotationCredit(String text) {
        char first = text.charAt(0);
        return (first == '\u2014' || first == '\u2015' || first == '\u2013') && text.length() <= MAX_BYLINE
                || CopiedPage.isAuthorName(text);
    }

    /**
     * A photo caption in copied text: one that ends with its credit, or the line under a credit line that does not
     * end like a sentence (BBC pages print the credit, then a caption without a full stop).
     */
    private static boolean isTextCaption(String text, boolean afterCredit) {
        if (afterCredit && text.length() <= BoilerplateRules.MAX_LENGTH && !endsLikeSentence(text)) {
            return true;
        }
        return CopiedPage.isCreditedCaption(text);
    }

    /**
     * A standfirst under a copied page's headline: a sentence or two right under it, followed by what pages set
     * between head and story (a byline, a date, a caption, a {@code From:} line), with the story after that.
     */
    private boolean isStandfirst(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        if (block.text().length() > MAX_STANDFIRST || i + 1 >= blocks.size() || isUnderHeadline(block)) {
            return false;
        }
        return isUnderHeadline(blocks.get(i + 1)) && bodyAfter(blocks, i) != null;
    }

    /** Labels that close a page's content: under them only its footer follows. */
    private static final List<String> PAGE_END_LABELS = List.of("updates to this page", "is this page useful",
            "explore more on these topics");

    /** {@code Is this page useful?}, {@code Explore more on these topics}: what ends a page's content. */
    static boolean closesPage(String text) {
        return opensWithLabel(text, MAX_LIST_LABEL, PAGE_END_LABELS);
    }

    /**
     * Under a newsletter's sign-up prompt a page sets the newsletter's name, its pitch and a privacy notice; when
     * such a notice follows within a few blocks, everything up to it is discarded.
     *
     * @return the index of the last block discarded
     */
    private static int skipNewsletterPromo(List<Block> blocks, int signUp, Document.Builder doc) {
        int last = Math.min(blocks.size(), signUp + 1 + MAX_PROMO_BLOCKS);
        for (int j = signUp + 1; j < last; j++) {
            if (blocks.get(j).text().regionMatches(true, 0, "privacy notice", 0, 14)) {
                for (int k = signUp + 1; k <= j; k++) {
                    doc.discard(blocks.get(k).text(), DiscardReason.BOILERPLATE, blocks.get(k).line());
                }
                return j;
            }
        }
        return signUp;
    }

    /** A block whose first line is a label over related stories and whose other lines are their headlines. */
    static boolean isRelatedListBlock(List<String> lines) {
        if (!opensRelatedList(lines.get(0)) || lines.get(0).length() > MAX_LIST_LABEL) {
            return false;
        }
        for (int k = 1; k < lines.size(); k++) {
            if (!isListedHeadline(lines.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Related}, {@code Read more}, {@code See also}: a label over a list of links to other stories. */
    static boolean opensRelatedList(String text) {
        return opensWithLabel(text, MAX_LIST_LABEL, RELATED_LABELS);
    }

    /** Whether a line of at most {@code maxLength} characters opens with one of the labels, in any case. */
    private static boolean opensWithLabel(String text, int maxLength, List<String> labels) {
        if (text.length() > maxLength) {
            return false;
        }
        for (String label : labels) {
            if (text.regionMatches(true, 0, label, 0, label.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code From:} alone or with its offices, {@code Published}: the metadata under a GOV.UK page's summary. */
    private static boolean opensPageMetadata(String text) {
        return CopiedPage.isHeadLabelOnly(text) || CopiedPage.fromLinePublisher(text) != null;
    }

    /** Whether the line is one of the labels, in any case, with or without a colon after it. */
    private static boolean isLabel(String text, List<String> labels) {
        int n = text.charAt(text.length() - 1) == ':' ? text.length() - 1 : text.length();
        for (String label : labels) {
            if (label.length() == n && text.regionMatches(true, 0, label, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Tags}, {@code Topics}: a label over a list of subjects, which may be single words. */
    static boolean opensTagList(String text) {
        return opensWithLabel(text, MAX_LIST_LABEL, TAG_LABELS);
    }

    /** A subject in a tag list: {@code Kelmora}, a capitalised word or name that is not a sentence. */
    static boolean isListedTag(String text) {
        return text.length() <= MAX_LIST_LABEL && Character.isUpperCase(text.charAt(0)) && !endsLikeSentence(text)
                && text.indexOf(',') < 0;
    }

    /**
     * A linked headline in such a list: a short line that starts with a capital and does not end like a
     * sentence. The first line that is not one ends the list.
     */
    static boolean isListedHeadline(String text) {
        if (text.length() > MAX_HEADLINE / 2 || text.indexOf(' ') < 0 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:!\u201d\"".indexOf(last) < 0;
    }

    /**
     * The block after {@code i} that a headline at {@code i} would stand over: the next one that is not a byline,
     * a line that is only a date or a dateline ({@code Brussels, 10 December 2025}, {@code March 9, 2024 04:15
     * PM}), a caption or page chrome, as pages copied to text set them between headline and story. Only the first
     * few such lines are stepped over.
     */
    private Block bodyAfter(List<Block> blocks, int i) {
        int last = Math.min(blocks.size(), i + 1 + MAX_LINES_UNDER_HEADLINE);
        for (int j = i + 1; j < last; j++) {
            Block next = blocks.get(j);
            if (!isUnderHeadline(next)) {
                return next;
            }
        }
        return null;
    }

    /**
     * Whether a block is one of what pages set between headline and story: a byline, a date, a caption, page
     * chrome, a GOV.UK {@code From:} or {@code Delivered on:} line, a match's score.
     */
    private boolean isUnderHeadline(Block block) {
        String text = block.text();
        return isHeadLabel(text) || block.kind() == BlockKind.CAPTION || CopiedPage.isAuthorName(text)
                || CopiedPage.isNewspaperName(text)
                || text.length() <= MAX_DATELINE_LINE && DatelineParser.monthFirst().parse(text).isPresent()
                || boilerplate.classify(text).isPresent() || CopiedPage.isCreditedCaption(text)
                || CopiedPage.isImageCredit(text) || CopiedPage.fromLinePublisher(text) != null
                || CopiedPage.isDeliveredOn(text) || CopiedPage.isScoreline(text)
                || CopiedPage.stampBeforeUpdate(text) != null || CopiedPage.isHeadLabelOnly(text)
                || CopiedPage.isLocationLine(text)
                || text.length() <= MAX_DATELINE_LINE && DatelineParser.opensWithPageStamp(text);
    }

    /** {@code Contact: Jamie Fox, (202) 224-0000} or {@code Media contact: ...}: a short labelled line. */
    static boolean isContactLine(String text) {
        return opensWithLabel(text, MAX_BYLINE, CONTACT_LABELS);
    }

    /**
     * {@code READOUT}, {@code OFFICE OF THE SPOKESPERSON}, {@code PRESS STATEMENT}: a few words in capitals that
     * say what kind of document this is or who issued it, as official pages print them around the headline. A
     * headline in capitals is longer.
     */
    static boolean isKicker(String text) {
        if (text.length() > MAX_KICKER) {
            return false;
        }
        boolean letter = false;
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c) || c == '.' || c == ',' || c == ':') {
                return false;
            }
            letter |= Character.isLetter(c);
            if (c == ' ') {
                words++;
            }
        }
        return letter && words <= MAX_KICKER_WORDS;
    }

    /**
     * {@code ANTONY J. BLINKEN, SECRETARY OF STATE} or {@code Antony J. Blinken, Secretary of State}: who issued a
     * statement, name and office with one comma between, as official pages print it over the text. Words, not a
     * sentence: each capitalised but for a few joining words ({@code of}, {@code for}), no digits (a date line is
     * a dateline), and a few words on each side of the comma.
     */
    static boolean isIssuerLine(String text) {
        if (text.length() > MAX_DATELINE_LINE || endsLikeSentence(text)) {
            return false;
        }
        int comma = text.indexOf(',');
        if (comma <= 0 || text.indexOf(',', comma + 1) >= 0) {
            return false;
        }
        return isCapitalisedWords(text, 0, comma) && isCapitalisedWords(text, comma + 1, text.length());
    }

    /** {@code FOR IMMEDIATE RELEASE}: a label that opens with a joining word names no section. */
    private static boolean opensWithJoiningWord(String text) {
        int space = text.indexOf(' ');
        return space > 0 && JOINING_WORDS.contains(text.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** {@code ## Excerpt}: the label a web clipper puts over the page's description, in a block quotation. */
    static boolean isExcerptLabel(String text) {
        int at = 0;
        while (at < text.length() && at < 6 && text.charAt(at) == '#') {
            at++;
        }
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return text.length() - at == 7 && text.regionMatches(true, at, "excerpt", 0, 7);
    }

    /** A line that links to another story, its label and headline, is short. */
    static final int MAX_RELATED_LINK = 160;
    /** Labels before a link to another story among a story's paragraphs. */
    private static final List<String> RELATED_LINK_LABELS = List.of("read more", "read also", "also read",
            "see also", "read next", "more on this", "related");

    /**
     * {@code Read more: French ports lose ground}, {@code Read alsoEU ports race to automate} (a label and a link
     * copied without a space): a label over a related story and its headline, on a line of their own.
     */
    static boolean isRelatedLink(String text) {
        // the labels open "Re", "Al", "Se" or "Mo": two characters turn most paragraphs away
        char first = (char) (text.charAt(0) | 0x20);
        char second = text.length() > 1 ? text.charAt(1) : ' ';
        if (!(first == 'r' && second == 'e' || first == 'a' && second == 'l' || first == 's' && second == 'e'
                || first == 'm' && second == 'o')) {
            return false;
        }
        for (int k = 0; k < RELATED_LINK_LABELS.size(); k++) {
            String label = RELATED_LINK_LABELS.get(k);
            if (text.regionMatches(true, 0, label, 0, label.length())) {
                int at = label.length();
                while (at < text.length() && (text.charAt(at) == ':' || text.charAt(at) == ' '
                        || text.charAt(at) == '|' || Dashes.isDash(text.charAt(at)))) {
                    at++;
                }
                // "Read moreFrench ports" is a label glued to its link; "Readers" or "Relatedly" is no label
                if (at >= text.length() || at == label.length() && !Character.isUpperCase(text.charAt(at))) {
                    return false;
                }
                return isListedHeadline(text.substring(at));
            }
        }
        return false;
    }

    /** A subheadline is a phrase of some words, not a label ({@code Live}, {@code Analysis}). */
    static final int MIN_SUBHEADLINE_WORDS = 5;
    /** A note on a correction is a sentence or three. */
    static final int MAX_CORRECTION = 500;

    /** {@code Correction}, {@code Clarification:}: the label over a note on a correction, on its own line. */
    static boolean isCorrectionLabel(String text) {
        int n = text.charAt(text.length() - 1) == ':' ? text.length() - 1 : text.length();
        char first = text.charAt(0);
        return (first == 'C' || first == 'c') && (n == 10 || n == 11 || n == 13)
                && (text.regionMatches(true, 0, "correction", 0, 10) && (n == 10 || text.charAt(10) == 's')
                || text.regionMatches(true, 0, "clarification", 0, 13));
    }

    /**
     * {@code An earlier version of this article misstated ...}, {@code This article was amended on ...},
     * {@code This story has been updated ...}, {@code Correction: ...}: a note that the story was corrected.
     */
    static boolean isCorrectionNote(String text) {
        switch (text.charAt(0)) {
            case 'A' -> {
                return text.startsWith("An earlier version of this ")
                        || text.startsWith("A correction was made");
            }
            case 'T' -> {
                if (!text.startsWith("This ")) {
                    return false;
                }
                int at = text.startsWith("article ", 5) ? 13 : text.startsWith("story ", 5) ? 11 : -1;
                if (at < 0) {
                    return false;
                }
                at = text.startsWith("was ", at) ? at + 4 : text.startsWith("has been ", at) ? at + 9 : -1;
                return at > 0 && (text.startsWith("amended", at) || text.startsWith("corrected", at)
                        || text.startsWith("updated", at));
            }
            case 'C' -> {
                return text.startsWith("Correction:") || text.startsWith("Correction, ")
                        || text.startsWith("Clarification:");
            }
            default -> {
                return false;
            }
        }
    }

    /** A description shorter than this is too little of a standfirst to recognise it by. */
    static final int MIN_DESCRIPTION_STEM = 40;

    /** The description without the full stop or ellipsis that ends it, or null when it is short or absent. */
    static String descriptionStem(String description) {
        if (description == null) {
            return null;
        }
        int end = description.length();
        while (end > 0 && ".\u2026 ".indexOf(description.charAt(end - 1)) >= 0) {
            end--;
        }
        return end < MIN_DESCRIPTION_STEM ? null : description.substring(0, end);
    }

    /** An agency credit is a few words in brackets: {@code (AFP)}, {@code (FRANCE 24 with AFP and Reuters)}. */
    static final int MAX_AGENCY_CREDIT = 48;

    /**
     * {@code (FRANCE 24 with AFP)}, {@code (AFP)}, {@code (with Reuters)}: a paragraph that is only the outlet and
     * the agencies it drew on, in brackets, words capitalised but for {@code with} and {@code and}, one of them
     * an agency's name in capitals.
     */
    static boolean isAgencyCredit(String text) {
        int n = text.length();
        if (n < 4 || n > MAX_AGENCY_CREDIT || text.charAt(n - 1) != ')') {
            return false;
        }
        boolean capitals = false;
        int i = 1;
        while (i < n - 1) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = i;
            boolean lower = false;
            while (end < n - 1 && text.charAt(end) != ' ') {
                char c = text.charAt(end);
                if (!Character.isLetterOrDigit(c) && c != '-' && c != '&') {
                    return false;
                }
                lower |= Character.isLowerCase(c);
                end++;
            }
            String word = text.substring(i, end);
            if (lower && !word.equals("with") && !word.equals("and") && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            capitals |= !lower && end - i >= 2 && Character.isLetter(word.charAt(0));
            i = end;
        }
        return capitals;
    }

    static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:;\u201d\"".indexOf(last) >= 0;
    }

    /**
     * Whether {@code text[from, to)} holds one to {@value #MAX_ISSUER_WORDS} words, each starting with a capital
     * or one of the {@link #JOINING_WORDS}, with no digit anywhere.
     */
    private static boolean isCapitalisedWords(String text, int from, int to) {
        int words = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && !Character.isWhitespace(text.charAt(end)) && !Character.isSpaceChar(text.charAt(end))) {
                if (Character.isDigit(text.charAt(end))) {
                    return false;
                }
                end++;
            }
            if (!Character.isUpperCase(c) && !JOINING_WORDS.contains(text.substring(i, end))) {
                return false;
            }
            if (++words > MAX_ISSUER_WORDS) {
                return false;
            }
            i = end;
        }
        return words > 0;
    }

    /**
     * {@code Press Statement}, {@code Media Note}, {@code Readout}: a line that only says what kind of document
     * follows, in any case, as official pages print it over the headline or under it.
     */
    static boolean isDocumentKind(String text) {
        return text.length() <= MAX_KICKER && DOCUMENT_KINDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A line that says who wrote or issued the document or what kind it is, as pages print them around the
     * headline: a byline, a kicker in capitals, an issuer line or a document-kind label.
     */
    static boolean isHeadLabel(String text) {
        return isByline(text) || isKicker(text) || isIssuerLine(text) || isDocumentKind(text)
                || CopiedPage.isBeatByline(text) || CopiedPage.isReadingTime(text);
    }

    /** {@code By Lena Fischer, Environment correspondent} above the body: who wrote it, not what it says. */
    static boolean isByline(String text) {
        return text.length() <= MAX_BYLINE && (text.startsWith("By ") || text.startsWith("BY ")) && text.length() > 3
                && Character.isUpperCase(text.charAt(3)) && !text.endsWith(".");
    }

    /** A heading, or a short line that does not end like a sentence and is followed by longer body text. */
    static boolean isHeadline(Block block, Block next) {
        if (next == null) {
            return false;
        }
        if (block.isHeading() && block.level() <= 2) {
            return true;
        }
        if (!readsLikeHeadline(block)) {
            return false;
        }
        // The story under it is longer; or the headline is one line and the story, if shorter, still a sentence
        // of some length ("The below is attributable to Spokesperson ...:").
        String text = block.text();
        String story = next.text();
        return story.length() > text.length() || block.lines().size() == 1 && story.length() >= MIN_SHORT_STORY
                && ".:\u201d\"".indexOf(story.charAt(story.length() - 1)) >= 0;
    }

    /**
     * A headline with bylines, dates or a {@code From:} line under it, over a story that opens with a short
     * sentence ({@code Good afternoon.}): those lines say the first is a headline, however short the opening.
     */
    static boolean isHeadlineOverShortOpening(Block block, Block story) {
        String opening = story.text();
        return block.lines().size() == 1 && ".!".indexOf(opening.charAt(opening.length() - 1)) >= 0
                && readsLikeHeadline(block);
    }

    /**
     * A short line that does not end like a sentence, opens with a capital, a digit or (a quoted headline) a
     * quotation mark, and is not a dateline.
     */
    private static boolean readsLikeHeadline(Block block) {
        String text = block.text();
        if (text.length() > MAX_HEADLINE || text.indexOf(' ') < 0) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".,;:\u201d\"".indexOf(last) >= 0 && !CopiedPage.endsLikeQuotingHeadline(text)) {
            return false;
        }
        char first = text.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)
                && Character.getType(first) != Character.CURRENCY_SYMBOL
                && !(block.lines().size() == 1 && CopiedPage.opensLikeQuotedHeadline(text))) {
            return false;
        }
        Dateline dated = DatelineParser.monthFirst().parse(text).orElse(null);
        // "Brussels, 4 March 2022" is where and when, not what; "PM remarks at press conference: 3 March 2025"
        // is what, with its date
        return dated == null || dated.place().isPresent() && WordCount.of(dated.place().get()) > MAX_ISSUER_WORDS;
    }

    /**
     * The page's headline: {@code og:title}, the JSON-LD headline, the first {@code h1}, or the {@code <title>},
     * each without the site's name ({@code | The Daily Planet}).
     */
    static String htmlTitle(SourceDocument source) {
        String site = source.metadata(MetadataKeys.SITE_NAME).orElse(null);
        return source.metadata(MetadataKeys.OG_TITLE)
                .or(() -> source.metadata(MetadataKeys.HEADLINE))
                .map(t -> PageMetadata.cleanTitle(t, site))
                .or(() -> source.metadata(MetadataKeys.H1))
                .or(() -> source.metadata(MetadataKeys.TITLE).map(t -> PageMetadata.cleanTitle(t, site)))
                .filter(t -> !t.isBlank())
                .orElse(null);
    }

    /**
     * Reads a page's stated publication date, ISO ({@code 2022-03-04T19:53:00+01:00}) or written out
     * ({@code Fri, 04 Mar 2022 19:53:00 GMT}), as a dateline with a date and, when given, a time but no place.
     */
    static Optional<Dateline> metadataDate(String value) {
        String v = value.strip();
        if (v.length() >= 10 && isIsoDate(v)) {
            int end = 10;
            if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
                end = v.length();
                int zone = zoneStart(v);
                end = Math.min(end, zone);
            }
            v = v.substring(0, end);
        }
        String stated = v;
        return DatelineParser.monthFirst().parse(stated)
                .or(() -> DatelineParser.dayFirst().parse(stated))
                .flatMap(d -> d.date().map(date -> Dateline.of(null, date, d.time().orElse(null))));
    }

    private static boolean isIsoDate(String v) {
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : Character.isDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Where the time zone or fraction of an ISO date-time starts; the dateline keeps the local time. */
    private static int zoneStart(String v) {
        for (int i = 11; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == 'Z' || c == '+' || c == '-' || c == '.' || c == ' ') {
                return i;
            }
        }
        return v.length();
    }
}
