/** The {@code GovTranscriptFormat} format provider for Broadsheet. */
module io.broadsheet.format.transcript {
    requires io.broadsheet.core;

    exports io.broadsheet.format.transcript;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.format.transcript.GovTranscriptFormat;
}
