package io.broadsheet.internal.load;

/**
 * Decodes well-formed UTF-8 straight into a {@code char[]}, refusing anything else.
 *
 * <p>Reading the common input this way replaces the String constructor's decoding (which, for text outside
 * Latin-1, first decodes into Latin-1, then inflates what it has to UTF-16), the search for U+FFFD that tells
 * whether that decoding replaced anything, and the copies out of the String that the block reader scans. What it
 * accepts is exactly what a strict {@code CharsetDecoder} accepts: no overlong forms, no encoded surrogates,
 * nothing above U+10FFFF, no truncated sequence; the chars it produces are the same too. On anything else it
 * returns null and the caller falls back to the JDK's decoders, which also say where and why the bytes are bad.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * What {@link #decode} learnt on its way over the bytes, so that no caller needs another pass for it.
     *
     * @param length      the number of chars decoded
     * @param asciiPrefix how many chars at the start were decoded from ASCII bytes, one each: chars[0, asciiPrefix)
     *                    equal the bytes in[from, from + asciiPrefix), so strings of them can be copied from either
     * @param firstAngle  the offset of the first {@code <} char, or -1
     */
    record Decoded(int length, int asciiPrefix, int firstAngle) {
    }

    /**
     * @param in   the bytes
     * @param from the offset to start at
     * @param out  receives the chars; must hold at least {@code in.length - from} (no UTF-8 sequence is shorter
     *             than the UTF-16 it decodes to)
     * @return what was decoded, or null when in[from, in.length) is not well-formed UTF-8
     */
    static Decoded decode(byte[] in, int from, char[] out) {
        int n = in.length;
        int i = from;
        // out[i - shift] is where in[i] decodes to; the shift grows by each sequence's bytes minus its chars
        int shift = from;
        int asciiPrefix = -1;
        int firstAngle = -1;
        while (i < n) {
            // A run of ASCII as a loop over i alone, so that the JIT can drop the per-byte bounds checks.
            while (i < n) {
                byte ascii = in[i];
                if (ascii < 0) {
                    break;
                }
                if (ascii == '<' && firstAngle < 0) {
                    firstAngle = i - shift; // here, not in a pass of its own: a '<' is rare, the test cheap
                }
                out[i - shift] = (char) ascii;
                i++;
            }
            if (asciiPrefix < 0) {
                asciiPrefix = i - from;
            }
            if (i >= n) {
                break;
            }
            int length = sequenceLength(in, i);
            if (length == 0) {
                return null;
            }
            int b = in[i] & 0xFF;
            int j = i - shift;
            if (length == 2) {
                out[j] = (char) ((b & 0x1F) << 6 | in[i + 1] & 0x3F);
                shift += 1;
            } else if (length == 3) {
                out[j] = (char) ((b & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 | in[i + 2] & 0x3F);
                shift += 2;
            } else {
                int codePoint = (b & 0x07) << 18 | (in[i + 1] & 0x3F) << 12 | (in[i + 2] & 0x3F) << 6
                        | in[i + 3] & 0x3F;
                out[j] = Character.highSurrogate(codePoint);
                out[j + 1] = Character.lowSurrogate(codePoint);
                shift += 2;
            }
            i += length;
        }
        return new Decoded(n - shift, Math.max(asciiPrefix, 0), firstAngle);
    }

    /**
     * @param in   the bytes
     * @param from the offset to start at
     * @return the offset of the first byte that does not start a well-formed sequence, or -1 when in[from,
     *         in.length) is well-formed UTF-8
     */
    static int findInvalid(byte[] in, int from) {
        int i = from;
        while (i < in.length) {
            if (in[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(in, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /**
     * The one statement of what well-formed means here, for the decoder and for {@link #findInvalid}.
     *
     * @return the length of the well-formed sequence that the non-ASCII byte at {@code in[i]} leads, or 0 when
     *         it is malformed or cut off: a continuation byte without a lead, an overlong form, an encoded
     *         surrogate, a code point above U+10FFFF
     */
    private static int sequenceLength(byte[] in, int i) {
        int b = in[i] & 0xFF;
        if (b < 0xC2 || b > 0xF4) {
            return 0;
        }
        if (b < 0xE0) {
            return i + 1 < in.length && isContinuation(in[i + 1]) ? 2 : 0;
        }
        int length = b < 0xF0 ? 3 : 4;
        if (i + length > in.length) {
            return 0;
        }
        int second = in[i + 1] & 0xFF;
        // E0 needs A0..BF (else overlong), ED 80..9F (else a surrogate), F0 90..BF (else overlong),
        // F4 80..8F (else above U+10FFFF); the others 80..BF
        int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high || !isContinuation(in[i + 2])) {
            return 0;
        }
        return length == 3 || isContinuation(in[i + 3]) ? length : 0;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
