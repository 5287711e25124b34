/** The {@code WireReleaseFormat} format provider for Broadsheet. */
module io.broadsheet.format.wire {
    requires io.broadsheet.core;

    exports io.broadsheet.format.wire;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.format.wire.WireReleaseFormat;
}
