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
     * A file to parse and its size in bytes when it was listed.
     *
     * @param path the file, as given or as found under a directory given
     * @param size its size; ordering is by path alone, which is unique within a listing
     */
    record InputFile(Path path, long size) implements Comparable<InputFile> {
        @Override
        public int compareTo(InputFile other) {
            return path.compareTo(other.path);
        }
    }

    /**
     * @param arguments files and directories as given
     * @param missing   receives arguments that do not exist
     * @return regular files, in argument order, each directory's files sorted by path; hidden files skipped
     */
    static List<Path> expand(List<Path> arguments, List<Path> missing) {
        List<InputFile> files = list(arguments, missing);
        List<Path> paths = new ArrayList<>(files.size());
        for (InputFile file : files) {
            paths.add(file.path());
        }
        return paths;
    }

    /**
     * {@link #expand} with each file's size, read while listing: a corpus of thousands of files is then not asked
     * for each size again (a system call per file, a few per cent of a short batch run).
     *
     * @param arguments files and directories as given
     * @param missing   receives arguments that do not exist
     * @return regular files, in argument order, each directory's files sorted by path; hidden files skipped
     */
    static List<InputFile> list(List<Path> arguments, List<Path> missing) {
        List<InputFile> files = new ArrayList<>();
        for (Path argument : arguments) {
            BasicFileAttributes attributes = attributesOf(argument);
            if (attributes != null && attributes.isDirectory()) {
                int first = files.size();
                walk(argument, files);
                Collections.sort(files.subList(first, files.size()));
            } else if (attributes != null && attributes.isRegularFile()) {
                files.add(new InputFile(argument, attributes.size()));
            } else {
                missing.add(argument);
            }
        }
        return files;
    }

    /**
     * Adds a directory's regular files, recursively, that are not hidden; symbolic links count when they lead
     * to a regular file. The walk hands over the attributes it read to list each file, and needs no stream
     * pipeline and lambdas set up at start-up.
     */
    private static void walk(Path directory, List<InputFile> files) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    BasicFileAttributes target = attributes.isSymbolicLink() ? attributesOf(file) : attributes;
                    if (target != null && target.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        files.add(new InputFile(file, target.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** @return the attributes of the file a path leads to, links followed, or null when it cannot be read */
    private static BasicFileAttributes attributesOf(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
