package io.broadsheet.load;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.MalformedDocumentException;
import io.broadsheet.internal.load.DecodedText;
import io.broadsheet.internal.load.InputDecoder;
import io.broadsheet.internal.load.SourceLoader;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bytes to text: UTF-8, the windows-1252 fallback, byte-order marks, HTML charsets and binary refusal. */
class DecodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String FRENCH = "Le café “Chez Hélène” a rouvert à Montréal – enfin.";

    @TempDir
    Path dir;

    @Test
    void validUtf8IsDecodedAsUtf8WithoutWarnings() {
        DecodedText decoded = InputDecoder.decode("a.txt", FRENCH.getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarningNamingTheByteOffset() {
        byte[] bytes = "Caf\u00e9 \u201cnoir\u201d".getBytes(WINDOWS_1252);

        DecodedText decoded = InputDecoder.decode("legacy.txt", bytes, null);

        assertThat(decoded.text()).isEqualTo("Caf\u00e9 \u201cnoir\u201d");
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.warnings()).containsExactly(
                "legacy.txt: invalid UTF-8 at byte offset 3; decoded as windows-1252");
    }

    @Test
    void overlongAndSurrogateSequencesAreInvalidUtf8Too() {
        byte[] surrogate = {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'c'};

        DecodedText decoded = InputDecoder.decode("s.txt", surrogate, null);

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.warnings()).singleElement().asString().contains("byte offset 2");
    }

    static Stream<Arguments> byteOrderMarks() {
        return Stream.of(
                Arguments.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));
    }

    @ParameterizedTest
    @MethodSource("byteOrderMarks")
    void aByteOrderMarkDecidesTheCharsetAndIsNotPartOfTheText(byte[] bom, Charset charset) {
        byte[] text = FRENCH.getBytes(charset);
        byte[] bytes = concat(bom, text);

        DecodedText decoded = InputDecoder.decode("bom.txt", bytes, null);

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo(charset);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() {
        String text = "Brussels, 4 March 2022. The Council adopted the package today.";

        assertThat(InputDecoder.decode("le.txt", text.getBytes(StandardCharsets.UTF_16LE), null).text())
                .isEqualTo(text);
        assertThat(InputDecoder.decode("be.txt", text.getBytes(StandardCharsets.UTF_16BE), null).text())
                .isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("declaredCharsets")
    void anHtmlMetaCharsetIsHonoured(String declaration) {
        String page = "<html><head>" + declaration + "<title>t</title></head><body><p>" + FRENCH
                + "</p></body></html>";

        DecodedText decoded = InputDecoder.decode("page.html", page.getBytes(WINDOWS_1252), null);

        assertThat(decoded.text()).contains(FRENCH);
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.warnings()).isEmpty();
    }

    static Stream<String> declaredCharsets() {
        return Stream.of("<meta charset=\"windows-1252\">", "<META CHARSET=windows-1252>",
                // browsers read a declared Latin-1 as windows-1252, where 0x93 and 0x94 are curly quotes
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">");
    }

    @Test
    void validUtf8OutvotesAStaleSingleByteDeclaration() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + FRENCH + "</p></body></html>";

        DecodedText decoded = InputDecoder.decode("resaved.html", page.getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).contains(FRENCH);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.warnings()).singleElement().asString()
                .contains("resaved.html", "declares windows-1252 but is valid UTF-8");
    }

    @Test
    void aForcedCharsetWins() {
        byte[] bytes = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

        DecodedText decoded = InputDecoder.decode("x.txt", bytes, StandardCharsets.ISO_8859_1);

        assertThat(decoded.text()).isEqualTo("Caf\u00e9");
        assertThat(decoded.warnings()).isEmpty();
    }

    static Stream<Arguments> binaries() {
        return Stream.of(
                Arguments.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "PNG image"),
                Arguments.of("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "PDF"),
                Arguments.of(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}, "gzip"),
                Arguments.of(new byte[] {'P', 'K', 3, 4, 20, 0}, "ZIP"),
                Arguments.of("Hello\0world, this is not text".getBytes(StandardCharsets.US_ASCII), "NUL byte"));
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void binaryInputIsRefusedNamingTheSourceAndTheReason(byte[] bytes, String reason) {
        assertThatThrownBy(() -> SourceLoader.load("upload.bin", bytes, null))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageStartingWith("upload.bin")
                .hasMessageContaining("binary content")
                .hasMessageContaining(reason)
                .extracting(e -> ((MalformedDocumentException) e).source()).isEqualTo("upload.bin");
    }

    @Test
    void aUtf8ByteOrderMarkDoesNotLetBinaryContentThrough() {
        byte[] bytes = new byte[64];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;    // the rest are NUL bytes

        assertThatThrownBy(() -> SourceLoader.load("upload.bin", bytes, null))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageContaining("binary content: NUL byte");
    }

    @Test
    void emptyAndWhiteSpaceOnlyInputsAreRefused() {
        assertThatThrownBy(() -> SourceLoader.load("empty.txt", new byte[0], null))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessage("empty.txt: the input is empty");
        assertThatThrownBy(() -> SourceLoader.load("blank.txt", " \n\t\u00a0\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessage("blank.txt: the input holds only white space");
        assertThatThrownBy(() -> SourceLoader.load("blank.html",
                "<html><body><script>var x = 1;</script></body></html>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessage("blank.html: no text found in the html input");
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        SourceDocument source = SourceLoader.load("ctl.txt",
                "One\u0007 paragraph\u001b here.".getBytes(StandardCharsets.UTF_8), null);

        assertThat(source.blocks()).singleElement().extracting(b -> b.text()).isEqualTo("One paragraph here.");
        assertThat(source.warnings()).containsExactly("ctl.txt: removed 2 control character(s)");
    }

    @Test
    void everyEntryPointLoadsTheSameDocument() throws IOException {
        byte[] bytes = ("Headline of the day\n\n" + FRENCH + "\n\nSecond paragraph of the story.\n")
                .getBytes(WINDOWS_1252);
        Path file = Files.write(dir.resolve("story.txt"), bytes);
        DocumentParser parser = Documents.parser().attributeQuotes(false).build();

        Document fromPath = parser.parse(file);
        Document fromStream = parser.parse("story.txt", new ByteArrayInputStream(bytes));
        Document fromString = parser.parse("story.txt", new String(bytes, WINDOWS_1252));

        assertThat(fromPath.paragraphs()).containsExactly(FRENCH, "Second paragraph of the story.");
        assertThat(fromStream.paragraphs()).isEqualTo(fromPath.paragraphs());
        assertThat(fromString.paragraphs()).isEqualTo(fromPath.paragraphs());
        assertThat(fromPath.warnings()).anySatisfy(w -> assertThat(w).contains("story.txt", "windows-1252"));
        assertThat(fromString.warnings()).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
