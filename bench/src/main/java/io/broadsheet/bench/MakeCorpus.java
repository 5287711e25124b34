package io.broadsheet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a seed-like corpus of about the requested size for whole-process measurements such as
 * {@code broadsheet parse --stats}: every seed in turn, in shuffled variants, one file each.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar io.broadsheet.bench.MakeCorpus /tmp/corpus 10 [--html]
 * }</pre>
 */
public final class MakeCorpus {

    private MakeCorpus() {
    }

    /**
     * @param args the directory, the size in MB, and {@code --html} to write HTML pages instead of text
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MakeCorpus DIR MEGABYTES [--html]");
            System.exit(2);
        }
        Path directory = Files.createDirectories(Path.of(args[0]));
        long target = (long) (Double.parseDouble(args[1]) * 1_000_000);
        boolean html = args.length > 2 && args[2].equals("--html");
        List<SeedCorpus.Entry> seeds = SeedCorpus.seeds();
        long written = 0;
        int files = 0;
        for (int variant = 0; written < target; variant++) {
            for (SeedCorpus.Entry seed : seeds) {
                String text = SeedCorpus.variant(seed, variant);
                if (html) {
                    text = SeedCorpus.asHtml(text);
                }
                String name = String.format(Locale.ROOT, "%05d-%s", variant, seed.name());
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                Files.write(directory.resolve(html ? name.replace(".txt", ".html") : name), bytes);
                written += bytes.length;
                files++;
                if (written >= target) {
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d files, %.1f MB, to %s%n", files, written / 1e6, directory);
    }
}
