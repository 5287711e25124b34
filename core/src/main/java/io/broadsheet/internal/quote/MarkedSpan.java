package io.broadsheet.internal.quote;

/**
 * A stretch of a paragraph between quotation marks, as the mark scanner found it, before anyone decides whether
 * it is speech.
 *
 * @param paragraph    index of the paragraph
 * @param begin        first character of the quoted words
 * @param end          end (exclusive) of the quoted words
 * @param regionBegin  first character of the stretch including its opening mark (or of the repaired start)
 * @param regionEnd    end of the stretch including its closing mark
 * @param unopened     the opening mark was lost and the start was repaired
 * @param unclosed     the closing mark was lost; the quote ends with its paragraph
 * @param continued    the paragraph continues a quotation from the paragraph before (repeated opening mark)
 * @param continues    the quotation goes on in the next paragraph
 */
record MarkedSpan(int paragraph, int begin, int end, int regionBegin, int regionEnd, boolean unopened,
                  boolean unclosed, boolean continued, boolean continues) {

    MarkedSpan withContinued() {
        return new MarkedSpan(paragraph, begin, end, regionBegin, regionEnd, unopened, unclosed, true, continues);
    }
}
