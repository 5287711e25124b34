package io.broadsheet.cli;

import io.broadsheet.Document;
import io.broadsheet.Fidelity;
import io.broadsheet.Quote;
import io.broadsheet.QuoteKind;
import io.broadsheet.QuoteSource;
import io.broadsheet.Span;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;
import io.broadsheet.trace.Corpus;
import io.broadsheet.trace.QuoteTracer;
import io.broadsheet.trace.TraceResult;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code broadsheet trace --benchmark QUOTES PARAGRAPHS}: times tracing on a synthetic event of any size and
 * checks the answers, since the generator knows where every quote came from.
 *
 * <p>Transcripts of twenty paragraphs and two speakers each are written over a Zipf-like vocabulary mixed with
 * English function words, so that common word pairs recur as in prose. Reports quote them: 40% verbatim (one or
 * two sentences, sometimes cut at the edges, with case and punctuation changed), 30% altered (words substituted,
 * dropped or added) and 30% unrelated sentences over the same vocabulary; one quote in ten names the wrong
 * speaker. Generation is not timed.
 */
final class TraceBenchmark {

    private static final String[] FUNCTION_WORDS = {"the", "of", "and", "to", "in", "we", "that", "is", "for", "it",
            "with", "our", "this", "on", "are", "be", "have", "not", "will", "as", "at", "by", "all", "from", "they",
            "has", "more", "can", "but", "their", "an", "was", "there", "which", "would", "about", "so", "what", "a"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do",
            "gu", "ber", "tan", "rol", "vek", "sin", "mar"};
    private static final int VOCABULARY = 20_000;
    private static final int PARAGRAPHS_PER_TRANSCRIPT = 20;
    private static final int QUOTES_PER_REPORT = 10;

    private enum Kind { VERBATIM, ALTERED, UNRELATED }

    private final Random random;
    private final List<Document> transcripts = new ArrayList<>();
    /** For each primary paragraph, in index order: its sentences and its speaker. */
    private final List<List<String>> paragraphSentences = new ArrayList<>();
    private final List<Speaker> paragraphSpeakers = new ArrayList<>();
    private final List<Document> reports = new ArrayList<>();
    private final List<Kind[]> expected = new ArrayList<>();
    private final List<boolean[]> wrongSpeaker = new ArrayList<>();

    private TraceBenchmark(long seed) {
        this.random = new Random(seed);
    }

    static void run(int quotes, int paragraphs, int threads, PrintWriter out) {
        TraceBenchmark bench = new TraceBenchmark(20220304L);
        long generating = System.nanoTime();
        bench.writeTranscripts(paragraphs);
        bench.writeReports(quotes);
        out.printf(Locale.ROOT, "generated %,d transcript paragraphs in %,d transcripts and %,d quotes in %,d reports "
                        + "(%.1f s, not timed below)%n", paragraphs, bench.transcripts.size(), quotes,
                bench.reports.size(), seconds(generating));
        out.flush();

        long indexing = System.nanoTime();
        long indexCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        QuoteTracer tracer = QuoteTracer.index(bench.transcripts);
        double indexSeconds = seconds(indexing);
        double indexCpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - indexCpu) / 1e9;
        out.printf(Locale.ROOT, "index alone:  %,d paragraphs in %.2f s wall, %.2f s processor time%n",
                tracer.paragraphCount(), indexSeconds, indexCpuSeconds);

        // Warm the JIT on a slice, as a long-running service would be, then time the whole run.
        Corpus warmUp = Corpus.builder().threads(threads).build();
        bench.transcripts.subList(0, Math.min(5, bench.transcripts.size())).forEach(warmUp::add);
        bench.reports.subList(0, Math.min(200, bench.reports.size())).forEach(warmUp::add);
        warmUp.trace();

        Corpus corpus = Corpus.builder().threads(threads).build();
        bench.transcripts.forEach(corpus::add);
        bench.reports.forEach(corpus::add);
        long cpu = processCpuNanos();
        long tracing = System.nanoTime();
        TraceResult result = corpus.trace();
        double total = seconds(tracing);
        double cpuSeconds = cpu < 0 ? Double.NaN : (processCpuNanos() - cpu) / 1e9;
        out.printf(Locale.ROOT, "trace:        %,d quotes against %,d paragraphs on %d threads in %.2f s wall "
                        + "(index included): %,.0f quotes/s%n", quotes, paragraphs, threads, total, quotes / total);
        out.printf(Locale.ROOT, "cpu:          %.2f s of processor time, all threads together%n", cpuSeconds);
        bench.check(result, out);
        out.flush();
    }

    /** @return the CPU time this process has used, or -1 when the platform does not say */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return -1;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void writeTranscripts(int paragraphs) {
        int made = 0;
        for (int t = 0; made < paragraphs; t++) {
            Speaker[] speakers = {Speaker.person("Alma " + surname(2 * t), "Minister"),
                    Speaker.person("Boris " + surname(2 * t + 1), "Envoy")};
            Document.Builder doc = Document.builder("synthetic/transcript-" + t + ".txt", "gov-transcript");
            List<String> turn = new ArrayList<>();
            int count = Math.min(PARAGRAPHS_PER_TRANSCRIPT, paragraphs - made);
            int turnStart = 0;
            for (int p = 0; p < count; p++) {
                int speaker = (p / 4) % 2;
                List<String> sentences = new ArrayList<>();
                int n = 3 + random.nextInt(4);
                for (int s = 0; s < n; s++) {
                    sentences.add(sentence(8 + random.nextInt(15)));
                }
                String text = String.join(" ", sentences);
                doc.paragraph(text);
                turn.add(text);
                paragraphSentences.add(sentences);
                paragraphSpeakers.add(speakers[speaker]);
                if (p % 4 == 3 || p == count - 1) {
                    String label = speakers[speaker].name().toUpperCase(Locale.ROOT);
                    doc.turn(new Turn(speakers[speaker], label, turn, turnStart));
                    turn = new ArrayList<>();
                    turnStart = p + 1;
                }
            }
            transcripts.add(doc.build());
            made += count;
        }
    }

    private void writeReports(int quotes) {
        for (int r = 0; r * QUOTES_PER_REPORT < quotes; r++) {
            int count = Math.min(QUOTES_PER_REPORT, quotes - r * QUOTES_PER_REPORT);
            Document.Builder doc = Document.builder("synthetic/report-" + r + ".txt", "article");
            List<Quote> list = new ArrayList<>();
            Kind[] kinds = new Kind[count];
            boolean[] wrong = new boolean[count];
            for (int q = 0; q < count; q++) {
                double roll = random.nextDouble();
                Kind kind = roll < 0.4 ? Kind.VERBATIM : roll < 0.7 ? Kind.ALTERED : Kind.UNRELATED;
                int source = random.nextInt(paragraphSentences.size());
                String text = switch (kind) {
                    case VERBATIM -> verbatim(paragraphSentences.get(source));
                    case ALTERED -> altered(paragraphSentences.get(source));
                    case UNRELATED -> sentence(8 + random.nextInt(15));
                };
                Speaker speaker = paragraphSpeakers.get(source);
                wrong[q] = kind != Kind.UNRELATED && random.nextInt(10) == 0;
                if (wrong[q]) {
                    speaker = Speaker.person("Carla " + surname(1_000_000 + random.nextInt(1000)), null);
                }
                String paragraph = "\u201c" + text + "\u201d said " + speaker.name() + ".";
                doc.paragraph(paragraph);
                list.add(new Quote(text, Optional.of(speaker), Optional.empty(), Optional.of("said"), QuoteKind.DIRECT,
                        new Span(q, 1, 1 + text.length()), "synthetic", Optional.empty()));
                kinds[q] = kind;
            }
            reports.add(doc.quotes(list).build());
            expected.add(kinds);
            wrongSpeaker.add(wrong);
        }
    }

    private String verbatim(List<String> sentences) {
        int first = random.nextInt(sentences.size());
        int last = Math.min(sentences.size() - 1, first + random.nextInt(2));
        String[] words = String.join(" ", sentences.subList(first, last + 1)).split(" ");
        int from = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
        int to = words.length - (random.nextInt(3) == 0 ? random.nextInt(3) : 0);
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = words[i];
            if (random.nextInt(8) == 0) {
                w = w.replace(",", "").replace(".", ";");
            }
            sb.append(i == from ? "" : random.nextInt(20) == 0 ? " \u2013 " : " ").append(w);
        }
        String text = sb.toString();
        return random.nextBoolean() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    private String altered(List<String> sentences) {
        String sentence = sentences.get(random.nextInt(sentences.size()));
        List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
        int edits = 1 + random.nextInt(Math.max(1, words.size() / 6));
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, contentWord());
                case 1 -> {
                    if (words.size() > 6) {
                        words.remove(at);
                    }
                }
                default -> words.add(at, contentWord());
            }
        }
        return String.join(" ", words);
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = random.nextDouble() < 0.45
                    ? FUNCTION_WORDS[(int) Math.floor(Math.pow(FUNCTION_WORDS.length, random.nextDouble()))]
                    : contentWord();
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sb.append(i == 0 ? "" : i == words / 2 && random.nextBoolean() ? ", " : " ").append(word);
        }
        return sb.append('.').toString();
    }

    /** A word of rank about {@code VOCABULARY^u}: a few words are very common, most are rare, as in prose. */
    private String contentWord() {
        int rank = (int) Math.floor(Math.pow(VOCABULARY, random.nextDouble()));
        StringBuilder sb = new StringBuilder();
        int n = rank + SYLLABLES.length;
        while (n > 0) {
            sb.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        return sb.toString();
    }

    private static String surname(int n) {
        StringBuilder sb = new StringBuilder("Q");
        int v = n + 1;
        while (v > 0) {
            sb.append(SYLLABLES[v % SYLLABLES.length]);
            v /= SYLLABLES.length;
        }
        return sb.toString();
    }

    private void check(TraceResult result, PrintWriter out) {
        int[] total = new int[Kind.values().length];
        int[] right = new int[Kind.values().length];
        int misattributed = 0;
        int misattributedFound = 0;
        int falseMisattributed = 0;
        int report = 0;
        for (Document doc : result.documents()) {
            if (!doc.source().startsWith("synthetic/report-")) {
                continue;
            }
            Kind[] kinds = expected.get(report);
            boolean[] wrong = wrongSpeaker.get(report);
            report++;
            for (int q = 0; q < kinds.length; q++) {
                Optional<QuoteSource> source = doc.quotes().get(q).source();
                total[kinds[q].ordinal()]++;
                boolean ok = switch (kinds[q]) {
                    case VERBATIM -> source.map(s -> s.fidelity() == Fidelity.VERBATIM).orElse(false);
                    case ALTERED -> source.isPresent();
                    case UNRELATED -> source.isEmpty();
                };
                right[kinds[q].ordinal()] += ok ? 1 : 0;
                if (wrong[q]) {
                    misattributed++;
                    misattributedFound += source.map(QuoteSource::misattributed).orElse(false) ? 1 : 0;
                } else if (source.map(QuoteSource::misattributed).orElse(false)) {
                    falseMisattributed++;
                }
            }
        }
        out.printf(Locale.ROOT,
                "check:        verbatim found verbatim %s, altered found %s, unrelated left unsourced %s%n",
                share(right[0], total[0]), share(right[1], total[1]), share(right[2], total[2]));
        out.printf(Locale.ROOT, "              misattributions flagged %s, wrongly flagged %,d%n",
                share(misattributedFound, misattributed), falseMisattributed);
    }

    private static String share(int hit, int of) {
        return String.format(Locale.ROOT, "%,d/%,d (%.1f%%)", hit, of, of == 0 ? 100.0 : 100.0 * hit / of);
    }
}
