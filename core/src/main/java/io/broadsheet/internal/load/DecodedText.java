package io.broadsheet.internal.load;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Text decoded from bytes, the charset used, and what went wrong on the way.
 *
 * @param screened false when the bytes have not yet been screened for control bytes; see
 *                 {@link InputDecoder#decodeUnscreened}
 */
public record DecodedText(String text, Charset charset, List<String> warnings, boolean screened) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }

    DecodedText(String text, Charset charset, List<String> warnings) {
        this(text, charset, warnings, true);
    }
}
