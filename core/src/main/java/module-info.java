/**
 * Broadsheet core: the document model, loading, quote attribution, the format SPI and the {@code Documents}
 * facade.
 */
module io.broadsheet.core {
    requires transitive org.jsoup;
    requires org.apache.commons.text;

    exports io.broadsheet;
    exports io.broadsheet.spi;
    exports io.broadsheet.quote;
    exports io.broadsheet.trace;

    uses io.broadsheet.spi.FormatProvider;
}
