package io.broadsheet.format.transcript;

import io.broadsheet.Document;
import io.broadsheet.format.transcript.internal.TranscriptParser;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;

/**
 * Reads government press-conference, briefing and remarks transcripts (state.gov style), as text or HTML, into
 * speaker turns.
 *
 * <p>What it reads:
 * <ul>
 *   <li>the header before the first speaker: the {@code An official website of the United States government}
 *       banner (boilerplate), the title, the location-and-date line
 *       ({@code NATO HEADQUARTERS Brussels, Belgium March 4, 2022}) and a repeated date line, a time line
 *       ({@code 2:47 p.m. EDT}), a place line ({@code Washington, DC}), speaker introductions
 *       ({@code Ned Price, Department Spokesperson}), photo captions ({@code Left to right: ...}, or a line ending
 *       in {@code [State Department photo by ...]}) and a copied page's breadcrumb; without a date in the text,
 *       the day comes from the page's metadata (a Markdown archive's front-matter {@code date});</li>
 *   <li>speaker labels: {@code SECRETARY BLINKEN:}, {@code MR PRICE:}, {@code QUESTION:}, {@code MODERATOR:},
 *       {@code PARTICIPANT:}, the bare {@code Q} of White House transcripts, and mixed-case labels set in
 *       bold; in a text copied from a web page, which has lost the bold, mixed-case labels such as
 *       {@code NATO Spokesperson:} and {@code Q (Reuters):} where several blocks open with one. Each named label
 *       is resolved to the fullest name and role the title, captions and introductions give (or, failing them,
 *       the text spoken before the label's first turn), so {@code SECRETARY BLINKEN} becomes Antony J. Blinken,
 *       Secretary of State; {@code THE PRESIDENT} is the one president the introductions name; role labels such
 *       as {@code QUESTION} become anonymous speakers;</li>
 *   <li>turns: each runs over the following paragraphs until the next label. {@link Document#paragraphs()} holds
 *       the spoken text without labels (and without notes such as {@code (Via interpreter)} that open a turn);
 *       {@link Document#turns()} groups it by speaker; {@link Document#people()} lists the named speakers;</li>
 *   <li>whatever trails the last turn: related-content links and closing stage notes such as
 *       {@code END   1:50 P.M. EST}, discarded.</li>
 * </ul>
 * Detection counts speaker labels near the top: two or more make a transcript.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GovTranscriptFormat implements FormatProvider {

    /** This format's id. */
    public static final String ID = "gov-transcript";

    /** Creates the provider; {@link java.util.ServiceLoader} uses this constructor. */
    public GovTranscriptFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double detect(SourceDocument source) {
        return TranscriptParser.detect(source);
    }

    @Override
    public Document parse(SourceDocument source) {
        return new TranscriptParser(source, ID).parse();
    }
}
