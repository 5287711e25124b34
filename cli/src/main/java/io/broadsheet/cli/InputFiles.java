package io.broadsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
                int first = files.size();
                walk(argument, files);
                Collections.sort(files.subList(first, files.size()));
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                missing.add(argument);
            }
        }
        return files;
    }

    /**
     * Adds a directory's regular files, recursively, that are not hidden; symbolic links count when they lead
     * to a regular file. The walk hands over each file's attributes, read while listing, so a corpus of
     * thousands of files is not asked about each one again (and no stream pipeline is set up at start-up).
     */
    private static void walk(Path directory, List<Path> files) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean regular = attributes.isSymbolicLink() ? Files.isRegularFile(file)
                            : attributes.isRegularFile();
                    if (regular && !file.getFileName().toString().startsWith(".")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
