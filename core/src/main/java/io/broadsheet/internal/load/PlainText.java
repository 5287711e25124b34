package io.broadsheet.internal.load;

import java.nio.charset.StandardCharsets;

/**
 * A decoded text for {@link TextBlockReader} to read in place, with the bytes it was decoded from where those are
 * the same: the text is chars[0, length), and its first {@code asciiPrefix} chars are the ASCII bytes
 * bytes[0, asciiPrefix). Arrays are lent, not owned: nothing keeps them past the read.
 *
 * @param chars       holds the text, perhaps followed by stale chars
 * @param length      the text's length
 * @param bytes       the bytes decoded, or null when there is no ASCII prefix to copy from
 * @param asciiPrefix how many of the first chars equal the first bytes
 */
record PlainText(char[] chars, int length, byte[] bytes, int asciiPrefix) {

    /** A text without bytes to copy from. */
    PlainText(char[] chars, int length) {
        this(chars, length, null, 0);
    }

    /** The text[begin, end) as a string. */
    String string(int begin, int end) {
        if (end <= asciiPrefix) {
            // From chars, the String constructor tests every one for a Latin-1 copy (StringUTF16.compress, a loop
            // that only C2 makes fast); bytes known to be ASCII are copied as they are, in bulk.
            return new String(bytes, begin, end - begin, StandardCharsets.ISO_8859_1);
        }
        return new String(chars, begin, end - begin);
    }
}
