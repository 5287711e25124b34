package io.broadsheet;

import io.broadsheet.internal.AttributionBudget;
import io.broadsheet.internal.article.ArticleFormat;
import io.broadsheet.internal.load.FileBytes;
import io.broadsheet.internal.load.SourceLoader;
import io.broadsheet.quote.QuoteAttributor;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Parses press documents into {@link Document}s. Build one with {@link Documents#parser()}; it is immutable and
 * safe to use from many threads at once.
 *
 * <p>Each input is loaded (decoded, HTML or text cut into blocks), every format provider is asked how confident
 * it is, and the most confident one at or above {@link Builder#minimumConfidence(double)} parses it; ties go to
 * the provider registered first, user-registered providers before discovered ones. Inputs no provider claims go
 * to core's {@code article} parser. Quote attribution then runs on the body unless the provider already did it.
 *
 * <p>Methods that read a file or stream throw {@link IOException} when reading fails; everything else is reported
 * with unchecked {@link BroadsheetException}s.
 */
public final class DocumentParser {

    /** Holds the logger, so that the logging system starts only when there is something to log. */
    private static final class Log {
        static final System.Logger LOGGER = System.getLogger(DocumentParser.class.getName());
    }

    private final List<FormatProvider> providers;
    private final FormatProvider fallback;
    private final FormatProvider forced;
    private final List<String> providerProblems;
    private final Charset charset;
    private final double minimumConfidence;
    private final long maxInputBytes;
    private final boolean attributeQuotes;
    private final QuoteAttributor attributor;

    private DocumentParser(Builder b, List<FormatProvider> providers, FormatProvider fallback, FormatProvider forced,
                           List<String> problems) {
        this.providers = List.copyOf(providers);
        this.fallback = fallback;
        this.forced = forced;
        this.providerProblems = List.copyOf(problems);
        this.charset = b.charset;
        this.minimumConfidence = b.minimumConfidence;
        this.maxInputBytes = b.maxInputBytes;
        this.attributeQuotes = b.attributeQuotes;
        this.attributor = QuoteAttributor.standard();
    }

    /**
     * Parses a file. The document's {@link Document#source()} is the path as given.
     *
     * @param path the file
     * @return the document
     * @throws IOException                 if the file cannot be read
     * @throws InputTooLargeException     if it is larger than the configured limit
     * @throws MalformedDocumentException  if it is empty or binary
     * @throws BroadsheetException         if its format provider fails
     */
    public Document parse(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        return parse(name, FileBytes.read(path, maxInputBytes, size -> tooLarge(name, size)));
    }

    /**
     * Parses a stream, reading at most the configured number of bytes. The stream is not closed.
     *
     * @param name a name for the input, used in {@link Document#source()} and in messages
     * @param in   the stream
     * @return the document
     * @throws IOException if reading fails
     */
    public Document parse(String name, InputStream in) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
        if (bytes.length > maxInputBytes) {
            // Only the limit and one byte more were read: the stream's size is unknown.
            throw tooLarge(name, -1);
        }
        return parse(name, bytes);
    }

    /**
     * Parses text that is already in memory, HTML or plain.
     *
     * @param name    a name for the input, used in {@link Document#source()} and in messages
     * @param content the text
     * @return the document
     */
    public Document parse(String name, String content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxInputBytes) {
            throw tooLarge(name, bytes.length);
        }
        return parse(name, bytes, StandardCharsets.UTF_8);
    }

    private Document parse(String name, byte[] bytes) {
        return parse(name, bytes, charset);
    }

    private Document parse(String name, byte[] bytes, Charset decodeAs) {
        SourceDocument source = SourceLoader.load(name, bytes, decodeAs);
        return parse(source);
    }

    /**
     * Parses an already loaded source; useful to providers that pre-process and delegate.
     *
     * @param source the loaded source
     * @return the document
     */
    public Document parse(SourceDocument source) {
        List<String> detectionProblems = new ArrayList<>(0);
        FormatProvider provider = choose(source, detectionProblems);
        Document document;
        try {
            document = provider.parse(source);
        } catch (BroadsheetException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BroadsheetException(source.name() + ": format '" + provider.id() + "' failed: " + e, e);
        }
        if (document == null) {
            throw new BroadsheetException(source.name() + ": format '" + provider.id() + "' returned no document");
        }
        if (attributeQuotes && document.quotes().isEmpty() && !document.paragraphs().isEmpty()) {
            document = AttributionBudget.attribute(attributor, document);
        }
        if (!source.warnings().isEmpty() || !detectionProblems.isEmpty()) {
            // Loading came first, then detection, so their warnings come first.
            List<String> all = new ArrayList<>(source.warnings());
            all.addAll(detectionProblems);
            all.addAll(document.warnings());
            document = withWarnings(document, all);
        }
        return document;
    }

    private static Document withWarnings(Document d, List<String> warnings) {
        return new Document(d.source(), d.format(), d.title(), d.subtitle(), d.section(), d.publisher(), d.url(),
                d.dateline(), d.paragraphs(), d.quotes(), d.turns(), d.contacts(), d.people(), warnings, d.discarded());
    }

    /**
     * Chooses the provider for a source, as {@link #parse} would.
     *
     * @param source the loaded source
     * @return the chosen provider; core's {@code article} parser when nobody claims the source
     */
    public FormatProvider choose(SourceDocument source) {
        return choose(source, new ArrayList<>(0));
    }

    /**
     * Chooses the provider; a provider whose detection throws is passed over, and the failure is logged and added
     * to {@code problems}, so that the document says why a format it looks like did not read it.
     */
    private FormatProvider choose(SourceDocument source, List<String> problems) {
        if (forced != null) {
            return forced;
        }
        FormatProvider best = null;
        double bestConfidence = -1;
        for (FormatProvider provider : providers) {
            double confidence;
            try {
                confidence = provider.detect(source);
            } catch (RuntimeException e) {
                Log.LOGGER.log(System.Logger.Level.WARNING, "format ''{0}'' failed to detect {1}: {2}", provider.id(),
                        source.name(), e.toString());
                problems.add("format '" + provider.id() + "' failed to detect this document and was passed over: " + e);
                continue;
            }
            if (confidence >= minimumConfidence && confidence > bestConfidence) {
                best = provider;
                bestConfidence = confidence;
            }
        }
        return best != null ? best : fallback;
    }

    /** @return the providers asked for each input, in tie-breaking order; the fallback is not among them */
    public List<FormatProvider> providers() {
        return providers;
    }

    /**
     * @return providers that were found but could not be loaded, each with the reason; these are also logged
     */
    public List<String> providerProblems() {
        return providerProblems;
    }

    private InputTooLargeException tooLarge(String name, long size) {
        return new InputTooLargeException(name, size, maxInputBytes);
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures a {@link DocumentParser}. Every setter validates its argument and names the bad value.
     * Builders are not thread-safe; the parsers they build are.
     */
    public static final class Builder {
        /**
         * Default for {@link #maxInputBytes(long)}: 16 MiB, far above any press document, and small enough that
         * an input of any shape up to the limit parses in a 256 MB heap (a parse holds the text a few times over
         * as UTF-16 strings, plus the HTML tree).
         */
        public static final long DEFAULT_MAX_INPUT_BYTES = 16L << 20;
        /** Default for {@link #minimumConfidence(double)}. */
        public static final double DEFAULT_MINIMUM_CONFIDENCE = 0.5;

        private final Map<String, FormatProvider> registered = new LinkedHashMap<>();
        private boolean discover = true;
        private ClassLoader classLoader;
        private String forcedFormat;
        private Charset charset;
        private double minimumConfidence = DEFAULT_MINIMUM_CONFIDENCE;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private boolean attributeQuotes = true;

        private Builder() {
        }

        /**
         * Registers a provider. User-registered providers are asked before discovered ones and replace a
         * discovered provider with the same id; registering one with id {@code article} replaces the fallback.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException if a provider with the same id is already registered
         */
        public Builder format(FormatProvider provider) {
            Objects.requireNonNull(provider, "provider");
            String id = provider.id();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("format provider " + provider.getClass().getName()
                        + " has a blank id");
            }
            FormatProvider previous = registered.putIfAbsent(id, provider);
            if (previous != null) {
                throw new IllegalArgumentException("format id '" + id + "' is registered twice: by "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
            return this;
        }

        /**
         * Registers several providers, in order.
         *
         * @param providers the providers
         * @return this builder
         */
        public Builder formats(Collection<? extends FormatProvider> providers) {
            Objects.requireNonNull(providers, "providers").forEach(this::format);
            return this;
        }

        /**
         * @param providers the providers, in order
         * @return this builder
         */
        public Builder formats(FormatProvider... providers) {
            return formats(List.of(providers));
        }

        /**
         * @param enabled whether to find providers with {@link ServiceLoader}; default {@code true}
         * @return this builder
         */
        public Builder discoverFormats(boolean enabled) {
            this.discover = enabled;
            return this;
        }

        /**
         * @param loader the class loader to discover providers with; default: this library's
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Skips detection and parses every input with one format.
         *
         * @param id a provider id, such as {@code article}; checked when the parser is built
         * @return this builder
         */
        public Builder forceFormat(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("forced format id must not be blank");
            }
            this.forcedFormat = id;
            return this;
        }

        /**
         * Decodes every input with this charset instead of detecting it.
         *
         * @param value the charset
         * @return this builder
         */
        public Builder charset(Charset value) {
            this.charset = Objects.requireNonNull(value, "charset");
            return this;
        }

        /**
         * @param value how confident a provider must be to claim an input, 0 (exclusive) to 1; default 0.5
         * @return this builder
         * @throws IllegalArgumentException if the value is outside (0, 1]
         */
        public Builder minimumConfidence(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("minimumConfidence must be in (0, 1], was " + value);
            }
            this.minimumConfidence = value;
            return this;
        }

        /**
         * @param value the largest input accepted, in bytes; default {@value #DEFAULT_MAX_INPUT_BYTES}
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive or above 1 GiB
         */
        public Builder maxInputBytes(long value) {
            if (value <= 0 || value > (1L << 30)) {
                throw new IllegalArgumentException("maxInputBytes must be in 1.." + (1L << 30) + ", was " + value);
            }
            this.maxInputBytes = value;
            return this;
        }

        /**
         * @param enabled whether to detect quotes and attribute them; default {@code true}
         * @return this builder
         */
        public Builder attributeQuotes(boolean enabled) {
            this.attributeQuotes = enabled;
            return this;
        }

        /**
         * @return a new immutable parser
         * @throws UnsupportedFormatException if {@link #forceFormat(String)} names an unknown id
         */
        public DocumentParser build() {
            List<String> problems = new ArrayList<>();
            Map<String, FormatProvider> all = new LinkedHashMap<>(registered);
            if (discover) {
                for (FormatProvider found : discover(problems)) {
                    all.putIfAbsent(found.id(), found);
                }
            }
            FormatProvider fallback = all.containsKey(ArticleFormat.ID) ? all.remove(ArticleFormat.ID) : new ArticleFormat();
            FormatProvider forced = null;
            if (forcedFormat != null) {
                forced = forcedFormat.equals(ArticleFormat.ID) ? fallback : all.get(forcedFormat);
                if (forced == null) {
                    List<String> ids = new ArrayList<>(all.keySet());
                    ids.add(ArticleFormat.ID);
                    throw new UnsupportedFormatException("forced format '" + forcedFormat + "' is not registered", ids);
                }
            }
            return new DocumentParser(this, new ArrayList<>(all.values()), fallback, forced, problems);
        }

        private List<FormatProvider> discover(List<String> problems) {
            ClassLoader loader = classLoader != null ? classLoader : DocumentParser.class.getClassLoader();
            ServiceLoader<FormatProvider> serviceLoader = ServiceLoader.load(FormatProvider.class, loader);
            List<FormatProvider> found = new ArrayList<>();
            Iterator<FormatProvider> it = serviceLoader.iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    FormatProvider provider = it.next();
                    String id = provider.id();
                    if (id == null || id.isBlank()) {
                        problems.add(provider.getClass().getName() + ": blank format id; provider ignored");
                        continue;
                    }
                    found.add(provider);
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    String problem = "format provider failed to load: " + e.getMessage()
                            + (e.getCause() != null ? " (" + e.getCause() + ")" : "");
                    problems.add(problem);
                    Log.LOGGER.log(System.Logger.Level.WARNING, problem);
                }
            }
            return found;
        }

        @Override
        public String toString() {
            return "DocumentParser.Builder{formats=" + registered.keySet() + ", discover=" + discover
                    + ", forceFormat=" + forcedFormat + ", charset=" + charset + ", minimumConfidence="
                    + minimumConfidence + ", maxInputBytes=" + maxInputBytes + ", attributeQuotes="
                    + attributeQuotes + "}";
        }
    }
}
