package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstNameTableTest {

    private static final FirstNameTable TABLE = FirstNameTable.read("first-names.tsv");

    @Test
    void findsEveryNameOfTheFileWithItsGenderAndNothingElse() throws IOException {
        Map<String, Gender> expected = new LinkedHashMap<>();
        try (InputStream in = FirstNameTable.class.getResourceAsStream("first-names.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    expected.put(fields[0], Gender.of(fields[1]));
                }
            }
        }

        assertThat(TABLE.size()).isEqualTo(expected.size()).isGreaterThan(27_000);
        expected.forEach((name, gender) -> assertThat(TABLE.get(name)).as(name).isEqualTo(gender));
        for (String name : expected.keySet()) {
            assertThat(TABLE.get(name + "q")).as(name + "q").isEqualTo(expected.get(name + "q"));
            assertThat(TABLE.get(name.substring(1))).as(name.substring(1)).isEqualTo(expected.get(name.substring(1)));
        }
    }

    @Test
    void knowsCommonNamesAndNotOtherWords() {
        assertThat(TABLE.get("mary")).isEqualTo(Gender.FEMALE);
        assertThat(TABLE.get("john")).isEqualTo(Gender.MALE);
        assertThat(TABLE.get("")).isNull();
        assertThat(TABLE.get("John")).as("lookups are lower case").isNull();
        assertThat(TABLE.get("\u00e9lise")).isNull();
        assertThat(TABLE.get("zzzzzzzz")).isNull();
    }

    @Test
    void theShippedFileIsSortedLowerCaseAsciiWithAGenderOnEveryLine() {
        assertThatCode(() -> FirstNameTable.check("first-names.tsv")).doesNotThrowAnyException();
    }

    @Test
    void aBadlyEditedFileFailsNamingTheLine() {
        assertThatThrownBy(() -> FirstNameTable.check("first-names-unsorted.tsv"))
                .hasMessage("first-names-unsorted.tsv line 4: names must be sorted and unique");
        assertThatThrownBy(() -> FirstNameTable.check("first-names-no-gender.tsv"))
                .hasMessage("first-names-no-gender.tsv line 2: expected name<TAB>gender");
        assertThatThrownBy(() -> FirstNameTable.check("first-names-upper.tsv"))
                .hasMessage("first-names-upper.tsv line 2: a name must be lower-case ASCII");
        assertThatThrownBy(() -> FirstNameTable.check("no-such-file.tsv"))
                .hasMessage("missing lexicon resource no-such-file.tsv");
        assertThatThrownBy(() -> FirstNameTable.read("no-such-file.tsv"))
                .hasMessage("missing lexicon resource no-such-file.tsv");
    }
}
