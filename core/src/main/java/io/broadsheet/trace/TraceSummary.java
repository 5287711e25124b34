package io.broadsheet.trace;

import java.util.List;

/**
 * Counts from one run of {@link Corpus#trace()}.
 *
 * @param documents     documents parsed, primaries included
 * @param primaries     primary sources among them
 * @param quotes        quotes in the reporting (non-primary) documents
 * @param verbatim      quotes traced as verbatim
 * @param altered       quotes traced as altered
 * @param misattributed traced quotes whose reported speaker differs from the source's
 * @param failures      inputs that could not be read or parsed
 */
public record TraceSummary(int documents, int primaries, int quotes, int verbatim, int altered, int misattributed,
                           List<TraceFailure> failures) {

    /** Validates and copies. */
    public TraceSummary {
        if (documents < 0 || primaries < 0 || quotes < 0 || verbatim < 0 || altered < 0 || misattributed < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        failures = List.copyOf(failures);
    }

    /** @return quotes traced to a source, verbatim or altered */
    public int sourced() {
        return verbatim + altered;
    }

    /**
     * @return the counts as one sentence, for people: {@code 5 documents, 1 primary source; 26 reported quotes:
     *         7 verbatim, 4 altered, 15 without a source, 0 misattributed}
     */
    public String describe() {
        return count(documents, "document") + ", " + count(primaries, "primary source") + "; "
                + count(quotes, "reported quote") + ": " + verbatim + " verbatim, " + altered + " altered, "
                + (quotes - sourced()) + " without a source, " + misattributed + " misattributed";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
