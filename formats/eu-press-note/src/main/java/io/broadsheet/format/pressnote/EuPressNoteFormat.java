package io.broadsheet.format.pressnote;

import io.broadsheet.Document;
import io.broadsheet.format.pressnote.internal.PressNoteParser;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;

/**
 * Reads press notes of the EU institutions (EEAS, European Commission, European Parliament), as text or as HTML
 * pages.
 *
 * <p>What it reads:
 * <ul>
 *   <li>page chrome such as {@code Page language:}, share buttons and menus, discarded;</li>
 *   <li>the title, and a stated date ({@code Brussels, 15/01/2022}, {@code 18-07-2019 - 11:37}, or
 *       {@code Brussels, 15 January 2022 –} opening the first paragraph) as the dateline, read day first. A note
 *       that states no date has no dateline: none is invented from elsewhere;</li>
 *   <li>the body, up to the contact section;</li>
 *   <li>the contact section that closes the note ({@code Contacts:} or just the contact lines): each person's
 *       name, role, phone numbers as written and e-mail addresses, in {@link Document#contacts()} and not in the
 *       body. Links and page footer after it are discarded.</li>
 * </ul>
 * Detection wants a press-contact block together with a sign of an EU institution (a europa.eu address, EEAS page
 * chrome, EU vocabulary near the top).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EuPressNoteFormat implements FormatProvider {

    /** This format's id. */
    public static final String ID = "eu-press-note";

    /** Creates the provider; {@link java.util.ServiceLoader} uses this constructor. */
    public EuPressNoteFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double detect(SourceDocument source) {
        return PressNoteParser.detect(source);
    }

    @Override
    public Document parse(SourceDocument source) {
        return new PressNoteParser(source, ID).parse();
    }
}
