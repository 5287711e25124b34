package io.broadsheet.format.wire;

import io.broadsheet.Document;
import io.broadsheet.format.wire.internal.WireReleaseParser;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;

/**
 * Reads news-agency releases: a USPA News / General News Agency release, a Reuters, AP or AFP story, or a
 * press-wire release, as text or as an HTML page.
 *
 * <p>What it reads:
 * <ul>
 *   <li>a {@code Beat:} (or {@code Section:}) line as the section;</li>
 *   <li>the headline and subtitle (Markdown {@code ##}/{@code ###} headings, HTML {@code h1} and the page's
 *       metadata, or the first short lines of plain text);</li>
 *   <li>a dateline line such as {@code Brussels, Belgium, 04.03.2022, 19:53 Time}, whose numeric date is read
 *       day first, as European agencies write it;</li>
 *   <li>an agency web page's time stamp ({@code March 3, 2024 4:12 PM GMT+0 Updated 2 hours ago},
 *       {@code Updated 10:42 AM EDT, March 14, 2023}) as the dateline's date and time;</li>
 *   <li>the agency tag that opens the first paragraph, either a bold tag ({@code **USPA NEWS** -}, or the same
 *       in capitals without the bold when its last word is {@code NEWS}, {@code PRESS} or the like) or an agency
 *       dateline ({@code WASHINGTON (Reuters) -}, {@code BRUSSELS, March 4 (Reuters) -}, {@code (AP) —},
 *       {@code Washington (AFP) –}, {@code BEIJING, Oct. 5 (Xinhua) --}, {@code (ANSA) - ROME, MAR 12 -}): it is
 *       cut from the body and becomes the publisher;</li>
 *   <li>an {@code Article online:} link as the URL, and the agency's footer (editorial office, liability notice,
 *       postal address, author and tag lines, reporting credits, AP's notes under {@code ___}, sign-off slugs such
 *       as {@code lb-jr/ach/rl}, Xinhua's {@code Enditem}) as discarded blocks;</li>
 *   <li>the agency's correction or update notices ({@code This story has been corrected to ...}), which are set
 *       aside: they are no paragraphs of the story (section headings inside the body, {@code Highlights} or
 *       {@code Next steps}, stay paragraphs, as in every format: the contract keeps the body whole);</li>
 *   <li>press contacts, whether under the story, on the label's own line ({@code For further information: Media:
 *       Name, Role, phone, e-mail}) or above the headline.</li>
 * </ul>
 * <p>An organisation's own press release, which no agency carries, is read the same way: its kicker
 * ({@code PRESS RELEASE}, {@code FOR IMMEDIATE RELEASE}) and embargo line are set aside, the place and date that
 * open its first paragraph ({@code LEEDS, 12 March 2026 –}, {@code COLUMBUS, Ohio (March 9, 2026) —}) are its
 * dateline, and the story ends at its end mark ({@code ENDS}, {@code ###}, {@code -30-}), its {@code Notes to
 * editors} or its {@code About ...} section, whose organisation is the publisher when nothing else names one.
 *
 * <p>Detection needs the agency tag or agency dateline near the top, or two of a release's own marks set apart as
 * blocks: the kicker, the end mark, the notes for editors or {@code About ...} heading, a media contact heading
 * (the {@code LEEDS, 12 March 2026 –} opening confirms a kicker). An ordinary article with a {@code WASHINGTON —}
 * dateline, or one that quotes "a press release", is not a wire release; nor is an EU institution's page, which is
 * the EU press note format's.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WireReleaseFormat implements FormatProvider {

    /** This format's id. */
    public static final String ID = "wire-release";

    /** Creates the provider; {@link java.util.ServiceLoader} uses this constructor. */
    public WireReleaseFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double detect(SourceDocument source) {
        return WireReleaseParser.detect(source);
    }

    @Override
    public Document parse(SourceDocument source) {
        return new WireReleaseParser(source, ID).parse();
    }
}
