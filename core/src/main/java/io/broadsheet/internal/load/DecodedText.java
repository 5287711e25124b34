package io.broadsheet.internal.load;

import java.nio.charset.Charset;
import java.util.List;

/** Text decoded from bytes, the charset used, and what went wrong on the way. */
public record DecodedText(String text, Charset charset, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
