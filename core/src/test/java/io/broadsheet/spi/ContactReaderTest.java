package io.broadsheet.spi;

import io.broadsheet.Contact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContactReaderTest {

    @Test
    void roleWordsAreMatchedWhateverTheirCase() {
        assertThat(ContactReader.isName("Peter Stano")).isTrue();
        assertThat(ContactReader.isName("Press Officer")).isFalse();
        assertThat(ContactReader.isName("Peter SPOKESPERSON")).isFalse();
        assertThat(ContactReader.isName("Marie Attaché")).isFalse();
        assertThat(ContactReader.isName("Acme Inc.")).isFalse();
        // The dotted capital I lower-cases to two characters: no role word.
        assertThat(ContactReader.isName("Acme \u0130nc")).isTrue();
        assertThat(ContactReader.isName("Acme \u212Anown")).isTrue();
    }

    @Test
    void aCompanyLineUnderTheNameIsTheOrganisationNotTheRole() {
        Block card = lines("Media contact:", "Dana Whitfield", "Northwind Energy", "+1 555 0100",
                "press@northwind.example");
        Block titled = lines("Rahul Mehta", "Head of Investor Relations", "Northwind Energy Ltd", "+1 555 0144");
        Block institution = lines("Anna Kovacs", "Spokesperson", "European Commission", "+32 2 298 00 00");

        assertThat(ContactReader.read(List.of(card))).containsExactly(new Contact("Dana Whitfield", Optional.empty(),
                Optional.of("Northwind Energy"), List.of("+1 555 0100"), List.of("press@northwind.example")));
        assertThat(ContactReader.read(List.of(titled))).containsExactly(new Contact("Rahul Mehta",
                Optional.of("Head of Investor Relations"), Optional.of("Northwind Energy Ltd"), List.of("+1 555 0144"),
                List.of()));
        assertThat(ContactReader.read(List.of(institution))).containsExactly(new Contact("Anna Kovacs",
                Optional.of("Spokesperson"), Optional.of("European Commission"), List.of("+32 2 298 00 00"),
                List.of()));
    }

    @Test
    void aJobTitleUnderTheNameStaysTheRole() {
        Block office = lines("Peter Stano", "Head of Communications", "Press Office", "+32 460 75 45 53");
        Block named = lines("Vera Lind", "Vice President", "+46 8 555 010 10");
        Block comma = lines("Henrik Vold, Head of Investor Relations, Northwind Energy ASA", "+47 555 01 234");

        assertThat(ContactReader.read(List.of(office))).extracting(Contact::role, Contact::organization)
                .containsExactly(tuple(Optional.of("Head of Communications, Press Office"), Optional.empty()));
        assertThat(ContactReader.read(List.of(named))).extracting(Contact::role, Contact::organization)
                .containsExactly(tuple(Optional.of("Vice President"), Optional.empty()));
        assertThat(ContactReader.read(List.of(comma))).extracting(Contact::role, Contact::organization)
                .containsExactly(tuple(Optional.of("Head of Investor Relations"), Optional.of("Northwind Energy ASA")));
    }

    @Test
    void aContactOnOneLineAfterItsLabelIsRead() {
        // the Court of Justice's style: a label, the name, a telephone sign, the number and a full stop
        Block court = lines("Press contact: Hedda Larsen \u260E (+352) 4303 3355.");
        Block council = lines("Contact: Helena Kovač, Press officer, +32 2 281 52 67");

        assertThat(ContactReader.read(List.of(court))).containsExactly(new Contact("Hedda Larsen", Optional.empty(),
                Optional.empty(), List.of("(+352) 4303 3355"), List.of()));
        assertThat(ContactReader.read(List.of(council))).extracting(Contact::name, Contact::phones)
                .containsExactly(tuple("Helena Kovač", List.of("+32 2 281 52 67")));
    }

    @Test
    void aNameBeforeAColonWithItsAddressesPartedByDashesIsAContact() {
        // the Court of Auditors' style, which gave no contact at all
        Block auditors = lines("ECA press office: press@eca.europa.eu",
                "Jonas Weber: jonas.weber@eca.europa.eu - M: (+352) 691 553 071");

        assertThat(ContactReader.read(List.of(auditors))).extracting(Contact::name, Contact::phones, Contact::emails)
                .contains(tuple("Jonas Weber", List.of("(+352) 691 553 071"), List.of("jonas.weber@eca.europa.eu")));
    }

    @Test
    void anInstitutionsInitialsBeforeAContactAreALabel() {
        Block bank = lines("EIB: Marta Figueiredo, m.figueiredo@eib.org, tel.: +352 4379 83145");

        assertThat(ContactReader.read(List.of(bank))).extracting(Contact::name, Contact::phones, Contact::emails)
                .containsExactly(tuple("Marta Figueiredo", List.of("+352 4379 83145"), List.of("m.figueiredo@eib.org")));
    }

    @Test
    void aNumberRightAfterTheNameIsParted() {
        Block court = lines("Press contact: Hedda Larsen (+352) 4303 3355.");
        Block plain = lines("Hedda Larsen +352 4303 3355");

        assertThat(ContactReader.read(List.of(court))).containsExactly(new Contact("Hedda Larsen", Optional.empty(),
                Optional.empty(), List.of("(+352) 4303 3355"), List.of()));
        assertThat(ContactReader.read(List.of(plain))).extracting(Contact::name, Contact::phones)
                .containsExactly(tuple("Hedda Larsen", List.of("+352 4303 3355")));
    }

    @Test
    void aSpeakerOrANoteBeforeAColonIsNoContact() {
        assertThat(ContactReader.isContactBlock(lines("Anna Berg: We expect 300 new jobs."))).isFalse();
        assertThat(ContactReader.isContactBlock(lines("NOTE: The 2025 figures are provisional."))).isFalse();
    }

    @Test
    void segmentsOfOneOrTwoLettersAreSafe() {
        // an initials check read a second character that a one-letter segment ("X" of a share bar) does not have
        assertThat(ContactReader.segments(lines("Share this page:", "X", "EU", "LinkedIn")))
                .containsExactly("Share this page:", "X", "EU", "LinkedIn");
    }

    @Test
    void labelledNumbersAfterACommaOrASlashAreRead() {
        Block labelled = lines("Stefan Brandt, tel.: +49 69 1344 8120");
        Block slashed = lines("Laura Mendes, l.mendes@eib.org, tel.: +352 4379 - 83330 / Mobile: +352 621 36 45 18");
        Block inside = lines("Jonas Weber, Tel.: 069 / 1344 7455");

        assertThat(ContactReader.read(List.of(labelled))).extracting(Contact::name, Contact::phones)
                .containsExactly(tuple("Stefan Brandt", List.of("+49 69 1344 8120")));
        assertThat(ContactReader.read(List.of(slashed))).extracting(Contact::phones, Contact::emails)
                .containsExactly(tuple(List.of("+352 4379 - 83330", "+352 621 36 45 18"), List.of("l.mendes@eib.org")));
        assertThat(ContactReader.read(List.of(inside))).extracting(Contact::phones)
                .containsExactly(List.of("069 / 1344 7455"));
    }

    @Test
    void splitsEMailListsAtSemicolonsAndCommas() {
        Block block = lines("Anna Kovacs", "anna.kovacs@ec.europa.eu; press@ec.europa.eu,info@ec.europa.eu");

        assertThat(ContactReader.read(List.of(block))).containsExactly(new Contact("Anna Kovacs", Optional.empty(),
                List.of(), List.of("anna.kovacs@ec.europa.eu", "press@ec.europa.eu", "info@ec.europa.eu")));
    }

    @Test
    void dailyNewsInlineContactsAreReadPersonByPerson() {
        assertThat(ContactReader.readInline("Anna Berg – Tel.: +32 2 298 45 11; Jan Smit - Tel.: +32 2 296 73 20;"
                + " Eva Lind – Tel.: +32 2 291 00 01 – E-mail: eva.lind@ec.europa.eu; No Number Here"))
                .containsExactly(
                        new Contact("Anna Berg", Optional.empty(), List.of("+32 2 298 45 11"), List.of()),
                        new Contact("Jan Smit", Optional.empty(), List.of("+32 2 296 73 20"), List.of()),
                        new Contact("Eva Lind", Optional.empty(), List.of("+32 2 291 00 01"),
                                List.of("eva.lind@ec.europa.eu")));
        // A hyphen inside a name or a number is no separator.
        assertThat(ContactReader.readInline("Ana Pisonero-Hernandez – Tel.: +32 2 29-54320"))
                .containsExactly(new Contact("Ana Pisonero-Hernandez", Optional.empty(), List.of("+32 2 29-54320"),
                        List.of()));
    }

    @Test
    void segmentsAreCutAtRunsOfSpacesAndStripped() {
        assertThat(ContactReader.segments(lines(" Peter Stano   Spokesperson\t ", "  +32 2 299 11 11  x  ")))
                .containsExactly("Peter Stano", "Spokesperson", "+32 2 299 11 11", "x");
    }

    @Test
    void readsANumberInBracketsAfterTheName() {
        Block block = lines("Press contacts:", "Tim Mueller (+32 2 295 12 34)", "Ana Souza (+32 2 298 76 54)");

        assertThat(ContactReader.segments(block)).containsExactly("Press contacts:", "Tim Mueller", "+32 2 295 12 34",
                "Ana Souza", "+32 2 298 76 54");
        assertThat(ContactReader.read(List.of(block))).containsExactly(
                new Contact("Tim Mueller", Optional.empty(), List.of("+32 2 295 12 34"), List.of()),
                new Contact("Ana Souza", Optional.empty(), List.of("+32 2 298 76 54"), List.of()));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aLongLineOfBracketedNumbersDoesNotOverflowTheStack() {
        String line = "(+32 2 295 12 34) ".repeat(200_000) + "1)";
        assertThat(ContactReader.segments(lines(line, "Ana Souza (+32 2 298 76 54)"))).hasSize(3)
                .endsWith("Ana Souza", "+32 2 298 76 54");
    }

    @Test
    void keepsBracketsThatHoldNoNumber() {
        assertThat(ContactReader.segments(lines("Ana Souza (DG GROW)", "(+32) 2 298 76 54")))
                .containsExactly("Ana Souza (DG GROW)", "(+32) 2 298 76 54");
    }

    @Test
    void readsNameRoleAndSeveralPhonesPerContact() {
        Block block = lines("Peter Stano", "Lead Spokesperson for Foreign Affairs and Security Policy",
                "+32 (0)460 75 45 53", "Paloma Hall Caballero", "Press Officer for Foreign Affairs and Security Policy",
                "+32 (0)2 296 85 60", "+32 (0)460 76 85 60");

        assertThat(ContactReader.isContactBlock(block)).isTrue();
        assertThat(ContactReader.read(List.of(block))).containsExactly(
                new Contact("Peter Stano", Optional.of("Lead Spokesperson for Foreign Affairs and Security Policy"),
                        List.of("+32 (0)460 75 45 53"), List.of()),
                new Contact("Paloma Hall Caballero",
                        Optional.of("Press Officer for Foreign Affairs and Security Policy"),
                        List.of("+32 (0)2 296 85 60", "+32 (0)460 76 85 60"), List.of()));
    }

    @Test
    void readsLabelledCardsSeparatedByRunsOfSpaces() {
        Block card = lines("Viktor ALMQVIST  Press Officer  Contact data:  Phone number: (+32) 2 28 31834 (BXL)  "
                + "Mobile number: (+32) 470 88 29 42  E-mail: viktor.almqvist@europarl.europa.eu  "
                + "Twitter account: @EP_Example");

        assertThat(ContactReader.read(List.of(card))).containsExactly(new Contact("Viktor ALMQVIST",
                Optional.of("Press Officer"), List.of("(+32) 2 28 31834", "(+32) 470 88 29 42"),
                List.of("viktor.almqvist@europarl.europa.eu")));
    }

    @Test
    void prosePostalAddressesAndOrphanNumbersAreNoContacts() {
        assertThat(ContactReader.isContactBlock(lines("The Commission will present its proposal on 15 March, "
                + "and journalists can write to press@example.eu for an embargoed copy."))).isFalse();
        Block address = lines("United Press Association, Inc.", "3651 Lindell Road, Suite D168",
                "Las Vegas, NV 89103, USA", "(702) 943.0321 Local", "info@example.org");
        assertThat(ContactReader.read(List.of(address))).isEmpty();
    }

    @Test
    void phonesKeepTheirWrittenFormWithoutOfficeTags() {
        assertThat(ContactReader.phone("+33 3 881 74007 (STR)")).contains("+33 3 881 74007");
        assertThat(ContactReader.phone("+32 (0)2 296 85 60")).contains("+32 (0)2 296 85 60");
        assertThat(ContactReader.phone("15/01/2022")).isEmpty();
        assertThat(ContactReader.phone("Press Officer")).isEmpty();
    }

    @Test
    void readsAContactWrittenOnOneLineWithCommas() {
        Block block = lines("Contact:",
                "Helena Kovač, Press officer, +32 2 281 52 67, +32 470 88 40 19, helena.kovac@consilium.europa.eu");

        assertThat(ContactReader.read(List.of(block))).containsExactly(new Contact("Helena Kovač",
                Optional.of("Press officer"), List.of("+32 2 281 52 67", "+32 470 88 40 19"),
                List.of("helena.kovac@consilium.europa.eu")));
        // A place with commas names nobody to reach, and stays one segment.
        assertThat(ContactReader.segments(lines("Las Vegas, NV 89103, USA")))
                .containsExactly("Las Vegas, NV 89103, USA");
    }

    @Test
    void labelsWithoutColonsAreNoRoles() {
        Block lineByLine = lines("Lia HOFFMANN", "Phone", "+32 2 298 71 23", "Mail", "lia.hoffmann@ec.europa.eu");
        Block inline = lines("Karim BENALI", "Phone +32 2 298 74 05", "Mail karim.benali@ec.europa.eu");

        assertThat(ContactReader.read(List.of(lineByLine, inline))).containsExactly(
                new Contact("Lia HOFFMANN", Optional.empty(), List.of("+32 2 298 71 23"),
                        List.of("lia.hoffmann@ec.europa.eu")),
                new Contact("Karim BENALI", Optional.empty(), List.of("+32 2 298 74 05"),
                        List.of("karim.benali@ec.europa.eu")));
    }

    @Test
    void aTeamMailboxAfterAContactIsNotThePersons() {
        Block person = lines("Lina Varga-Holm", "Lead Spokesperson for Foreign Affairs and Security Policy",
                "+32 (0)460 75 86 13");
        Block team = lines("Press and information team of the EEAS", "press@eeas.europa.eu");

        assertThat(ContactReader.read(List.of(person, team))).containsExactly(new Contact("Lina Varga-Holm",
                Optional.of("Lead Spokesperson for Foreign Affairs and Security Policy"),
                List.of("+32 (0)460 75 86 13"), List.of()));
    }

    @Test
    void readsAJobTitleAfterTheNameAndAComma() {
        Block block = lines("Investor Contact:", "Henrik Vold, Head of Investor Relations", "+47 22 55 01 23",
                "Priya Venkataraman, Vice President, Investor Relations", "ir@example.com");

        assertThat(ContactReader.read(List.of(block))).containsExactly(
                new Contact("Henrik Vold", Optional.of("Head of Investor Relations"), List.of("+47 22 55 01 23"),
                        List.of()),
                new Contact("Priya Venkataraman", Optional.of("Vice President, Investor Relations"), List.of(),
                        List.of("ir@example.com")));
    }

    @Test
    void aTitleOrAPlaceAfterACommaIsNoNameWithItsTitle() {
        // "Vice President" reads as a name but is a title; "Nevada" is no title: neither line names a person.
        Block title = lines("Vice President, Investor Relations", "+1 614 555 0199");
        Block place = lines("Las Vegas, Nevada", "+1 702 555 0321");

        assertThat(ContactReader.read(List.of(title))).isEmpty();
        assertThat(ContactReader.read(List.of(place))).isEmpty();
        // The line is still one segment: finding a contact section by its segments is unchanged.
        assertThat(ContactReader.segments(lines("Henrik Vold, Head of Investor Relations")))
                .containsExactly("Henrik Vold, Head of Investor Relations");
    }

    @Test
    void aPressOfficeWithoutAPersonIsAContactUnderItsOwnName() {
        Block inline = lines("Press Office, Northshire Police, 01632 960 123, press@northshire.police.uk");
        Block card = lines("Press Office", "Northshire Fire and Rescue Service", "01632 960 456");
        Block labelled = lines("Media Relations: +1 614 555 0100");
        Block heading = lines("For media enquiries, contact the Press Office:", "Tel: 01609 555 0147");

        assertThat(ContactReader.read(List.of(inline))).containsExactly(new Contact("Press Office", Optional.empty(),
                Optional.of("Northshire Police"), List.of("01632 960 123"), List.of("press@northshire.police.uk")));
        assertThat(ContactReader.read(List.of(card))).containsExactly(new Contact("Press Office", Optional.empty(),
                Optional.of("Northshire Fire and Rescue Service"), List.of("01632 960 456"), List.of()));
        assertThat(ContactReader.read(List.of(labelled))).extracting(Contact::name, Contact::phones)
                .containsExactly(tuple("Media Relations", List.of("+1 614 555 0100")));
        assertThat(ContactReader.read(List.of(heading))).extracting(Contact::name, Contact::phones)
                .containsExactly(tuple("Press Office", List.of("01609 555 0147")));
    }

    @Test
    void anOfficeOverAPersonIsTheCardsHeadingAndNoOfficeIsMadeUp() {
        Block headed = lines("Media Relations", "Dana Whitfield", "+1 555 0100");
        Block role = lines("Peter Stano", "Press Office", "+32 460 75 45 53");
        Block unreachable = lines("Press Office", "Northshire Police");
        Block prose = lines("The press office of Northshire Police said on Monday that 01632 960 123 is closed.");

        assertThat(ContactReader.read(List.of(headed))).containsExactly(new Contact("Dana Whitfield",
                Optional.empty(), List.of("+1 555 0100"), List.of()));
        assertThat(ContactReader.read(List.of(role))).extracting(Contact::name, Contact::role)
                .containsExactly(tuple("Peter Stano", Optional.of("Press Office")));
        assertThat(ContactReader.read(List.of(unreachable))).isEmpty();
        assertThat(ContactReader.read(List.of(prose))).isEmpty();
        assertThat(ContactReader.isOfficeName("Press Office")).isTrue();
        assertThat(ContactReader.isOfficeName("Head of Communications")).isFalse();
        assertThat(ContactReader.isOfficeName("Press and information team of the EEAS")).isFalse();
    }

    @Test
    void personsOnOneLineAreSeparatedBySemicolons() {
        Block cnw = lines("Jane Roe, Director, Communications, 416-555-0100, jane.roe@example.ca; Investors: John Doe,"
                + " Manager, Investor Relations, 416-555-0101, john.doe@example.ca");
        Block mailboxes = lines("Anna Kovacs, anna.kovacs@ec.europa.eu; press@ec.europa.eu");

        assertThat(ContactReader.read(List.of(cnw))).containsExactly(
                new Contact("Jane Roe", Optional.of("Director, Communications"), List.of("416-555-0100"),
                        List.of("jane.roe@example.ca")),
                new Contact("John Doe", Optional.of("Manager, Investor Relations"), List.of("416-555-0101"),
                        List.of("john.doe@example.ca")));
        assertThat(ContactReader.read(List.of(mailboxes))).extracting(Contact::emails)
                .containsExactly(List.of("anna.kovacs@ec.europa.eu", "press@ec.europa.eu"));
    }

    @Test
    void barsPartNumbersAndAddressesAsGapsDo() {
        Block line = lines("Press Office: 01632 960 345 | press@harbourtonmuseum.example");

        assertThat(ContactReader.segments(line))
                .containsExactly("Press Office", "01632 960 345", "press@harbourtonmuseum.example");
        assertThat(ContactReader.read(List.of(line))).containsExactly(new Contact("Press Office", Optional.empty(),
                List.of("01632 960 345"), List.of("press@harbourtonmuseum.example")));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aLongLineOfSemicolonsAndNamesIsReadInLinearTime() {
        String line = "Jane Roe, 416-555-0100" + "; Investors: John Doe, 416-555-0101".repeat(100_000);
        assertThat(ContactReader.read(List.of(lines(line)))).hasSize(100_001);
    }

    private static Block lines(String... lines) {
        return new Block(BlockKind.PARAGRAPH, String.join(" ", lines), List.of(lines), 0, 1, Optional.empty(), true);
    }
}
