package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Linking people by surname and given name, and organisations by their name's words. */
class RegistryTest {

    private final Lexicon lexicon = Lexicon.standard();
    private final Registry registry = new Registry(lexicon, lexicon.wordTable());
    private int sentence;

    @Test
    void anInitialJoinsTheGivenNameItStandsFor() {
        Entity john = person("John Smith");
        assertThat(person("J. Smith")).isSameAs(john);
        assertThat(person("Smith")).isSameAs(john);
        assertThat(john.name()).isEqualTo("John Smith");
        assertThat(john.firstName()).isEqualTo("john");
    }

    @Test
    void aDifferentGivenNameIsANamesake() {
        Entity john = person("John Smith");
        Entity jane = person("Jane Smith");
        assertThat(jane).isNotSameAs(john);
        assertThat(person("J.a.n.e. Smith")).isSameAs(jane);
        assertThat(registry.entities()).containsExactly(john, jane);
    }

    @Test
    void aGivenNameIsLowerCaseAndKeepsATypographicApostrophe() {
        assertThat(person("D\u2019Arcy Moore").firstName()).isEqualTo("d\u2019arcy");
        assertThat(person("Ursula von der Leyen").firstName()).isEqualTo("ursula");
        assertThat(person("Von Trapp").firstName()).isNull();
    }

    @Test
    void aFirstNameGivesAGenderTheMentionDidNot() {
        assertThat(person("Mary Okafor").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void shorterOrganisationNamesJoinTheFullestAndRepeatsKeepTheirEntity() {
        Entity post = organisation("The Washington Post");
        assertThat(organisation("the Post")).isSameAs(post);
        assertThat(organisation("The Washington Post")).isSameAs(post);
        Entity times = organisation("The Times");
        assertThat(times).isNotSameAs(post);
        assertThat(organisation("the Times")).isSameAs(times);
        assertThat(post.name()).isEqualTo("Washington Post");
        assertThat(registry.entities()).containsExactly(post, times);
    }

    @Test
    void aRoleWrittenAgainInOtherCapitalsIsOneRole() {
        Entity ertug = registry.linkPerson(titled("Ismail Ertug", "rapporteur"));
        registry.linkPerson(titled("Ismail Ertug", "Rapporteur"));
        registry.linkPerson(titled("Ismail Ertug", "lead MEP"));
        assertThat(ertug.asPerson().roles()).containsExactly("rapporteur", "lead MEP");
    }

    @Test
    void aDescribedOrganisationIsFoundByItsNounAndByItsBareName() {
        Entity unite = registry.linkDescribedOrganisation(mention(MentionKind.PROPER, "Unite"), "union");
        assertThat(registry.organisationByNoun("union", false, sentence)).isSameAs(unite);
        assertThat(registry.linkKnown(mention(MentionKind.PROPER, "Unite"))).isSameAs(unite);
        assertThat(unite.kind()).isEqualTo(io.broadsheet.SpeakerKind.ORGANISATION);
    }

    @Test
    void theMinistryIsTheOneMentionedLastBeforeItNotOneNamedLater() {
        Entity north = organisation("North Korean Foreign Ministry");
        int quoted = sentence++;           // "The ministry added ...": read after every mention is linked
        Entity south = organisation("South Korean Unification Ministry");
        assertThat(registry.organisationByNoun("ministry", false, quoted)).isSameAs(north);
        assertThat(registry.organisationByNoun("ministry", false, sentence)).isSameAs(south);
        assertThat(registry.organisationByNoun("ministry", false, -1)).isSameAs(south);   // none before: the latest
    }

    private Mention titled(String name, String role) {
        int at = sentence++;
        return new Mention(MentionKind.PERSON, 0, 0, 2, 0, at, role + " " + name, name, role, Gender.UNKNOWN);
    }

    private Entity person(String name) {
        return registry.linkPerson(mention(MentionKind.PERSON, name));
    }

    private Entity organisation(String name) {
        return registry.linkOrganisation(mention(MentionKind.ORGANISATION, name));
    }

    private Mention mention(MentionKind kind, String name) {
        int at = sentence++;
        return new Mention(kind, 0, 0, 1, 0, at, name, name, null, Gender.UNKNOWN);
    }
}
