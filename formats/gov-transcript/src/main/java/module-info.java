/**
 * Government press-conference and remarks transcripts: the {@code gov-transcript} format provider.
 * Its implementation stays in the unexported {@code internal} package.
 */
module io.broadsheet.format.transcript {
    requires transitive io.broadsheet.core;

    exports io.broadsheet.format.transcript;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.format.transcript.GovTranscriptFormat;
}
