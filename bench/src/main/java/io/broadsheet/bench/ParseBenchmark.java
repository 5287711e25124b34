package io.broadsheet.bench;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.quote.QuoteAttributor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of parsing, in MB of input per second (the {@code megabytes} counter; JMH prints it per second).
 * One operation handles the whole seed corpus once: the plain texts, the same texts as HTML pages, or, for the
 * attribution stage alone, the texts' documents parsed beforehand without attribution.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar -f 1 -wi 2 -i 3
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@State(Scope.Benchmark)
public class ParseBenchmark {

    private DocumentParser parser;
    private List<SeedCorpus.Entry> texts;
    private List<SeedCorpus.Entry> pages;
    private List<Document> unattributed;
    private double textMegabytes;
    private double htmlMegabytes;

    /** Counts input megabytes; JMH reports them per second, which is the throughput in MB/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Input {
        /** Megabytes of input handled. */
        public double megabytes;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void clear() {
            megabytes = 0;
        }
    }

    /** Reads the seeds and prepares the documents for the attribution-only benchmark. */
    @Setup
    public void setUp() {
        parser = Documents.parser().build();
        texts = SeedCorpus.seeds();
        pages = SeedCorpus.seedsAsHtml();
        textMegabytes = megabytes(texts);
        htmlMegabytes = megabytes(pages);
        DocumentParser withoutAttribution = Documents.parser().attributeQuotes(false).build();
        unattributed = texts.stream().map(e -> withoutAttribution.parse(e.name(), e.text())).toList();
    }

    /**
     * {@code Documents.parse} on plain text: load, detect the format, parse, attribute quotes.
     *
     * @param input the throughput counter
     * @param sink  keeps the results alive
     */
    @Benchmark
    public void parseText(Input input, Blackhole sink) {
        for (SeedCorpus.Entry entry : texts) {
            sink.consume(parser.parse(entry.name(), entry.text()));
        }
        input.megabytes += textMegabytes;
    }

    /**
     * {@code Documents.parse} on HTML pages.
     *
     * @param input the throughput counter
     * @param sink  keeps the results alive
     */
    @Benchmark
    public void parseHtml(Input input, Blackhole sink) {
        for (SeedCorpus.Entry entry : pages) {
            sink.consume(parser.parse(entry.name(), entry.text()));
        }
        input.megabytes += htmlMegabytes;
    }

    /**
     * The quote detection and attribution stage alone, on documents parsed beforehand; MB are those of the
     * plain-text inputs, so the figure compares with {@link #parseText}.
     *
     * @param input the throughput counter
     * @param sink  keeps the results alive
     */
    @Benchmark
    public void attributeQuotes(Input input, Blackhole sink) {
        QuoteAttributor attributor = QuoteAttributor.standard();
        for (Document document : unattributed) {
            sink.consume(attributor.attribute(document));
        }
        input.megabytes += textMegabytes;
    }

    private static double megabytes(List<SeedCorpus.Entry> entries) {
        return entries.stream().mapToLong(SeedCorpus.Entry::bytes).sum() / 1e6;
    }
}
