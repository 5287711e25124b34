package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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

    private static RuntimeException unexpected(long size) {
        return new IllegalStateException("refused as too large: " + size);
    }
}
