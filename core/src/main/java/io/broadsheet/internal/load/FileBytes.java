package io.broadsheet.internal.load;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link Files#size} and {@link Files#readAllBytes} with less work per file, for parsing thousands of small files.
 *
 * <p>The NIO route opens a {@code FileChannel} (option parsing, a native copy of the path, a cleaner), reads
 * through a stream over it into a temporary direct buffer and copies from there; {@link FileInputStream} opens,
 * sizes and reads the file natively. Reading the 2,841 files of a 10 MB corpus that way took about 95 million
 * fewer instructions and 40 ms less CPU in a short-lived JVM. Both read to the end of the file, however its size
 * changes meanwhile.
 *
 * <p>Whatever goes wrong on this route (a missing or unreadable file, a directory, a failed read) the NIO route is
 * taken instead, so that the caller sees exactly the exception it always saw ({@code NoSuchFileException},
 * {@code AccessDeniedException} and so on, naming the file). Paths of other file systems take the NIO route
 * directly.
 */
public final class FileBytes {

    private FileBytes() {
    }

    /**
     * @param path a file
     * @return what {@link Files#size} returns for it
     * @throws IOException what {@link Files#size} throws
     */
    public static long size(Path path) throws IOException {
        if (isLocal(path)) {
            // File.length() says 0 for a missing file too, and for an empty one: NIO tells them apart.
            long size = path.toFile().length();
            if (size > 0) {
                return size;
            }
        }
        return Files.size(path);
    }

    /**
     * @param path a file
     * @return what {@link Files#readAllBytes} returns for it
     * @throws IOException what {@link Files#readAllBytes} throws
     */
    public static byte[] readAllBytes(Path path) throws IOException {
        if (isLocal(path)) {
            try (FileInputStream in = new FileInputStream(path.toFile())) {
                return in.readAllBytes();
            } catch (IOException e) {
                // fall through: the NIO route fails the same way (or succeeds after all) and names the file as ever
            }
        }
        return Files.readAllBytes(path);
    }

    private static boolean isLocal(Path path) {
        return path.getFileSystem() == FileSystems.getDefault();
    }
}
