package io.broadsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's files and directories into a sorted list of files; directories recursively. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param arguments files and directories as given
     * @param missing   receives arguments that do not exist
     * @return regular files, in argument order, each directory's files sorted by path; hidden files skipped
     */
    static List<Path> expand(List<Path> arguments, List<Path> missing) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + argument, e);
                }
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                missing.add(argument);
            }
        }
        return files;
    }
}
