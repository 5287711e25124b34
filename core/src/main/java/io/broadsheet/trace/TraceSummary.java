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
}
