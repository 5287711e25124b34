package io.broadsheet.internal.load;

import java.util.Random;

/** Random texts for the differential tests: runs of pieces chosen to meet the cases a reader treats specially. */
final class RandomText {

    private RandomText() {
    }

    /** @return one to {@code maxPieces} pieces, each picked at random, joined */
    static String of(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(maxPieces);
        for (int k = 0; k < count; k++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
