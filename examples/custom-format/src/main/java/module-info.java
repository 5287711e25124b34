/** Example: a White House briefing format provider, registered as a service. */
module io.broadsheet.examples.whitehouse {
    requires transitive io.broadsheet.core;

    exports io.broadsheet.examples.whitehouse;

    provides io.broadsheet.spi.FormatProvider with io.broadsheet.examples.whitehouse.WhiteHouseBriefingFormat;
}
