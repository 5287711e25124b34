package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link FileBytes#read} answers and fails exactly as {@link Files#size} followed by {@link Files#readAllBytes}.
 */
class FileBytesTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @TempDir
    Path dir;

    @Test
    void readsWhatNioReads() throws IOException {
        byte[] content = new byte[100_000]; // larger than the native read buffer of 8 KiB
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("big.bin"), content);
        Path small = Files.writeString(dir.resolve("small.txt"), "Press release \u2019quoted\u2019\n");

        assertThat(FileBytes.read(file, NO_LIMIT, FileBytesTest::unexpected)).isEqualTo(content);
        assertThat(FileBytes.read(small, NO_LIMIT, FileBytesTest::unexpected)).isEqualTo(Files.readAllBytes(small));
    }

    @Test
    void readsAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThat(FileBytes.read(empty, 0, FileBytesTest::unexpected)).isEmpty();
    }

    @Test
    void readsAFileOfExactlyTheLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("ten.txt"), "0123456789");

        assertThat(FileBytes.read(file, 10, FileBytesTest::unexpected)).hasSize(10);
    }

    @Test
    void refusesAFileAboveTheLimitWithItsSize() throws IOException {
        Path file = Files.writeString(dir.resolve("eleven.txt"), "0123456789A");

        assertThatThrownBy(() -> FileBytes.read(file, 10, size -> new IllegalStateException("size " + size)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("size 11");
    }

    @Test
    void failsOnAMissingFileAsNioDoes() {
        Path missing = dir.resolve("missing.txt");

        Throwable thrown = catchThrowable(() -> FileBytes.read(missing, NO_LIMIT, FileBytesTest::unexpected));

        assertThat(thrown).isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    }

    @Test
    void failsOnADirectoryAsNioDoes() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Throwable expected = catchThrowable(() -> Files.readAllBytes(sub));

        Throwable actual = catchThrowable(() -> FileBytes.read(sub, NO_LIMIT, FileBytesTest::unexpected));

        assertThat(expected).isInstanceOf(IOException.class);
        assertThat(actual).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void readsAProcFileThatSaysItIsEmpty() throws IOException {
        Path cmdline = Path.of("/proc/self/cmdline");
        assumeTrue(Files.isReadable(cmdline) && Files.size(cmdline) == 0, "a Linux /proc");

        assertThat(FileBytes.read(cmdline, NO_LIMIT, FileBytesTest::unexpected))
                .isNotEmpty()
                .isEqualTo(Files.readAllBytes(cmdline));
    }

    @Test
    @Timeout(20)
    void readsANamedPipe() throws Exception {
        Path fifo = fifoWrittenBy(out -> out.write("Written once, read once.\n".getBytes(StandardCharsets.UTF_8)));

        byte[] read = FileBytes.read(fifo, NO_LIMIT, FileBytesTest::unexpected);

        assertThat(new String(read, StandardCharsets.UTF_8)).isEqualTo("Written once, read once.\n");
    }

    @Test
    @Timeout(20)
    void refusesAPipeOnceItHoldsMoreThanTheLimit() throws Exception {
        byte[] chunk = new byte[4096];
        Path fifo = fifoWrittenBy(out -> {
            for (int i = 0; i < 1_000_000; i++) {      // far more than the limit; stops when the reader goes
                out.write(chunk);
            }
        });

        assertThatThrownBy(() -> FileBytes.read(fifo, 100_000, FileBytesTest::unexpected))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("refused as too large: ");
    }

    /** What a writer does with the pipe's stream, which it opens and closes at once, as {@code echo} does. */
    private interface PipeWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    /**
     * A named pipe in the test's folder with a daemon thread writing to it; a write failing because the reader
     * closed the pipe is expected. Skips the test where there is no {@code mkfifo}.
     */
    private Path fifoWrittenBy(PipeWriter writing) throws InterruptedException {
        Path fifo = dir.resolve("fifo");
        assumeTrue(makeFifo(fifo), "mkfifo");
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo)) {
                writing.write(out);
            } catch (IOException e) {
                // the reader closed the pipe
            }
        });
        writer.setDaemon(true);
        writer.start();
        return fifo;
    }

    private static boolean makeFifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false; // no mkfifo here
        }
    }

    private static RuntimeException unexpected(long size) {
        return new IllegalStateException("refused as too large: " + size);
    }
}
