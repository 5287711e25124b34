package io.broadsheet.load;

import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.spi.MetadataKeys;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** YAML front matter as Markdown archives write it, folded double-quoted values included. */
class FrontMatterTest {

    private static final String BRIEFING = """
            ---
            tags: press-briefings
            date: '2023-05-02'
            source_url: https://example.gov/briefing-room/2023/05/02/briefing/
            title: "Press Briefing by Press Secretary Dana Cole and\\
              \\ Labor Secretary Omar\\_Haddad"
            note: 'It''s archived'
            ---

            Briefing Room

            MS. COLE: Good afternoon, everyone.
            """;

    @Test
    void foldedDoubleQuotedValuesAreJoinedAndUnescaped() {
        Document doc = Documents.parser().discoverFormats(false).build().parse("briefing.md", BRIEFING);

        assertThat(doc.title()).contains("Press Briefing by Press Secretary Dana Cole and Labor Secretary Omar Haddad");
        assertThat(doc.url()).as("the article parser reads the front matter's URL")
                .contains("https://example.gov/briefing-room/2023/05/02/briefing/");
        assertThat(doc.dateline().flatMap(io.broadsheet.Dateline::date)).contains(LocalDate.of(2023, 5, 2));
        assertThat(doc.paragraphs()).containsExactly("Briefing Room", "MS. COLE: Good afternoon, everyone.");
    }

    @Test
    void frontMatterKeysAlsoFillTheStandardMetadataKeys() {
        var source = io.broadsheet.internal.load.SourceLoader.load("briefing.md",
                BRIEFING.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

        assertThat(source.metadata(MetadataKeys.TITLE)).hasValueSatisfying(t -> assertThat(t).endsWith("Omar Haddad"));
        assertThat(source.metadata(MetadataKeys.PUBLISHED)).contains("2023-05-02");
        assertThat(source.metadata(MetadataKeys.CANONICAL_URL)).contains("https://example.gov/briefing-room/2023/05/02/briefing/");
        assertThat(source.metadata("note")).contains("It's archived");
        assertThat(source.statedTitle()).isEqualTo(source.metadata(MetadataKeys.TITLE));
        assertThat(LocalDate.parse(source.metadata(MetadataKeys.PUBLISHED).orElseThrow())).isEqualTo("2023-05-02");
    }
}
