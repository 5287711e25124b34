package io.broadsheet.format.transcript.internal;

import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerLabelTest {

    @Test
    void splitsHonorificTitleAndSurname() {
        SpeakerLabel label = read("MS. JEAN-PIERRE:  Good afternoon.").orElseThrow();
        assertThat(label.honorific()).contains("MS.");
        assertThat(label.surname()).contains("JEAN-PIERRE");
        assertThat(label.title()).isEmpty();

        SpeakerLabel general = read("SECRETARY GENERAL STOLTENBERG:  So Secretary Blinken").orElseThrow();
        assertThat(general.title()).containsExactly("SECRETARY", "GENERAL");
        assertThat(general.surname()).contains("STOLTENBERG");
        assertThat("SECRETARY GENERAL STOLTENBERG:  So Secretary Blinken".substring(general.textStart()))
                .isEqualTo("So Secretary Blinken");

        assertThat(read("PRESIDENT VON DER LEYEN: Thank you.").orElseThrow().surname()).contains("VON DER LEYEN");
        assertThat(read("FOREIGN  MINISTER CHUNG: Thank you.").orElseThrow().label()).isEqualTo("FOREIGN MINISTER CHUNG");
    }

    @Test
    void roleLabelsAreAnonymous() {
        assertThat(read("QUESTION: Can I follow up?").orElseThrow().anonymous()).isTrue();
        assertThat(read("SENIOR STATE DEPARTMENT OFFICIAL: Thanks.").orElseThrow().anonymous()).isTrue();
        assertThat(read("PARTICIPANT 2: Yes.").orElseThrow().anonymous()).isTrue();
        SpeakerLabel q = read("Q    Good afternoon!").orElseThrow();
        assertThat(q.label()).isEqualTo("Q");
        assertThat(new SpeakerResolver().resolve(q)).isEqualTo(new Speaker("Questioner", Optional.empty(),
                SpeakerKind.UNKNOWN));
    }

    /** Guards: a saved White House page collapses "Q&nbsp;&nbsp;&nbsp; Mr. President" to one space. */
    @ParameterizedTest
    @ValueSource(strings = {"Q Mr. President, did you speak with him?", "Q (Inaudible) — the rail strike?",
            "Q [Inaudible] on the budget?"})
    void aBareQuestionKeepsItsLabelWhenPageSpacesCollapse(String text) {
        SpeakerLabel q = read(text).orElseThrow();
        assertThat(q.label()).isEqualTo("Q");
        assertThat(text.substring(q.textStart())).isEqualTo(text.substring(2));
    }

    /** Guards: "Q (Reuters): ..." is a mixed-case label with an outlet, not a bare Q with a note. */
    @Test
    void aQuestionersOutletIsNoNoteAfterABareQ() {
        assertThat(read("Q (Reuters): Secretary General, when?")).isEmpty();
    }

    @Test
    void mixedCaseLabelsOnlyWhenBold() {
        Block bold = new Block(BlockKind.PARAGRAPH, "Moderator: Welcome.", List.of("Moderator: Welcome."), 0, 0,
                Optional.of("Moderator:"), true);
        assertThat(SpeakerLabel.read(bold)).isPresent();
        assertThat(read("Moderator: Welcome.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NOTE: This transcript has been edited.",
            "COVID-19: what we know so far.",
            "The minister said: we will act.",
            "WASHINGTON, D.C.: The Senate voted.",
            "A VERY LONG SEQUENCE OF CAPITAL WORDS THAT IS NOT A LABEL: text",
            "Quarterly results: up",
            "Q",
            "Q street was closed.",
            "END                 1:50 P.M. EST",
            "END 5:31 P.M. EDT",
    })
    void ordinaryParagraphsHaveNoLabel(String text) {
        assertThat(read(text)).isEmpty();
    }

    @Test
    void resolvesLabelsToTheFullestNameAndRole() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("NATO Foreign Ministerial: Remarks by Secretary Antony Blinken and NATO Secretary "
                + "General Jens Stoltenberg");
        resolver.addIntroduction("Left to right: Antony J. Blinken (US Secretary of State) with NATO Secretary "
                + "General Jens Stoltenberg");
        resolver.addIntroduction("Ned Price, Department Spokesperson");
        resolver.addBody("Thank you, Foreign Minister Hayashi.");

        assertThat(resolver.resolve(read("SECRETARY BLINKEN: Hi.").orElseThrow()))
                .isEqualTo(Speaker.person("Antony J. Blinken", "Secretary of State"));
        assertThat(resolver.resolve(read("SECRETARY GENERAL STOLTENBERG: Hi.").orElseThrow()))
                .isEqualTo(Speaker.person("Jens Stoltenberg", "Secretary General"));
        assertThat(resolver.resolve(read("MR PRICE: Hi.").orElseThrow()))
                .isEqualTo(Speaker.person("Ned Price", "Department Spokesperson"));
        assertThat(resolver.resolve(read("FOREIGN MINISTER HAYASHI: Hi.").orElseThrow()))
                .isEqualTo(Speaker.person("Hayashi", "Foreign Minister"));
        assertThat(resolver.people()).extracting(p -> p.name())
                .containsExactly("Antony J. Blinken", "Jens Stoltenberg", "Ned Price", "Hayashi");
    }

    @Test
    void resolvesADefiniteRoleToTheOnlyHolderTheIntroductionsName() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Remarks by President Harlan and Vice President Joan M. Reyes Before Marine One "
                + "Departure");
        resolver.addIntroduction("President Harlan’s motorcade");

        assertThat(resolver.resolve(read("THE PRESIDENT:  Good morning.").orElseThrow()))
                .isEqualTo(Speaker.person("Harlan", "President"));
        assertThat(resolver.resolve(read("THE VICE PRESIDENT:  Thank you.").orElseThrow()))
                .isEqualTo(Speaker.person("Joan M. Reyes", "Vice President"));
        assertThat(resolver.people()).extracting(p -> p.mentions())
                .containsExactly(List.of("THE PRESIDENT"), List.of("THE VICE PRESIDENT", "Joan M. Reyes"));

        SpeakerResolver twoPresidents = new SpeakerResolver();
        twoPresidents.addIntroduction("Remarks by President Harlan and President Okafor of Nigeria");
        assertThat(twoPresidents.resolve(read("THE PRESIDENT:  Welcome.").orElseThrow()).kind())
                .isEqualTo(SpeakerKind.UNKNOWN);
        assertThat(twoPresidents.people()).isEmpty();
    }

    @Test
    void readsAGuestsNameFromTheSpokenIntroductionBeforeTheirTurn() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Press Gaggle by Principal Deputy Press Secretary Dana Whitfield");
        resolver.addSpoken("Thank you, Foreign Ministers Hayashi and Chung.");
        resolver.addSpoken("I’m also joined by National Security Council Coordinator for Strategic Communications "
                + "Tom Kovac, who will take your questions.");

        assertThat(resolver.resolve(read("MR. KOVAC:  Thanks, Dana.").orElseThrow())).isEqualTo(Speaker.person(
                "Tom Kovac", "National Security Council Coordinator for Strategic Communications"));
        // A plural role is no given name.
        assertThat(resolver.resolve(read("FOREIGN MINISTER HAYASHI:  Thank you.").orElseThrow()))
                .isEqualTo(Speaker.person("Hayashi", "Foreign Minister"));
        // Text spoken after the first turn does not rename the speaker.
        resolver.addSpoken("Thank you, Minister Taro Hayashi.");
        assertThat(resolver.resolve(read("FOREIGN MINISTER HAYASHI:  Yes.").orElseThrow()).name()).isEqualTo("Hayashi");
    }

    @Test
    void readsMixedCaseLabelsOfACopiedPage() {
        SpeakerLabel full = plain("NATO Secretary General Henrik Alvestad: Good afternoon.").orElseThrow();
        assertThat(full.title()).containsExactly("Secretary", "General");
        assertThat(full.surname()).contains("Alvestad");
        SpeakerLabel role = plain("NATO Spokesperson: Next question.").orElseThrow();
        assertThat(role.anonymous()).isTrue();
        assertThat(role.title()).containsExactly("Spokesperson");
        SpeakerLabel outlet = plain("Q (Deutsche Welle): Do you expect a veto?").orElseThrow();
        assertThat(outlet.label()).isEqualTo("Q (Deutsche Welle)");
        assertThat(new SpeakerResolver().resolve(outlet).name()).isEqualTo("Questioner");
        assertThat(plain("Ms. Castell: Thank you.").flatMap(SpeakerLabel::surname)).contains("Castell");

        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction(full.label());
        resolver.resolve(full);
        assertThat(resolver.resolve(plain("NATO Secretary General: No.").orElseThrow()))
                .isEqualTo(Speaker.person("Henrik Alvestad", "Secretary General"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Note: This transcript has been edited.",
            "Chancellor Rachel Okoro: the budget in numbers",
            "Quarterly Results: Up Again",
            "Updated: 14 Oct. 2025",
            "Secretary General (as delivered) said: Good afternoon.",
            "Prime Minister:No space.",
            "Reuters: The minister said nothing.",
            "Breaking News: Markets fell again.",
            "In General: the rules apply.",
    })
    void plainOpeningsThatAreNoLabels(String text) {
        assertThat(plain(text)).isEmpty();
    }

    @Test
    void aNameAloneIsANameOnlyLabelWhereNamesAreAskedFor() {
        Block block = block("Pavel Orlov: Good afternoon, colleagues.");
        SpeakerLabel label = SpeakerLabel.readPlainOrName(block).orElseThrow();
        assertThat(label.nameOnly()).isTrue();
        assertThat(label.surname()).contains("Orlov");
        assertThat(label.textStart()).isEqualTo("Pavel Orlov: ".length());
        assertThat(SpeakerLabel.readPlain(block)).isEmpty();
        assertThat(SpeakerLabel.readPlainOrName(block("Lin Hao: Good afternoon."))).isPresent();
        assertThat(SpeakerLabel.readPlainOrName(block("Reuters: The minister said nothing."))).isEmpty();
        assertThat(SpeakerLabel.readPlainOrName(block("Prime Minister Harrow: Yes."))).get()
                .extracting(SpeakerLabel::nameOnly).isEqualTo(false);
    }

    @Test
    void roleAbbreviationsAreSpeltOut() {
        SpeakerLabel sg = SpeakerLabel.read(block("SG: Good morning.")).orElseThrow();
        assertThat(sg.anonymous()).isTrue();
        assertThat(sg.abbreviatesRole()).isTrue();
        assertThat(sg.title()).containsExactly("Secretary-General");
        SpeakerLabel pm = SpeakerLabel.readPlain(block("PM Tan: Our priority is trade.")).orElseThrow();
        assertThat(pm.surname()).contains("Tan");
        assertThat(pm.title()).containsExactly("Prime", "Minister");
        assertThat(pm.abbreviatesRole()).isFalse();
    }

    /** Guards: China's foreign ministry labels each question with the reporter's outlet, not a person. */
    @ParameterizedTest
    @ValueSource(strings = {"CCTV: Could you share more?", "AFP: The coast guard said so.",
            "China Daily: How does China view it?", "Bloomberg: Will China lower tariffs?",
            "Hubei Daily: What is your comment?", "Kyodo News: Do you have any comment?"})
    void anOutletsLabelIsAQuestionWithoutAPerson(String text) {
        Block block = block(text);
        SpeakerLabel label = SpeakerLabel.read(block).or(() -> SpeakerLabel.readPlainOrName(block)).orElseThrow();
        assertThat(label.outlet()).isTrue();
        assertThat(label.label()).isEqualTo(text.substring(0, text.indexOf(':')));
        assertThat(new SpeakerResolver().resolve(label)).isEqualTo(
                new Speaker("Questioner", Optional.empty(), SpeakerKind.UNKNOWN));
    }

    /** Guards: the Philippine Palace abbreviates its officials' titles with a full stop: "USEC. REYES". */
    @Test
    void dottedTitleAbbreviationsAreSpeltOutAndResolved() {
        SpeakerLabel usec = read("USEC. DELA PAZ: Good morning.").orElseThrow();
        assertThat(usec.title()).containsExactly("Undersecretary");
        assertThat(usec.surname()).contains("DELA PAZ");
        assertThat(read("ASEC. VILLANUEVA: Thank you.").orElseThrow().title()).containsExactly("Assistant",
                "Secretary");
        assertThat(plain("Amb. Okoro: We welcome it.").orElseThrow().title()).containsExactly("Ambassador");
        assertThat(read("SEC: The filing is due.").orElseThrow().title()).isEmpty();

        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("PRESS BRIEFING OF PALACE PRESS OFFICER AND PCO UNDERSECRETARY ATTY. LIZA REYES");
        assertThat(resolver.resolve(read("USEC. REYES: Good morning.").orElseThrow()))
                .isEqualTo(Speaker.person("Liza Reyes", "Undersecretary"));
    }

    /** Guards: a role alone in capitals stands for the one holder the introductions name. */
    @Test
    void aOneWordRoleLabelIsItsHolder() {
        SpeakerLabel taoiseach = read("TAOISEACH: Good afternoon.").orElseThrow();
        assertThat(taoiseach.anonymous()).isTrue();
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Press Conference by Taoiseach Niall Brennan");
        assertThat(resolver.resolve(taoiseach)).isEqualTo(Speaker.person("Niall Brennan", "Taoiseach"));
        assertThat(new SpeakerResolver().resolve(taoiseach).name()).isEqualTo("Taoiseach");
    }

    /** Guards: a name in capitals prints its given names, which are no title: "JULIEN MARCHAND", "HAN JI-WON". */
    @Test
    void givenNamesInACapitalsLabelAreNoTitle() {
        SpeakerLabel name = read("JULIEN MARCHAND : Welcome.").orElseThrow();
        assertThat(name.title()).isEmpty();
        assertThat(name.printedGivenNames()).isEqualTo(1);
        assertThat(name.nameOnly()).isFalse();
        SpeakerLabel wang = read("FOREIGN MINISTER WANG YI: Thank you.").orElseThrow();
        assertThat(wang.title()).containsExactly("FOREIGN", "MINISTER");
        assertThat(wang.printedGivenNames()).isEqualTo(1);
        assertThat(read("MINISTER OF TOURISM KOH: Hello.").orElseThrow().title())
                .containsExactly("MINISTER", "OF", "TOURISM");
        assertThat(read("SECRETARY BLINKEN: Hi.").orElseThrow().printedGivenNames()).isZero();

        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Press Briefing by Senior Presidential Secretary for Public Relations Han Ji-won");
        assertThat(resolver.resolve(read("HAN JI-WON: Good afternoon.").orElseThrow()))
                .isEqualTo(Speaker.person("Han Ji-won", "Senior Presidential Secretary for Public Relations"));
        assertThat(new SpeakerResolver().resolve(name).name()).isEqualTo("Julien Marchand");
    }

    /** Guards: "the Chief Executive, Mr Daniel Ho," names the holder of a role label after a comma. */
    @Test
    void aRoleHolderMayFollowTheRoleAfterAComma() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addSpoken("Following is the transcript of remarks by the Chief Executive, Mr Daniel Ho, at a "
                + "media session this morning (May 12):");
        assertThat(resolver.resolve(plain("Chief Executive: The works were affected.").orElseThrow()))
                .isEqualTo(Speaker.person("Daniel Ho", "Chief Executive"));
    }

    /** Guards: WHO labels a question with the asker's outlet: "Journalist from Reuters". */
    @Test
    void aJournalistFromAnOutletIsAnonymous() {
        SpeakerLabel journalist = plain("Journalist from Le Temps: Does WHO advise against travel?").orElseThrow();
        assertThat(journalist.anonymous()).isTrue();
        assertThat(journalist.label()).isEqualTo("Journalist from Le Temps");
        assertThat(new SpeakerResolver().resolve(journalist).name()).isEqualTo("Journalist");
        assertThat(plain("Minister from Ghana: We agree.")).isEmpty();
    }

    /** Guards: an outlet's acronym the list lacks has the shape the parser tests; a person's label has not. */
    @Test
    void outletAcronymsHaveTheirOwnShape() {
        assertThat(read("SVT: Will you go?").orElseThrow().mayBeOutletAcronym()).isTrue();
        assertThat(read("RT\u00c9: Are you going to miss the target?").orElseThrow().mayBeOutletAcronym()).isTrue();
        assertThat(read("MR. LI: One more?").orElseThrow().mayBeOutletAcronym()).isFalse();
        assertThat(read("PM: Go ahead?").orElseThrow().mayBeOutletAcronym()).isFalse();
        assertThat(read("STOLTENBERG: Well?").orElseThrow().mayBeOutletAcronym()).isFalse();
        SpeakerLabel tv3 = read("TV3: What about the rents?").orElseThrow();
        assertThat(tv3.outlet()).isTrue();
        assertThat(read("TV3: The rents rose.")).isEmpty();
        assertThat(read("G20: What next?")).isEmpty();
    }

    /** Guards: the Philippine Palace and South Africa's Presidency print the reporter with the outlet. */
    @Test
    void aReportersNameBesideTheOutletIsTheSpeaker() {
        SpeakerLabel slash = read("JOHN RIVERA/GMA NEWS: Good morning, Usec.").orElseThrow();
        assertThat(slash.surname()).contains("RIVERA");
        assertThat(slash.nameBeforeOutlet()).isEqualTo("JOHN RIVERA");
        assertThat(slash.nameOnly()).isFalse();
        assertThat(read("MARICEL HALILI/TV5: Usec, one more?").flatMap(SpeakerLabel::surname)).contains("HALILI");
        assertThat(read("MODERATOR/INTERPRETER: Next question.")).isEmpty();
        SpeakerLabel comma = plain("Pieter van Wyk, News24: How will it be funded?").orElseThrow();
        assertThat(comma.surname()).contains("van Wyk");
        assertThat(comma.title()).isEmpty();
        assertThat(comma.nameOnly()).isFalse();
    }

    /** Guards: "Programme Director:" (South Africa) opens with no role word, but is a role. */
    @Test
    void aRoleNounEndsARoleLabel() {
        SpeakerLabel director = plain("Programme Director: Good morning, members of the media.").orElseThrow();
        assertThat(director.anonymous()).isTrue();
        assertThat(new SpeakerResolver().resolve(director).name()).isEqualTo("Programme Director");
    }

    /** Guards: Canada's bilingual transcripts mark interpreted turns "Reporter [Translation]:". */
    @Test
    void aTranslationNoteStaysInTheLabel() {
        SpeakerLabel reporter = plain("Reporter [Translation]: Prime Minister, the premier says so.").orElseThrow();
        assertThat(reporter.label()).isEqualTo("Reporter [Translation]");
        assertThat(reporter.anonymous()).isTrue();
        assertThat(TranscriptParser.withoutInterpretationNotes("[Translation] This support will reach"))
                .isEqualTo("This support will reach");
        assertThat(TranscriptParser.withoutInterpretationNotes("[Inaudible] so we")).isEqualTo("[Inaudible] so we");
    }

    private static Block block(String text) {
        return new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, 0, Optional.empty(), true);
    }

    private static Optional<SpeakerLabel> plain(String text) {
        return SpeakerLabel.readPlain(new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, 0, Optional.empty(),
                true));
    }

    @Test
    void scansOnlyABoundedPrefixForTheColon() {
        assertThat(plain("A".repeat(100_000) + ": Text")).isEmpty();
        assertThat(plain("Minister (" + "x".repeat(100_000) + "): Text")).isEmpty();
        assertThat(read("A".repeat(100_000) + ": text")).isEmpty();
        assertThat(read("WORD ".repeat(20_000))).isEmpty();
    }

    @Test
    void readsMixedCaseOnlyInBoldWhateverTheAlphabet() {
        assertThat(read("Moderator: Welcome.")).isEmpty();
        assertThat(read("MODERATOR: Welcome.")).hasValueSatisfying(label -> assertThat(label.anonymous()).isTrue());
        assertThat(read("MINISTER \u00c9LYS\u00c9E: Merci.").flatMap(SpeakerLabel::surname)).contains("\u00c9LYS\u00c9E");
        assertThat(read("MINISTER \u00c9lys\u00e9e: Merci.")).isEmpty();
        Block bold = new Block(BlockKind.PARAGRAPH, "Minister \u00c9lys\u00e9e: Merci.",
                List.of("Minister \u00c9lys\u00e9e: Merci."), 0, 0, Optional.of("Minister \u00c9lys\u00e9e:"), true);
        assertThat(SpeakerLabel.read(bold).flatMap(SpeakerLabel::surname)).contains("\u00c9lys\u00e9e");
    }

    private static Optional<SpeakerLabel> read(String text) {
        return SpeakerLabel.read(new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, 0, Optional.empty(), true));
    }
}
