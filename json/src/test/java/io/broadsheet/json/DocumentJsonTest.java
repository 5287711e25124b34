package io.broadsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.Document;
import io.broadsheet.Documents;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON lines are written without Jackson, so these tests hold them to what Jackson itself writes: reading a
 * line into a tree and writing the tree again must give the same characters.
 */
class DocumentJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void aParsedDocumentIsWrittenExactlyAsJacksonWritesIt() throws Exception {
        Document doc = Documents.parser().build().parse("dir\\a \"b\".txt", "Council \"approves\" budget\n\n"
                + "\u201cThe budget is balanced,\u201d said Mayor Ana Ruiz, the city\u2019s mayor.\tShe left.\n\n"
                + "\u201cWe will see,\u201d she said.\n");

        String line = DocumentJson.toLine(doc);

        assertThat(JACKSON.writeValueAsString(JACKSON.readTree(line))).isEqualTo(line);
        JsonNode tree = JACKSON.readTree(line);
        assertThat(tree.get("source").asText()).isEqualTo("dir\\a \"b\".txt");
        assertThat(tree.get("title").asText()).isEqualTo("Council \"approves\" budget");
        assertThat(tree.get("quotes")).hasSize(2);
        assertThat(tree.get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(tree.get("quotes").get(1).get("speaker").get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(tree.get("dateline").isNull()).isTrue();
        assertThat(tree.get("quotes").get(0).get("source").isNull()).isTrue();
    }

    @Test
    void toTreeHasTheSameFieldsInTheSameOrderAsTheLine() throws Exception {
        Document doc = Documents.parser().build().parse("a.txt", "Headline\n\n\u201cYes,\u201d said Jo Lee.\n");

        ObjectNode tree = DocumentJson.toTree(doc);

        assertThat(JACKSON.writeValueAsString(tree)).isEqualTo(DocumentJson.toLine(doc));
        assertThat(tree.fieldNames()).toIterable().containsExactly("source", "format", "title", "subtitle",
                "section", "publisher", "url", "dateline", "paragraphs", "quotes", "turns", "contacts", "people",
                "warnings", "discarded");
    }

    @Test
    void stringsAreEscapedAsJacksonEscapesThem() throws Exception {
        Random random = new Random(20261122);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(switch (random.nextInt(5)) {
                    case 0 -> (char) random.nextInt(0x40);              // control characters, quotes, slash
                    case 1 -> "\"\\/".charAt(random.nextInt(3));
                    case 2 -> (char) (0x7F + random.nextInt(0x30));     // DEL, C1 controls, Latin-1
                    case 3 -> (char) random.nextInt(0x10000);           // anything, lone surrogates included
                    default -> (char) ('a' + random.nextInt(26));
                });
            }
            StringBuilder line = new StringBuilder();
            new JsonWriter(line).beginObject().name("k").value(s.toString()).name("n").value(-round)
                    .name("b").value(round % 2 == 0).name("z").nullValue().endObject();

            String expected = JACKSON.writeValueAsString(JACKSON.createObjectNode().put("k", s.toString())
                    .put("n", -round).put("b", round % 2 == 0).putNull("z"));
            assertThat(line.toString()).as("round %d", round).isEqualTo(expected);
        }
    }
}
