package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Utf8#decode} accepts exactly the byte arrays a strict JDK UTF-8 decoder accepts and decodes them to the
 * same chars: checked on every one-, two- and three-byte array with interesting lead bytes, on every four-byte
 * lead with its boundary second bytes, and on random arrays that mix valid sequences with broken ones.
 */
class Utf8Test {

    @Test
    void agreesWithTheJdkOnEveryShortSequence() {
        for (int first = 0; first < 256; first++) {
            assertSameAsJdk(new byte[] {(byte) first});
            for (int second = 0; second < 256; second++) {
                assertSameAsJdk(new byte[] {(byte) first, (byte) second});
                if (first >= 0xC0) {
                    for (int third : new int[] {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE2, 0xFF}) {
                        assertSameAsJdk(new byte[] {(byte) first, (byte) second, (byte) third});
                        assertSameAsJdk(new byte[] {(byte) first, (byte) second, (byte) third, (byte) 0x80});
                        assertSameAsJdk(new byte[] {(byte) first, (byte) second, (byte) third, (byte) 0xBF, 'a'});
                    }
                }
            }
        }
    }

    @Test
    void decodesTheEdgesOfEachRange() {
        String text = "a\u007F\u0080\u07FF\u0800\uD7FF\uE000\uFFFD\uFFFF\uD800\uDC00\uDBFF\uDFFF\u2019\u00A0 end";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        char[] out = new char[bytes.length];

        int length = Utf8.decode(bytes, 0, out).length();

        assertThat(new String(out, 0, length)).isEqualTo(text);
    }

    @Test
    void tellsTheAsciiPrefixAndTheFirstAngleBracket() {
        byte[] bytes = "ab \u00E9 <p> <".getBytes(StandardCharsets.UTF_8);

        Utf8.Decoded decoded = Utf8.decode(bytes, 0, new char[bytes.length]);

        assertThat(decoded).isEqualTo(new Utf8.Decoded(10, 3, 5));
        assertThat(Utf8.decode("plain".getBytes(StandardCharsets.UTF_8), 0, new char[5]))
                .isEqualTo(new Utf8.Decoded(5, 5, -1));
        assertThat(Utf8.decode(new byte[0], 0, new char[0])).isEqualTo(new Utf8.Decoded(0, 0, -1));
    }

    @Test
    void startsAtTheGivenOffset() {
        byte[] bytes = "\uFEFFcaf\u00E9".getBytes(StandardCharsets.UTF_8);
        char[] out = new char[bytes.length];

        Utf8.Decoded decoded = Utf8.decode(bytes, 3, out);

        assertThat(new String(out, 0, decoded.length())).isEqualTo("caf\u00E9");
        assertThat(decoded.asciiPrefix()).isEqualTo(3);
    }

    @Test
    void refusesOverlongFormsSurrogatesAndCodePointsAboveTheLast() {
        char[] out = new char[8];
        assertThat(Utf8.decode(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, out)).isNull();
        assertThat(Utf8.decode(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, 0, out)).isNull();
        assertThat(Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, out)).isNull();
        assertThat(Utf8.decode(new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, 0, out)).isNull();
        assertThat(Utf8.decode(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, out)).isNull();
        assertThat(Utf8.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x80}, 0, out)).isNull();
    }

    @Test
    void agreesWithTheJdkOnRandomMixtures() {
        Random random = new Random(20241122);
        byte[][] pieces = {
            "a".getBytes(StandardCharsets.UTF_8), " word ".getBytes(StandardCharsets.UTF_8),
            "\u00E9".getBytes(StandardCharsets.UTF_8), "\u2019".getBytes(StandardCharsets.UTF_8),
            "\u00A0".getBytes(StandardCharsets.UTF_8), "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        };
        for (int round = 0; round < 100_000; round++) {
            int count = 1 + random.nextInt(40);
            ByteBuffer buffer = ByteBuffer.allocate(count * 6);
            for (int k = 0; k < count; k++) {
                if (random.nextInt(50) == 0) {
                    buffer.put((byte) random.nextInt(256)); // now and then a byte that may break a sequence
                } else {
                    byte[] piece = pieces[random.nextInt(pieces.length)];
                    // now and then a sequence cut short
                    int length = random.nextInt(60) == 0 ? random.nextInt(piece.length + 1) : piece.length;
                    buffer.put(piece, 0, length);
                }
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            assertSameAsJdk(bytes);
        }
    }

    private static void assertSameAsJdk(byte[] bytes) {
        String expected;
        try {
            expected = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            expected = null;
        }
        char[] out = new char[bytes.length];
        Utf8.Decoded decoded = Utf8.decode(bytes, 0, out);
        String actual = decoded == null ? null : new String(out, 0, decoded.length());
        String hex = java.util.HexFormat.of().formatHex(bytes);
        assertThat(actual).as("decoding of %s", hex).isEqualTo(expected);
        assertThat(Utf8.findInvalid(bytes, 0)).as("first malformed byte of %s", hex).isEqualTo(jdkErrorOffset(bytes));
    }

    /** Where the JDK's strict decoder stops on malformed input, or -1 when there is none. */
    private static int jdkErrorOffset(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : -1;
    }
}
