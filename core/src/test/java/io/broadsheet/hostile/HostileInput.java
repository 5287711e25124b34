package io.broadsheet.hostile;

import io.broadsheet.Document;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One hostile input and what parsing it must do: either parse into a sane document (which {@link #check} then
 * inspects further) or be refused with a {@link io.broadsheet.MalformedDocumentException} whose message contains
 * {@link #reason}.
 *
 * @param name     the file name, also the test's display name
 * @param maker    produces the file: a committed resource, or one generated into a scratch directory
 * @param refused  whether the parser must refuse the input
 * @param reason   for a refusal, a fragment of the message; otherwise unused
 * @param check    for a parse, further assertions on the document
 */
record HostileInput(String name, Maker maker, boolean refused, String reason, Consumer<Document> check) {

    HostileInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(check, "check");
    }

    /** Writes (or finds) the input file. */
    @FunctionalInterface
    interface Maker {
        /**
         * @param scratch a directory the test deletes afterwards
         * @return the file to parse
         */
        Path make(Path scratch) throws IOException;
    }

    /** A file committed under {@code src/test/resources/hostile/}. */
    static Builder committed(String name) {
        return new Builder(name, scratch -> resource(name));
    }

    /** A file generated at test time, because it is too large to commit. */
    static Builder generated(String name, Generator generator) {
        return new Builder(name, scratch -> {
            Path file = scratch.resolve(name);
            generator.write(file);
            return file;
        });
    }

    /** Writes a generated input. */
    @FunctionalInterface
    interface Generator {
        /** @param file where to write the input */
        void write(Path file) throws IOException;
    }

    @Override
    public String toString() {
        return name;
    }

    private static Path resource(String name) throws IOException {
        URL url = HostileInput.class.getResource("/hostile/" + name);
        if (url == null) {
            throw new IOException("missing test resource hostile/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Finishes a {@link HostileInput} with its expected outcome. */
    static final class Builder {
        private final String name;
        private final Maker maker;

        private Builder(String name, Maker maker) {
            this.name = name;
            this.maker = maker;
        }

        /** The input must parse; {@code check} asserts more than the sanity checks every parse gets. */
        HostileInput parses(Consumer<Document> check) {
            return new HostileInput(name, maker, false, null, check);
        }

        /** The input must be refused with a message containing {@code reason}. */
        HostileInput refused(String reason) {
            return new HostileInput(name, maker, true, Objects.requireNonNull(reason, "reason"), doc -> { });
        }
    }
}
