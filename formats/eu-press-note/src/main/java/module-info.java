/** The {@code EuPressNoteFormat} format provider for Broadsheet. */
module io.broadsheet.format.pressnote {
    requires io.broadsheet.core;

    exports io.broadsheet.format.pressnote;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.format.pressnote.EuPressNoteFormat;
}
