package io.broadsheet;

import java.util.List;
import java.util.Objects;

/**
 * One speaker's turn in a transcript: the label as printed and the paragraphs spoken until the next label.
 *
 * @param speaker        who spoke, resolved to the fullest name the document gives
 * @param label          the label as printed, without its colon, for example {@code SECRETARY BLINKEN}
 * @param paragraphs     the spoken text, without the label
 * @param firstParagraph index of the turn's first paragraph in {@link Document#paragraphs()}
 */
public record Turn(Speaker speaker, String label, List<String> paragraphs, int firstParagraph) {

    /** Validates and copies. */
    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        label = Speaker.requireText(label, "label");
        paragraphs = List.copyOf(paragraphs);
        if (firstParagraph < 0) {
            throw new IllegalArgumentException("firstParagraph must be >= 0, was " + firstParagraph);
        }
    }
}
