/**
 * News-agency releases (USPA News, Reuters, AP, AFP): the {@code wire-release} format provider.
 * Its implementation stays in the unexported {@code internal} package.
 */
module io.broadsheet.format.wire {
    requires transitive io.broadsheet.core;

    exports io.broadsheet.format.wire;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.format.wire.WireReleaseFormat;
}
