package io.broadsheet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsRegularFilesSortedWithTheirSizesAndSkipsHiddenOnes() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "bb");
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/z.txt"), "zzz");
        Files.writeString(dir.resolve(".hidden"), "h");
        Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("d"), dir.resolve("a"));
        Path single = dir.resolve("a/z.txt");
        List<Path> missing = new ArrayList<>();

        List<InputFiles.InputFile> files = InputFiles.list(List.of(dir, single, dir.resolve("nope")), missing);

        assertThat(files).extracting(InputFiles.InputFile::path, InputFiles.InputFile::size).containsExactly(
                tuple(dir.resolve("a/z.txt"), 3L), tuple(dir.resolve("b.txt"), 2L), tuple(dir.resolve("c.txt"), 2L),
                tuple(single, 3L));
        assertThat(missing).containsExactly(dir.resolve("nope"));
        assertThat(InputFiles.expand(List.of(dir), new ArrayList<>()))
                .containsExactly(dir.resolve("a/z.txt"), dir.resolve("b.txt"), dir.resolve("c.txt"));
    }
}
