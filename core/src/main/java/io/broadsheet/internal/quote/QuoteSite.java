package io.broadsheet.internal.quote;

import java.util.List;

/**
 * One quotation in its paragraph, as the attribution rules see it: the tokens around it, the result for the
 * quotation before it, and the services that read and resolve speakers.
 */
final class QuoteSite {
    /** How far before a quotation, in tokens, a rule may look for its cue. */
    static final int WINDOW = 40;

    final ParagraphView view;
    final int at;
    final MarkedSpan span;
    final int spanIndex;
    final QuoteResult previous;
    final SpeakerResolver speakers;
    final MentionFinder finder;
    final Lexicon lexicon;
    /** The paragraph before the quotation's, or {@code null} for the first. */
    final ParagraphView previousParagraph;

    QuoteSite(ParagraphView view, int at, MarkedSpan span, int spanIndex, QuoteResult previous,
              SpeakerResolver speakers, MentionFinder finder, Lexicon lexicon, ParagraphView previousParagraph) {
        this.view = view;
        this.previousParagraph = previousParagraph;
        this.at = at;
        this.span = span;
        this.spanIndex = spanIndex;
        this.previous = previous;
        this.speakers = speakers;
        this.finder = finder;
        this.lexicon = lexicon;
    }

    List<Token> tokens() {
        return view.tokens;
    }

    Token token(int i) {
        return view.tokens.get(i);
    }

    int size() {
        return view.tokens.size();
    }

    Token quote() {
        return view.tokens.get(at);
    }

    /** The quoted words. */
    String text() {
        return view.tokens.get(at).text();
    }

    /**
     * The first token of the reporter's words in the quotation's own sentence: after the sentence start or after
     * an earlier quotation in that sentence, and no more than {@link #WINDOW} tokens back.
     */
    int sentenceStart() {
        return sentenceStart(true);
    }

    /**
     * Like {@link #sentenceStart()}, optionally reaching past earlier quotations in the sentence, as in
     * {@code said its forces struck "military targets" in a "massive strike."}
     */
    int sentenceStart(boolean stopAtQuote) {
        int sentence = quote().sentence();
        int i = at;
        while (i > 0 && at - i < WINDOW) {
            Token before = view.tokens.get(i - 1);
            if (before.sentence() != sentence || (stopAtQuote && before.isQuote())) {
                break;
            }
            i--;
        }
        return i;
    }

    /** Whether the quoted words end a sentence: their last character is a period. */
    boolean quoteEndsWithPeriod() {
        String t = text();
        return !t.isEmpty() && (t.charAt(t.length() - 1) == '.' || t.endsWith(".\u2019") || t.endsWith(".'"));
    }

    /** The reporting verb at token {@code i} as written, with its particle ({@code pointed out}). */
    String cueText(int i) {
        Cue cue = token(i).word().cue;
        if (cue != null && !cue.particle().isEmpty() && !cue.object() && i + 1 < size()) {
            return token(i).text() + " " + token(i + 1).text();
        }
        return token(i).text();
    }

    /** The index after the reporting verb at {@code i} and its particle. */
    int afterCue(int i) {
        Cue cue = token(i).word().cue;
        return cue != null && !cue.particle().isEmpty() ? i + 2 : i + 1;
    }

    Cue cue(int i) {
        return finder.isCueAt(view.tokens, i) ? token(i).word().cue : null;
    }
}
