package io.broadsheet.internal.load;

import io.broadsheet.MalformedDocumentException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an input's bytes into text. Order of authority: a caller-forced charset, a byte-order mark, an HTML
 * {@code meta} charset, then strict UTF-8; bytes that are not UTF-8 are read as windows-1252 with a warning
 * naming the first bad offset. Binary inputs are refused with the format they look like.
 */
public final class InputDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 4096;
    private static final byte[] UTF8_BOM = bytes(0xEF, 0xBB, 0xBF);
    private static final byte[] UTF16BE_BOM = bytes(0xFE, 0xFF);
    private static final byte[] UTF16LE_BOM = bytes(0xFF, 0xFE);

    private InputDecoder() {
    }

    public static DecodedText decode(String name, byte[] bytes, Charset forced) {
        DecodedText decoded = decodeUnscreened(name, bytes, forced);
        if (!decoded.screened()) {
            refuseControlBytes(name, bytes);
        }
        return decoded;
    }

    /**
     * Like {@link #decode}, but may leave refusing an input for its control bytes to the caller, which saves a
     * pass over the head of every input: when the result is not {@link DecodedText#screened()}, the caller must
     * call {@link #refuseControlBytes} before anything else, unless the text holds no character below U+0020
     * other than tab and line feed. (Such a text was decoded from bytes without control bytes, so the check
     * could not fail: control bytes decode to themselves in UTF-8 and in the windows-1252 fallback.)
     */
    public static DecodedText decodeUnscreened(String name, byte[] bytes, Charset forced) {
        List<String> warnings = new ArrayList<>();
        if (forced != null) {
            return new DecodedText(lenient(bytes, 0, forced), forced, warnings);
        }
        if (startsWith(bytes, UTF8_BOM)) {
            // Marked as screened below, so screen here: a byte-order mark in front of binary is still binary.
            refuseControlBytes(name, bytes);
            return new DecodedText(utf8OrFallback(name, bytes, 3, warnings), StandardCharsets.UTF_8, warnings);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, warnings);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, warnings);
        }
        Charset utf16 = sniffUtf16(bytes);
        if (utf16 != null) {
            return new DecodedText(lenient(bytes, 0, utf16), utf16, warnings);
        }
        refuseMagicNumbers(name, bytes);
        String text = utf8OrFallback(name, bytes, 0, warnings);
        // A '<' byte among the first SNIFF bytes decodes to a '<' no later in the text (UTF-8 and windows-1252
        // both give at most one char per byte), so text without one needs no look for a meta charset.
        int angle = text.indexOf('<');
        if (angle < 0 || angle >= SNIFF || !hasMetaTag(bytes, Math.min(bytes.length, SNIFF))) {
            Charset used = warnings.isEmpty() ? StandardCharsets.UTF_8 : WINDOWS_1252;
            return new DecodedText(text, used, warnings, false);
        }
        return weighMetaCharset(name, bytes, text, warnings);
    }

    /**
     * What {@link #decodeUnscreened} makes of bytes that it found no reason to read other than as UTF-8 (no BOM,
     * not UTF-16, no magic number) but that have a {@code <meta} tag among their first bytes, given its UTF-8
     * reading ({@link #decodePlainUtf8}), so that a page is not decoded twice.
     *
     * @param utf8Text the bytes' strict UTF-8 decoding, which succeeded
     */
    static DecodedText decodeWithMetaTag(String name, byte[] bytes, String utf8Text) {
        return weighMetaCharset(name, bytes, utf8Text, new ArrayList<>());
    }

    /**
     * Screens bytes with a meta tag for control bytes and reads them by their declared charset, unless that is a
     * single-byte charset and the bytes are valid UTF-8.
     *
     * @param text     the bytes read as UTF-8, or as windows-1252 when that failed
     * @param warnings the UTF-8 attempt's warnings, empty when it succeeded
     */
    private static DecodedText weighMetaCharset(String name, byte[] bytes, String text, List<String> warnings) {
        refuseControlBytes(name, bytes);
        Charset declared = declaredHtmlCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)) {
            warnings.clear(); // the UTF-8 attempt's, if any: these bytes are read by their declaration instead
            // Pages re-saved as UTF-8 often keep their old declaration; multi-byte sequences that are all valid
            // UTF-8 do not happen by chance in a single-byte encoding, so the bytes outvote the declaration.
            if (isSingleByte(declared) && hasNonAscii(bytes) && Utf8.findInvalid(bytes, 0) < 0) {
                warnings.add(name + ": declares " + declared.name() + " but is valid UTF-8; decoded as UTF-8");
                return new DecodedText(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, warnings);
            }
            return new DecodedText(lenient(bytes, 0, declared), declared, warnings);
        }
        Charset used = warnings.isEmpty() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new DecodedText(text, used, warnings);
    }

    /**
     * Decodes the common input, well-formed UTF-8 that {@link #decodeUnscreened} would read as UTF-8 with no
     * warning, straight into {@code out}: no forced charset, no byte-order mark, not UTF-16. Refuses binary inputs
     * by their magic numbers exactly as {@link #decodeUnscreened} does; like its result, the chars are not
     * screened for control bytes. When a {@code <} is among the first 4096 chars, the caller must still ask
     * {@link #mayDeclareCharset}, and if so read the text by {@link #decodeWithMetaTag}.
     *
     * @param out receives the chars; must hold at least {@code bytes.length}
     * @return what was decoded, or null when the input is not that common case and {@link #decodeUnscreened}
     *         must decide
     */
    static Utf8.Decoded decodePlainUtf8(String name, byte[] bytes, char[] out) {
        if (startsWith(bytes, UTF8_BOM) || startsWith(bytes, UTF16BE_BOM) || startsWith(bytes, UTF16LE_BOM)
                || sniffUtf16(bytes) != null) {
            return null;
        }
        refuseMagicNumbers(name, bytes);
        return Utf8.decode(bytes, 0, out);
    }

    /**
     * True when the head of the input holds a {@code <meta} tag, whose charset {@link #decodeUnscreened} weighs.
     * Only asked when a {@code <} is among the first 4096 decoded chars: without one, no such byte is among the
     * first 4096 bytes either (UTF-8 gives at most one char per byte).
     */
    static boolean mayDeclareCharset(byte[] bytes) {
        return hasMetaTag(bytes, Math.min(bytes.length, SNIFF));
    }

    private static String utf8OrFallback(String name, byte[] bytes, int offset, List<String> warnings) {
        String wellFormed = decodeIfWellFormed(bytes, offset);
        if (wellFormed != null) {
            return wellFormed;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int bad = Math.max(Utf8.findInvalid(bytes, offset), offset);
            warnings.add(name + ": invalid UTF-8 at byte offset " + bad + "; decoded as windows-1252");
            return lenient(bytes, offset, WINDOWS_1252);
        } catch (CharacterCodingException e) {
            warnings.add(name + ": undecodable UTF-8 (" + e.getMessage() + "); decoded as windows-1252");
            return lenient(bytes, offset, WINDOWS_1252);
        }
    }

    /**
     * The String constructor decodes far faster than a CharsetDecoder (no intermediate buffer, ASCII copied in
     * bulk) but replaces malformed input with U+FFFD instead of reporting it: a result without U+FFFD was
     * well-formed. With one, null is returned and nothing keeps the string alive while the strict decoder runs.
     */
    private static String decodeIfWellFormed(byte[] bytes, int offset) {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /**
     * Recognises UTF-16 without a byte-order mark by its zero bytes: in Latin-script text every other byte is
     * zero, on the even offsets for big-endian and the odd ones for little-endian.
     */
    static Charset sniffUtf16(byte[] bytes) {
        int limit = Math.min(bytes.length, 512) & ~1;
        if (limit < 8) {
            return null;
        }
        int pairs = limit / 2;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < limit; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
            // Ordinary text rules out both byte orders within a few dozen pairs: stop there.
            int seen = i / 2 + 1;
            if (!mayBeUtf16(evenZero, oddZero, seen, pairs) && !mayBeUtf16(oddZero, evenZero, seen, pairs)) {
                return null;
            }
        }
        if (evenZero * 10 >= pairs * 9 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero * 10 >= pairs * 9 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Whether, after {@code seen} of {@code pairs} byte pairs, one byte order can still pass: it wants no zero in
     * the other half of each pair, and at most a tenth of the pairs without a zero in this half.
     */
    private static boolean mayBeUtf16(int zeros, int otherZeros, int seen, int pairs) {
        return otherZeros == 0 && (seen - zeros) * 10 <= pairs;
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static void refuseMagicNumbers(String name, byte[] bytes) {
        for (MagicNumber magic : MAGIC_NUMBERS) {
            if (startsWith(bytes, magic.prefix())) {
                throw new MalformedDocumentException(name, 0, "binary content: the input is " + magic.kind());
            }
        }
    }

    /** The first bytes of a binary format that people may mistake for text, and what to call that format. */
    private record MagicNumber(byte[] prefix, String kind) {
    }

    private static final MagicNumber[] MAGIC_NUMBERS = {
        new MagicNumber(bytes(0x89, 'P', 'N', 'G'), "a PNG image"),
        new MagicNumber(bytes('%', 'P', 'D', 'F'), "a PDF file; extract its text first"),
        new MagicNumber(bytes(0x1F, 0x8B), "gzip-compressed; decompress it first"),
        new MagicNumber(bytes('P', 'K', 3, 4), "a ZIP archive (or an Office document)"),
        new MagicNumber(bytes(0xFF, 0xD8, 0xFF), "a JPEG image"),
        new MagicNumber(bytes('G', 'I', 'F', '8'), "a GIF image"),
    };

    /**
     * Refuses an input with a NUL byte or many control bytes near the top: binary content that has no magic
     * number {@link #decode} knows.
     *
     * @param name  the input's name, for the message
     * @param bytes the input
     */
    public static void refuseControlBytes(String name, byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < limit; i++) {
            byte c = bytes[i];
            if (c >= 0 && c < 0x20) {
                if (c == 0) {
                    throw new MalformedDocumentException(name, i, "binary content: NUL byte in what should be text");
                }
                if (c < 0x09 || c > 0x0D && c != 0x1B) {
                    controls++;
                }
            }
        }
        if (limit > 64 && controls * 10 > limit) {
            throw new MalformedDocumentException(name, 0,
                    "binary content: " + controls + " control bytes in the first " + limit);
        }
    }

    /** Finds {@code <meta charset=x>} or {@code content="...; charset=x"} in the first bytes, without regexes. */
    static Charset declaredHtmlCharset(byte[] bytes) {
        if (!hasMetaTag(bytes, Math.min(bytes.length, SNIFF))) {
            return null; // no meta tag at all: the common case for text, decided without copying the head
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int meta = head.indexOf("<meta");
        while (meta >= 0) {
            int close = head.indexOf('>', meta);
            if (close < 0) {
                break;
            }
            String tag = head.substring(meta, close);
            int at = tag.indexOf("charset=");
            if (at >= 0) {
                int start = at + "charset=".length();
                while (start < tag.length() && (tag.charAt(start) == '"' || tag.charAt(start) == '\'')) {
                    start++;
                }
                int end = start;
                while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || "-_:.".indexOf(tag.charAt(end)) >= 0)) {
                    end++;
                }
                try {
                    Charset charset = Charset.forName(tag.substring(start, end));
                    // The HTML standard reads a declared Latin-1 as windows-1252, and so do browsers. A meta tag
                    // that could be read as ASCII cannot truly be UTF-16 or UTF-32, so those mean UTF-8.
                    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                        return StandardCharsets.UTF_8;
                    }
                    return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
            meta = head.indexOf("<meta", close);
        }
        return null;
    }

    /**
     * True when bytes[0, limit) hold {@code <meta} in any ASCII case. Lower-casing as ISO-8859-1 turns no other
     * byte into one of these letters, so without this the lower-cased head has no {@code <meta} either.
     */
    private static boolean hasMetaTag(byte[] bytes, int limit) {
        for (int i = 0; i + 4 < limit; i++) {
            if (bytes[i] == '<' && (bytes[i + 1] | 0x20) == 'm' && (bytes[i + 2] | 0x20) == 'e'
                    && (bytes[i + 3] | 0x20) == 't' && (bytes[i + 4] | 0x20) == 'a') {
                return true;
            }
        }
        return false;
    }

    /** Made once: a varargs call would allocate its array on each of the ten or so checks per input. */
    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
