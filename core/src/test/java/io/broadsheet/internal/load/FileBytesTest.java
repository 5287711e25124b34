package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link FileBytes} answers and fails exactly as {@link Files#size} and {@link Files#readAllBytes} do.
 */
class FileBytesTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatNioReads() throws IOException {
        byte[] content = new byte[100_000]; // larger than the native read buffer of 8 KiB
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("big.bin"), content);
        Path small = Files.writeString(dir.resolve("small.txt"), "Press release \u2019quoted\u2019\n");

        assertThat(FileBytes.readAllBytes(file)).isEqualTo(content);
        assertThat(FileBytes.size(file)).isEqualTo(100_000L);
        assertThat(FileBytes.readAllBytes(small)).isEqualTo(Files.readAllBytes(small));
        assertThat(FileBytes.size(small)).isEqualTo(Files.size(small));
    }

    @Test
    void readsAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThat(FileBytes.readAllBytes(empty)).isEmpty();
        assertThat(FileBytes.size(empty)).isZero();
    }

    @Test
    void failsOnAMissingFileAsNioDoes() {
        Path missing = dir.resolve("missing.txt");

        Throwable onSize = catchThrowable(() -> FileBytes.size(missing));
        Throwable onRead = catchThrowable(() -> FileBytes.readAllBytes(missing));

        assertThat(onSize).isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
        assertThat(onRead).isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    }

    @Test
    void failsOnADirectoryAsNioDoes() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Throwable expected = catchThrowable(() -> Files.readAllBytes(sub));

        Throwable actual = catchThrowable(() -> FileBytes.readAllBytes(sub));

        assertThat(expected).isInstanceOf(IOException.class);
        assertThat(actual).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        assertThat(FileBytes.size(sub)).isEqualTo(Files.size(sub));
    }
}
