package io.broadsheet.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ParseSeedsTest {

    @Test
    void printsEachSeedWithItsFormatAndSpeakers() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ParseSeeds.main(new String[] {Path.of("../../seeds").toString()});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("000_b771ea30679b41be.txt [wire-release] Secretary Blinken strengthens US-EU "
                + "collaboration against Russia");
        assertThat(out).contains("002_6d258a3b472bd032.txt [gov-transcript] NATO Foreign Ministerial");
        assertThat(out).contains("004_617e6239e9021492.txt [eu-press-note]");
        assertThat(out).contains("  Ursula von der Leyen: \u201cThe scale of the humanitarian catastrophe");
        assertThat(out).contains("  Josep Borrell: \u201cwill take into account everything,\u201d");
    }
}
