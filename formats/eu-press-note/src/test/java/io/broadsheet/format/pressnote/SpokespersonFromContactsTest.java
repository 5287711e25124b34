package io.broadsheet.format.pressnote;

import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EEAS statement quotes "the Spokesperson" and names them only in its contacts: the contacts say who spoke.
 */
class SpokespersonFromContactsTest {

    private static final String CONTACTS = """

            Peer Olsen
            Lead Spokesperson for Foreign Affairs and Security Policy
            +32 (0)2 29 93147

            Ines Caldeira
            Press Officer for Foreign Affairs and Security Policy
            +32 (0)2 29 56089
            """;

    private static Document parse(String body, String contacts) {
        return Documents.parser().build().parse("note.txt", """
                Page language:
                English

                Chad: Statement by the Spokesperson on the attack in the east

                Brussels, 03.07.2024

                """ + body + "\n" + contacts);
    }

    @Test
    void saidTheSpokespersonIsTheSpokespersonNamedInTheContacts() {
        Document doc = parse("\"The European Union condemns the attack on the refugee camp near the border,\" said"
                + " the Spokesperson.\n", CONTACTS);

        assertThat(doc.quotes()).hasSize(1);
        Quote quote = doc.quotes().get(0);
        assertThat(quote.speaker()).isPresent();
        assertThat(quote.speaker().get().name()).isEqualTo("Peer Olsen");
        assertThat(quote.speaker().get().role()).contains("Lead Spokesperson for Foreign Affairs and Security Policy");
    }

    @Test
    void twoSpokespersonsInTheContactsLeaveTheSpeakerUnnamed() {
        Document doc = parse("\"The European Union condemns the attack on the refugee camp near the border,\" said"
                + " the Spokesperson.\n", CONTACTS.replace("Press Officer", "Spokesperson"));

        assertThat(doc.quotes()).hasSize(1);
        assertThat(doc.quotes().get(0).speaker()).isEmpty();
        assertThat(doc.people()).isEmpty();
    }

    @Test
    void aBodyThatNamesNoSpokespersonGetsNoPersonFromTheContacts() {
        Document doc = parse("The European Union condemns the attack on the refugee camp near the border. The EU"
                + " calls for an independent investigation.\n", CONTACTS);

        assertThat(doc.people()).isEmpty();
    }
}
