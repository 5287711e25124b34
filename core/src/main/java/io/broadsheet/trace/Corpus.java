package io.broadsheet.trace;

import io.broadsheet.BroadsheetException;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.Fidelity;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A set of documents told about one another: transcripts (the primary sources) and the reports that quote them.
 * {@link #trace()} parses the set in parallel and traces every quote of every reporting document to the primary
 * sources, as {@link QuoteTracer} describes.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.builder().threads(4).primary(Path.of("remarks.txt")).build();
 * corpus.addAll(Path.of("coverage/"));
 * TraceResult result = corpus.trace();
 * for (QuoteLink link : result.links()) {
 *     System.out.println(link.document() + ": " + link.quote().text() + " <- " + link.source().fidelity());
 * }
 * }</pre>
 *
 * <p>A document is primary when it is a transcript (format {@code gov-transcript}, or any document with
 * {@link Document#turns() turns}), when its path was {@linkplain Builder#primary(Path...) marked}, or when the
 * {@linkplain Builder#primaryWhen(Predicate) predicate} says so. Only reporting documents are traced.
 *
 * <p>{@link #trace()} keeps every document in memory. For large sets, {@link #trace(Consumer)} streams: a first
 * pass keeps only the primary sources, and a second pass parses each reporting document again, traces it and
 * hands it on, so memory holds the primaries plus a bounded queue of documents in flight.
 *
 * <p>Adding inputs is not thread-safe; each {@code trace} call is independent and may be repeated.
 */
public final class Corpus {

    /** The format id of government press-conference transcripts. */
    private static final String TRANSCRIPT_FORMAT = "gov-transcript";

    private final DocumentParser parser;
    private final Set<Path> markedPrimaries;
    private final List<Path> markedOrder;
    private final Predicate<Document> primaryWhen;
    private final boolean transcriptsArePrimary;
    private final int threads;
    private final QuoteTracer.Builder tracer;
    /** Inputs in the order added, keyed by normalised absolute path (files) or by name (documents). */
    private final Map<Object, Input> inputs = new LinkedHashMap<>();

    private Corpus(Builder b) {
        this.parser = b.parser != null ? b.parser : Documents.parser().build();
        this.markedOrder = List.copyOf(b.primaries);
        Set<Path> marked = new HashSet<>();
        b.primaries.forEach(p -> marked.add(key(p)));
        this.markedPrimaries = Set.copyOf(marked);
        this.primaryWhen = b.primaryWhen;
        this.transcriptsArePrimary = b.transcriptsArePrimary;
        this.threads = b.threads;
        this.tracer = b.tracer;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds files. A file added twice is read once.
     *
     * @param files text, Markdown or HTML files
     * @return this corpus
     */
    public Corpus add(Path... files) {
        for (Path file : files) {
            Objects.requireNonNull(file, "file");
            inputs.putIfAbsent(key(file), new Input(file, null));
        }
        return this;
    }

    /**
     * Adds every regular, non-hidden file under a directory, recursively, in path order.
     *
     * @param directory the directory
     * @return this corpus
     * @throws IOException if the directory cannot be listed
     */
    public Corpus addAll(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(this::add);
        }
        return this;
    }

    /**
     * Adds a document that is already parsed.
     *
     * @param document the document; its {@link Document#source()} names it
     * @return this corpus
     */
    public Corpus add(Document document) {
        Objects.requireNonNull(document, "document");
        inputs.putIfAbsent("document:" + document.source(), new Input(null, document));
        return this;
    }

    /** @return how many inputs have been added, marked primaries included */
    public int size() {
        return allInputs().size();
    }

    /**
     * Parses every input, keeps all documents in memory and traces the reporting ones.
     *
     * @return the documents, the links and the counts
     */
    public TraceResult trace() {
        List<Input> all = allInputs();
        List<Parsed> parsed = new ArrayList<>(all.size());
        inOrder(all, this::parse, parsed::add);
        List<Document> primaries = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.primary) {
                primaries.add(p.document);
            }
        }
        QuoteTracer quoteTracer = tracer.index(primaries);
        List<Document> documents = new ArrayList<>(parsed.size());
        List<QuoteLink> links = new ArrayList<>();
        List<TraceFailure> failures = new ArrayList<>();
        Counter counter = new Counter();
        inOrder(parsed, p -> p.document == null || p.primary ? p : p.traced(quoteTracer.trace(p.document)), p -> {
            if (p.failure != null) {
                failures.add(p.failure);
                return;
            }
            documents.add(p.document);
            counter.count(p);
            if (!p.primary) {
                List<Quote> quotes = p.document.quotes();
                for (int i = 0; i < quotes.size(); i++) {
                    if (quotes.get(i).source().isPresent()) {
                        links.add(new QuoteLink(p.document.source(), i, quotes.get(i)));
                    }
                }
            }
        });
        List<String> primaryNames = new ArrayList<>();
        primaries.forEach(d -> primaryNames.add(d.source()));
        return new TraceResult(documents, primaryNames, links, counter.summary(failures));
    }

    /**
     * Traces the set in two streaming passes and hands every document, primaries included, to {@code sink} in
     * input order. Inputs that fail are left out and listed in the summary.
     *
     * @param sink receives each document, the reporting ones with their quotes' sources set; it is called from
     *             the calling thread only
     * @return the counts
     */
    public TraceSummary trace(Consumer<? super Document> sink) {
        Objects.requireNonNull(sink, "sink");
        List<Input> all = allInputs();
        List<TraceFailure> failures = new ArrayList<>();
        Map<Input, Document> primaries = new LinkedHashMap<>();
        Set<Input> failed = new HashSet<>();
        inOrder(all, this::parse, p -> {
            if (p.failure != null) {
                failures.add(p.failure);
                failed.add(p.input);
            } else if (p.primary) {
                primaries.put(p.input, p.document);
            }
        });
        QuoteTracer quoteTracer = tracer.index(primaries.values());
        List<Input> rest = new ArrayList<>(all);
        rest.removeAll(failed);
        Counter counter = new Counter();
        inOrder(rest, input -> {
            Document primary = primaries.get(input);
            if (primary != null) {
                return new Parsed(input, primary, true, null);
            }
            Parsed p = parse(input);
            return p.document == null ? p : p.traced(quoteTracer.trace(p.document));
        }, p -> {
            if (p.failure != null) {
                failures.add(p.failure);
                return;
            }
            counter.count(p);
            sink.accept(p.document);
        });
        return counter.summary(failures);
    }

    private List<Input> allInputs() {
        Map<Object, Input> all = new LinkedHashMap<>(inputs);
        for (Path marked : markedOrder) {
            all.putIfAbsent(key(marked), new Input(marked, null));
        }
        return new ArrayList<>(all.values());
    }

    private Parsed parse(Input input) {
        Document document = input.document;
        if (document == null) {
            try {
                document = parser.parse(input.path);
            } catch (IOException e) {
                return new Parsed(input, null, false, new TraceFailure(input.path.toString(),
                        e.getClass().getSimpleName() + ": " + e.getMessage(), e));
            } catch (BroadsheetException e) {
                return new Parsed(input, null, false, new TraceFailure(input.path.toString(), e.getMessage(), e));
            }
        }
        return new Parsed(input, document, isPrimary(input, document), null);
    }

    private boolean isPrimary(Input input, Document document) {
        if (input.path != null && markedPrimaries.contains(key(input.path))) {
            return true;
        }
        if (transcriptsArePrimary && (TRANSCRIPT_FORMAT.equals(document.format()) || !document.turns().isEmpty())) {
            return true;
        }
        return primaryWhen != null && primaryWhen.test(document);
    }

    /**
     * Runs {@code task} over {@code items} on the pool and hands the results to {@code consumer} in item order,
     * on the calling thread. At most a few tasks per thread are in flight, which bounds memory.
     */
    private <I, R> void inOrder(List<I> items, Function<I, R> task, Consumer<R> consumer) {
        if (threads == 1 || items.size() <= 1) {
            items.forEach(item -> consumer.accept(task.apply(item)));
            return;
        }
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "broadsheet-corpus-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<R>> pending = new ArrayDeque<>();
            int window = threads * 4;
            for (I item : items) {
                if (pending.size() >= window) {
                    consumer.accept(await(pending.poll()));
                }
                pending.add(pool.submit(() -> task.apply(item)));
            }
            while (!pending.isEmpty()) {
                consumer.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BroadsheetException("interrupted while tracing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new BroadsheetException("tracing failed: " + cause, cause);
        }
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** A file to parse or a document given parsed. */
    private static final class Input {
        final Path path;
        final Document document;

        Input(Path path, Document document) {
            this.path = path;
            this.document = document;
        }
    }

    /** The outcome for one input. */
    private static final class Parsed {
        final Input input;
        final Document document;
        final boolean primary;
        final TraceFailure failure;

        Parsed(Input input, Document document, boolean primary, TraceFailure failure) {
            this.input = input;
            this.document = document;
            this.primary = primary;
            this.failure = failure;
        }

        Parsed traced(Document tracedDocument) {
            return new Parsed(input, tracedDocument, primary, null);
        }
    }

    /** Tallies documents and quotes as they are handed on; used on the calling thread only. */
    private static final class Counter {
        int documents;
        int primaries;
        int quotes;
        int verbatim;
        int altered;
        int misattributed;

        void count(Parsed p) {
            documents++;
            if (p.primary) {
                primaries++;
                return;
            }
            for (Quote q : p.document.quotes()) {
                quotes++;
                if (q.source().isPresent()) {
                    QuoteSource s = q.source().get();
                    if (s.fidelity() == Fidelity.VERBATIM) {
                        verbatim++;
                    } else {
                        altered++;
                    }
                    if (s.misattributed()) {
                        misattributed++;
                    }
                }
            }
        }

        TraceSummary summary(List<TraceFailure> failures) {
            return new TraceSummary(documents, primaries, quotes, verbatim, altered, misattributed, failures);
        }
    }

    /** Configures a {@link Corpus}. Not thread-safe. */
    public static final class Builder {
        private DocumentParser parser;
        private final List<Path> primaries = new ArrayList<>();
        private Predicate<Document> primaryWhen;
        private boolean transcriptsArePrimary = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private QuoteTracer.Builder tracer = QuoteTracer.builder();

        private Builder() {
        }

        /**
         * @param value the parser for the corpus's files; default {@code Documents.parser().build()}
         * @return this builder
         */
        public Builder parser(DocumentParser value) {
            this.parser = Objects.requireNonNull(value, "parser");
            return this;
        }

        /**
         * Marks files as primary sources. They become part of the corpus even if never {@linkplain #add added}.
         *
         * @param files the files
         * @return this builder
         */
        public Builder primary(Path... files) {
            for (Path file : files) {
                primaries.add(Objects.requireNonNull(file, "file"));
            }
            return this;
        }

        /**
         * @param files files to mark as primary sources
         * @return this builder
         */
        public Builder primary(Collection<Path> files) {
            return primary(files.toArray(new Path[0]));
        }

        /**
         * @param predicate also treats the documents it accepts as primary sources
         * @return this builder
         */
        public Builder primaryWhen(Predicate<Document> predicate) {
            this.primaryWhen = Objects.requireNonNull(predicate, "predicate");
            return this;
        }

        /**
         * @param value whether transcripts are primary sources without being marked; default {@code true}
         * @return this builder
         */
        public Builder transcriptsArePrimary(boolean value) {
            this.transcriptsArePrimary = value;
            return this;
        }

        /**
         * @param value how many threads parse and trace, 1 to 256; default: the number of processors
         * @return this builder
         * @throws IllegalArgumentException if the value is outside 1..256
         */
        public Builder threads(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("threads must be in 1..256, was " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * @param value the tracer settings to index primaries with; default {@code QuoteTracer.builder()}
         * @return this builder
         */
        public Builder tracer(QuoteTracer.Builder value) {
            this.tracer = Objects.requireNonNull(value, "tracer");
            return this;
        }

        /** @return a new, empty corpus */
        public Corpus build() {
            return new Corpus(this);
        }
    }
}
