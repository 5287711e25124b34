package io.broadsheet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code broadsheet parse --stats}: parallel parsing with a closing report instead of documents. */
class ParseStatsTest {

    @TempDir
    Path corpus;

    @Test
    void reportsFilesFailuresMegabytesThroughputAndHeap() throws IOException {
        long bytes = copySeeds(3);
        Files.writeString(corpus.resolve("zz-empty.txt"), "");
        int files = fileCount();

        Run run = run("parse", "--stats", corpus.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains(String.format(Locale.ROOT, "files:       %d (1 failed)", files))
                .contains(String.format(Locale.ROOT, "input:       %.1f MB", bytes / 1e6))
                .containsPattern("time:        \\d+\\.\\d\\d s on \\d+ threads?")
                .containsPattern("throughput:  \\d+\\.\\d MB/s")
                .containsPattern("peak heap:   \\d+\\.\\d MB")
                .containsPattern("jit:         \\d+\\.\\d\\d s compiling during the run")
                .contains("jvm:         ", Runtime.version().toString())
                .doesNotContain("format:", "paragraphs:");
        assertThat(run.err).contains("zz-empty.txt: the input is empty");
    }

    @Test
    void succeedsWhenEveryFileParsesAndHonoursTheThreadCount() throws IOException {
        copySeeds(2);

        Run run = run("parse", "--stats", "--threads", "1", corpus.toString());

        assertThat(run.code).isZero();
        assertThat(run.out).contains(String.format(Locale.ROOT, "files:       %d (0 failed)", fileCount()))
                .contains(" on 1 thread" + System.lineSeparator());
        assertThat(run.err).isEmpty();
    }

    @Test
    void refusesToCombineStatsWithJson() throws IOException {
        copySeeds(1);

        Run run = run("parse", "--stats", "--json", corpus.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--stats prints no documents; it cannot be combined with --json");
    }

    @Test
    void parsesEveryFileOnceWhateverTheThreadCount() throws IOException {
        copySeeds(4);
        ParseStats stats = new ParseStats(io.broadsheet.Documents.parser().build(), 8, 1 << 20);
        List<Path> paths;
        try (Stream<Path> list = Files.list(corpus)) {
            paths = list.sorted().toList();
        }
        int[] calls = new int[1];

        ParseStats.Report report;
        try (InputFiles files = InputFiles.open(List.of(corpus), InputFiles.Order.AS_LISTED, new ArrayList<>(),
                problem -> { })) {
            report = stats.run(files, failure -> { }, (done, bytes) -> {
                synchronized (calls) {
                    calls[0]++;
                }
            });
        }

        assertThat(report.files()).isEqualTo(paths.size());
        assertThat(report.failures()).isZero();
        assertThat(report.bytes()).isEqualTo(paths.stream().mapToLong(ParseStatsTest::size).sum());
        assertThat(calls[0]).isEqualTo(paths.size());
        assertThat(report.peakHeapBytes()).isPositive();
    }

    @Test
    void progressBarStaysQuietAtFirstThenDrawsInPlaceAndClearsItself() {
        StringWriter sink = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(sink), 30, 0);

        bar.update(3, 300_000, ProgressBar.DELAY_NANOS / 2);
        assertThat(sink.toString()).isEmpty();

        bar.update(15, 3_000_000, ProgressBar.DELAY_NANOS);
        assertThat(sink.toString())
                .isEqualTo("\r[###############---------------] 15/30 files  3.0 MB  3.0 MB/s");

        bar.update(16, 3_100_000, ProgressBar.DELAY_NANOS + 1);
        assertThat(sink.toString()).doesNotContain("16/30"); // redrawn at most every PERIOD_NANOS

        bar.finish();
        assertThat(sink.toString()).endsWith("\r");
    }

    @Test
    void rendersAnEmptyRunAsComplete() {
        assertThat(ProgressBar.render(0, 0, 0, 1)).startsWith("[##############################] 0/0 files");
    }

    private long copySeeds(int copies) throws IOException {
        long bytes = 0;
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (int i = 0; i < copies; i++) {
                    Path copy = corpus.resolve(i + "-" + seed.getFileName());
                    Files.copy(seed, copy);
                    bytes += Files.size(copy);
                }
            }
        }
        return bytes;
    }

    private int fileCount() throws IOException {
        try (Stream<Path> list = Files.list(corpus)) {
            return (int) list.count();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
    }
}
