package io.broadsheet.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files the command line names, handed out one at a time: each file argument as given, and for each directory
 * argument the regular files below it, recursively. Hidden files and directories (names starting with a period)
 * are skipped; a symbolic link counts when it leads to a regular file, and links to directories are not followed.
 *
 * <p>A directory is read only when the walk reaches it, so memory does not grow with the number of files: a run
 * holds the entries of the directories on the current path ({@link Order#SORTED}) or nothing but their open
 * listings ({@link Order#AS_LISTED}). Listing the whole tree first cost about 265 bytes of heap per file, enough
 * for a million files to exhaust a 256 MB heap before the first one was parsed.
 *
 * <p>A directory that cannot be read, or an entry that vanishes while the walk lists it, is reported to the
 * problem consumer, and the walk goes on with the rest. {@link #next} may be called from several threads; each
 * file is handed out once.
 */
final class InputFiles implements Closeable {

    /** The order in which a directory's files are handed out. */
    enum Order {
        /**
         * In the order of their full paths (names compared as strings): the same run gives the same order on every
         * machine. Holds one directory's entries at a time for each level of the walk.
         */
        SORTED,
        /** As the file system lists them, holding no entries at all: for runs whose output does not depend on it. */
        AS_LISTED
    }

    /**
     * A file to parse and its size in bytes when it was listed.
     *
     * @param path the file, as given or as found under a directory given
     * @param size its size
     */
    record InputFile(Path path, long size) {
    }

    private final Iterator<InputFile> roots;
    private final Order order;
    private final Consumer<String> problems;
    /** The directories being read, innermost first. */
    private final Deque<Level> levels = new ArrayDeque<>();

    private InputFiles(List<InputFile> roots, Order order, Consumer<String> problems) {
        this.roots = roots.iterator();
        this.order = order;
        this.problems = problems;
    }

    /**
     * Checks the arguments and starts the walk; no directory is read yet.
     *
     * @param arguments files and directories as given
     * @param order     the order of each directory's files
     * @param missing   receives the arguments that do not exist, at once
     * @param problems  receives a message for each argument that is neither a regular file nor a directory (a pipe,
     *                  a device), at once, and for each directory that cannot be read and each entry that vanished
     * @return the walk, to close when done
     */
    static InputFiles open(List<Path> arguments, Order order, List<Path> missing, Consumer<String> problems) {
        List<InputFile> roots = new ArrayList<>(arguments.size());
        for (Path argument : arguments) {
            BasicFileAttributes attributes = attributesOf(argument);
            if (attributes != null && attributes.isDirectory()) {
                roots.add(new InputFile(argument, DIRECTORY));
            } else if (attributes != null && attributes.isRegularFile()) {
                roots.add(new InputFile(argument, attributes.size()));
            } else if (attributes != null) {
                // A pipe or a device: reading it could block for ever or never end, and it is no document file.
                problems.accept(argument + ": not a regular file or directory");
            } else {
                missing.add(argument);
            }
        }
        return new InputFiles(roots, order, problems);
    }

    /**
     * All the files at once, sorted, for commands that need every document in memory anyway.
     *
     * @param arguments files and directories as given
     * @param missing   receives the arguments that do not exist
     * @param problems  receives a message for each directory that cannot be read
     * @return regular files, in argument order, each directory's files sorted by path
     */
    static List<Path> expand(List<Path> arguments, List<Path> missing, Consumer<String> problems) {
        List<Path> paths = new ArrayList<>();
        try (InputFiles files = open(arguments, Order.SORTED, missing, problems)) {
            for (InputFile file = files.next(); file != null; file = files.next()) {
                paths.add(file.path());
            }
        }
        return paths;
    }

    /**
     * Counts the files a walk would hand out, holding no listing; unreadable directories count nothing.
     *
     * @param arguments files and directories as given
     * @return how many files there are
     */
    static int count(List<Path> arguments) {
        int count = 0;
        try (InputFiles files = open(arguments, Order.AS_LISTED, new ArrayList<>(), problem -> { })) {
            while (files.next() != null) {
                count++;
            }
        }
        return count;
    }

    /** @return the next file, or {@code null} when the walk is over */
    synchronized InputFile next() {
        while (true) {
            Level level = levels.peek();
            if (level == null) {
                if (!roots.hasNext()) {
                    return null;
                }
                InputFile root = roots.next();
                if (root.size() != DIRECTORY) {
                    return root;
                }
                enter(root.path());
                continue;
            }
            Entry entry = level.next();
            if (entry == null) {
                levels.pop().close();
            } else if (entry.size() == DIRECTORY) {
                enter(entry.path());
            } else {
                return new InputFile(entry.path(), entry.size());
            }
        }
    }

    /** Stops the walk, closing the directories still open. */
    @Override
    public synchronized void close() {
        while (!levels.isEmpty()) {
            levels.pop().close();
        }
    }

    /** Size of a directory entry that is a directory to walk into rather than a file. */
    private static final long DIRECTORY = -1;

    /** A directory entry the walk keeps: a regular file with its size, or a directory (size {@link #DIRECTORY}). */
    private record Entry(Path path, long size, String sortKey) {
    }

    /** One directory being read. */
    private interface Level extends Closeable {
        /** @return the next entry worth keeping, or {@code null} at the end */
        Entry next();

        @Override
        void close();
    }

    private void enter(Path directory) {
        DirectoryStream<Path> listing;
        try {
            listing = Files.newDirectoryStream(directory);
        } catch (IOException e) {
            problems.accept("cannot list " + directory + ": " + ParseCommand.oneLine(e));
            return;
        }
        Level level = new Listed(directory, listing);
        if (order == Order.SORTED) {
            level = Sorted.of(level);
        }
        levels.push(level);
    }

    /**
     * What the walk makes of a directory entry: a regular file (a link counts by what it leads to), a directory
     * (not through a link), or {@code null} for anything else, hidden entries included.
     */
    private Entry entryOf(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
            return null;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            problems.accept("cannot read " + path + ": " + ParseCommand.oneLine(e));
            return null;
        }
        if (attributes.isSymbolicLink()) {
            attributes = attributesOf(path);
            return attributes != null && attributes.isRegularFile() ? new Entry(path, attributes.size(), name) : null;
        }
        if (attributes.isDirectory()) {
            // A directory's files sort after a sibling named like it plus a character below '/', as their full
            // paths do: "2024-03.txt" before "2024/a.txt".
            return new Entry(path, DIRECTORY, name + '/');
        }
        return attributes.isRegularFile() ? new Entry(path, attributes.size(), name) : null;
    }

    /** A directory read as the file system lists it, one entry at a time. */
    private final class Listed implements Level {
        private final Path directory;
        private final DirectoryStream<Path> listing;
        private final Iterator<Path> entries;

        Listed(Path directory, DirectoryStream<Path> listing) {
            this.directory = directory;
            this.listing = listing;
            this.entries = listing.iterator();
        }

        @Override
        public Entry next() {
            try {
                while (entries.hasNext()) {
                    Entry entry = entryOf(entries.next());
                    if (entry != null) {
                        return entry;
                    }
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                problems.accept("cannot list " + directory + ": " + ParseCommand.oneLine(e.getCause()));
            }
            return null;
        }

        @Override
        public void close() {
            try {
                listing.close();
            } catch (IOException e) {
                problems.accept("cannot close " + directory + ": " + ParseCommand.oneLine(e));
            }
        }
    }

    /** A directory's entries read in full, closed at once, and handed out in path order. */
    private static final class Sorted implements Level {
        private final Entry[] entries;
        private int next;

        private Sorted(Entry[] entries) {
            this.entries = entries;
        }

        static Sorted of(Level listed) {
            List<Entry> entries = new ArrayList<>();
            try (listed) {
                for (Entry entry = listed.next(); entry != null; entry = listed.next()) {
                    entries.add(entry);
                }
            }
            Entry[] sorted = entries.toArray(new Entry[0]);
            Arrays.sort(sorted, (a, b) -> a.sortKey().compareTo(b.sortKey()));
            return new Sorted(sorted);
        }

        @Override
        public Entry next() {
            if (next == entries.length) {
                return null;
            }
            Entry entry = entries[next];
            entries[next++] = null;     // handed out: free for the collector
            return entry;
        }

        @Override
        public void close() {
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
