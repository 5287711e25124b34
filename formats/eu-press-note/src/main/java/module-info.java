/**
 * EU institutions' press notes with contact blocks: the {@code eu-press-note} format provider.
 * Its implementation stays in the unexported {@code internal} package.
 */
module io.broadsheet.format.pressnote {
    requires transitive io.broadsheet.core;

    exports io.broadsheet.format.pressnote;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.format.pressnote.EuPressNoteFormat;
}
