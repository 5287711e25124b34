package io.broadsheet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

        List<InputFiles.InputFile> files = walk(List.of(dir, single, dir.resolve("nope")), InputFiles.Order.SORTED,
                missing);

        assertThat(files).extracting(InputFiles.InputFile::path, InputFiles.InputFile::size).containsExactly(
                tuple(dir.resolve("a/z.txt"), 3L), tuple(dir.resolve("b.txt"), 2L), tuple(dir.resolve("c.txt"), 2L),
                tuple(single, 3L));
        assertThat(missing).containsExactly(dir.resolve("nope"));
        assertThat(InputFiles.expand(List.of(dir), new ArrayList<>(), problem -> { }))
                .containsExactly(dir.resolve("a/z.txt"), dir.resolve("b.txt"), dir.resolve("c.txt"));
    }

    @Test
    void sortsAsTheFullPathsSortWhenADirectoryIsNamedLikeTheStartOfAFile() throws IOException {
        // "2024-03.txt" < "2024/a.txt" because '-' comes before '/': a walk that sorted bare names would put the
        // directory's files first
        for (String name : List.of("2024/a.txt", "2024/sub/b.txt", "2024-03.txt", "2024.txt", "2024 b.txt", "20240.txt",
                "2024/a b.txt")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), name);
        }
        List<Path> expected = new ArrayList<>();
        try (var all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).sorted().forEach(expected::add);
        }

        List<Path> walked = InputFiles.expand(List.of(dir), new ArrayList<>(), problem -> { });

        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void aDeviceNamedAsAnArgumentIsReportedAsNoRegularFileNotAsMissing() {
        // '/dev/zero' used to be reported as 'no such file or directory', and reading it would never end
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "needs a device file");
        List<Path> missing = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        try (InputFiles files = InputFiles.open(List.of(device), InputFiles.Order.SORTED, missing, problems::add)) {
            assertThat(files.next()).isNull();
        }

        assertThat(missing).isEmpty();
        assertThat(problems).containsExactly("/dev/null: not a regular file or directory");
    }

    @Test
    void skipsHiddenDirectoriesSuchAsAVersionControlFolder() throws IOException {
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve(".git/objects/pack"), "binary");
        Files.writeString(dir.resolve("story.txt"), "text");

        assertThat(InputFiles.expand(List.of(dir), new ArrayList<>(), problem -> { }))
                .containsExactly(dir.resolve("story.txt"));
    }

    @Test
    void handsOutTheSameFilesInFileSystemOrderAndCountsThem() throws IOException {
        for (int d = 0; d < 3; d++) {
            for (int f = 0; f < 4; f++) {
                Path file = dir.resolve("d" + d + "/f" + f + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "x".repeat(f));
            }
        }
        List<InputFiles.InputFile> sorted = walk(List.of(dir), InputFiles.Order.SORTED, new ArrayList<>());

        List<InputFiles.InputFile> listed = walk(List.of(dir), InputFiles.Order.AS_LISTED, new ArrayList<>());

        assertThat(new HashSet<>(listed)).isEqualTo(Set.copyOf(sorted)).hasSize(12);
        assertThat(InputFiles.count(List.of(dir))).isEqualTo(12);
    }

    @Test
    void readsADirectoryOnlyWhenTheWalkReachesIt() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/1.txt"), "1");
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "2");

        try (InputFiles files = InputFiles.open(List.of(dir), InputFiles.Order.SORTED, new ArrayList<>(), p -> { })) {
            assertThat(files.next().path()).isEqualTo(dir.resolve("a/1.txt"));
            Files.writeString(dir.resolve("b/3.txt"), "3");   // written after the walk started, before it got there
            assertThat(files.next().path()).isEqualTo(dir.resolve("b/2.txt"));
            assertThat(files.next().path()).isEqualTo(dir.resolve("b/3.txt"));
            assertThat(files.next()).isNull();
        }
    }

    private static List<InputFiles.InputFile> walk(List<Path> arguments, InputFiles.Order order, List<Path> missing) {
        List<InputFiles.InputFile> files = new ArrayList<>();
        try (InputFiles walk = InputFiles.open(arguments, order, missing, problem -> { })) {
            for (InputFiles.InputFile file = walk.next(); file != null; file = walk.next()) {
                files.add(file);
            }
        }
        return files;
    }
}
