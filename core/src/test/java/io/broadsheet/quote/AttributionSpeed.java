package io.broadsheet.quote;

import io.broadsheet.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures attribution speed in MB of paragraph text per second of CPU time on one thread, over the held-out-style
 * articles (one document each), attributed again and again. Not a test: run it by hand, from {@code core/}:
 * <pre>{@code
 * java -cp target/classes:target/test-classes io.broadsheet.quote.AttributionSpeed [seconds [merged]]
 * }</pre>
 */
public final class AttributionSpeed {

    private AttributionSpeed() {
    }

    /**
     * @param args optionally the number of seconds to measure for (default 10), then {@code merged} to attribute
     *             all articles as one document
     * @throws Exception if the articles cannot be read
     */
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Document> documents = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/quotes/heldout-style"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> paragraphs = new ArrayList<>();
                for (String block : Files.readString(f, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                    if (!block.isBlank()) {
                        paragraphs.add(block.strip());
                        bytes += block.strip().getBytes(StandardCharsets.UTF_8).length;
                    }
                }
                documents.add(Document.builder(f.toString(), "article").paragraphs(paragraphs).build());
            }
        }
        if (args.length > 1 && args[1].equals("merged")) {      // one long document: per-document costs vanish
            List<String> all = new ArrayList<>();
            documents.forEach(d -> all.addAll(d.paragraphs()));
            documents = List.of(Document.builder("merged", "article").paragraphs(all).build());
        }
        QuoteAttributor attributor = QuoteAttributor.standard();
        CpuClock cpu = new CpuClock();
        long sink = 0;
        for (int warm = 0; warm < 200; warm++) {
            for (Document d : documents) {
                sink += attributor.attribute(d).quotes().size();
            }
        }
        long start = cpu.getCurrentThreadCpuTime();
        long passes = 0;
        while (cpu.getCurrentThreadCpuTime() - start < seconds * 1e9) {
            for (Document d : documents) {
                sink += attributor.attribute(d).quotes().size();
            }
            passes++;
        }
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double mb = passes * bytes / 1e6;
        System.out.printf(Locale.ROOT, "%d documents, %.1f KB a pass, %d passes: %.1f MB in %.2f s CPU = %.1f MB/s (%d)%n",
                documents.size(), bytes / 1e3, passes, mb, cpuSeconds, mb / cpuSeconds, sink);
    }

    /**
     * This thread's CPU time, read reflectively: the core module does not require java.management, and a
     * benchmark is no reason to add that to its module descriptor. Run from the class path, the lookup works.
     */
    private static final class CpuClock {
        private final Object bean;
        private final java.lang.reflect.Method read;

        CpuClock() throws ReflectiveOperationException {
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            bean = factory.getMethod("getThreadMXBean").invoke(null);
            read = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        }

        long getCurrentThreadCpuTime() throws ReflectiveOperationException {
            return (Long) read.invoke(bean);
        }
    }
}
