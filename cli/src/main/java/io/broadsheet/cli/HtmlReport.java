package io.broadsheet.cli;

import io.broadsheet.Document;
import io.broadsheet.Fidelity;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;
import io.broadsheet.QuoteSource.WordEdit;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;
import io.broadsheet.trace.QuoteLink;
import io.broadsheet.trace.TraceResult;
import io.broadsheet.trace.TraceSummary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link TraceResult} as one self-contained HTML page: inline CSS, no scripts, no external assets.
 *
 * <p>Every document is shown with its quotes highlighted, one colour per speaker (speakers are told apart by
 * surname, so {@code Blinken} and {@code Antony J. Blinken} share a colour). A traced quote carries a badge
 * linking to its passage in the primary source, where the passage is highlighted in its speaker's colour and
 * links back; altered quotes show their word diff, misattributed ones a warning. All document text is escaped.
 */
final class HtmlReport {

    private static final String CSS = """
            body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;background:#fafaf7;margin:0}
            main{max-width:52rem;margin:0 auto;padding:1rem 1.5rem 4rem}
            h1{font-size:1.8rem;margin:1.5rem 0 .3rem}h2{font-size:1.3rem;margin:0 0 .2rem}
            .summary,.meta{font:14px/1.4 system-ui,sans-serif;color:#555}
            nav ol{font:14px/1.5 system-ui,sans-serif;padding-left:1.4rem}
            .legend{font:13px/1.8 system-ui,sans-serif}
            .legend span{margin-right:.9rem;white-space:nowrap}
            .chip{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:-1px}
            article{background:#fff;border:1px solid #e3e3de;border-radius:6px;padding:1.2rem 1.5rem;margin:1.5rem 0}
            article.primary{border-left:5px solid #6b7a8f}
            .badge{font:12px/1 system-ui,sans-serif;border-radius:3px;padding:.15em .4em;margin-left:.25em;
              text-decoration:none;white-space:nowrap;vertical-align:1px}
            .badge.verbatim{background:#d8f0dc;color:#14532d}.badge.altered{background:#fde7c7;color:#7c3f00}
            .badge.none{background:#eee;color:#666}.badge.primary{background:#e4e8ef;color:#2d3a4f}
            .badge.misattributed{background:#fbd5d5;color:#8a1212}
            mark{border-radius:2px;padding:0 .1em;color:inherit}
            .passage{border-radius:2px;box-shadow:0 2px 0 #6b7a8f}
            .turn{font:13px/1.3 system-ui,sans-serif;letter-spacing:.04em;color:#444;margin:1.1rem 0 .2rem}
            .trace{font:14px/1.45 system-ui,sans-serif;border-left:3px solid #ddd;margin:.2rem 0 .9rem .4rem;
              padding:.1rem 0 .1rem .8rem;color:#333}
            .trace blockquote{margin:.2rem 0;font-family:Georgia,serif;color:#444}
            del{background:#fbd5d5;color:#8a1212}ins{background:#d8f0dc;color:#14532d;text-decoration:none}
            sup.back a{font:11px system-ui,sans-serif;text-decoration:none;margin-left:.15em}
            :target{outline:2px solid #e0a100;outline-offset:2px}
            """;

    private final TraceResult result;
    private final Map<String, Integer> documentIndex = new HashMap<>();
    private final Set<String> primaries;
    private final Map<String, Integer> speakerColours = new LinkedHashMap<>();
    private final Map<String, String> speakerNames = new HashMap<>();
    /** Passages cited in each primary document, keyed by document index. */
    private final Map<Integer, List<Passage>> passages = new HashMap<>();

    /** A cited stretch of a primary paragraph and the quotes citing it. */
    private record Passage(int paragraph, int begin, int end, String id, int colour, List<String> citedBy) {
    }

    private HtmlReport(TraceResult result) {
        this.result = result;
        this.primaries = new HashSet<>(result.primaries());
        for (int i = 0; i < result.documents().size(); i++) {
            documentIndex.putIfAbsent(result.documents().get(i).source(), i);
        }
        for (Document doc : result.documents()) {
            doc.turns().forEach(t -> colourOf(t.speaker()));
            for (Quote q : doc.quotes()) {
                q.speaker().ifPresent(this::colourOf);
                q.source().flatMap(QuoteSource::sourceSpeaker).ifPresent(this::colourOf);
            }
        }
        for (QuoteLink link : result.links()) {
            QuoteSource s = link.source();
            Integer target = documentIndex.get(s.document());
            if (target == null) {
                continue;
            }
            String id = passageId(target, s);
            List<Passage> list = passages.computeIfAbsent(target, k -> new ArrayList<>());
            Passage passage = list.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
            if (passage == null) {
                Speaker speaker = s.sourceSpeaker().orElse(link.quote().speaker().orElse(null));
                passage = new Passage(s.span().paragraph(), s.span().begin(), s.span().end(), id,
                        speaker == null ? -1 : colourOf(speaker), new ArrayList<>());
                list.add(passage);
            }
            passage.citedBy.add(quoteId(documentIndex.get(link.document()), link.quoteIndex()));
        }
    }

    /**
     * @param title  the page title
     * @param result what tracing found
     * @return the complete HTML page
     */
    static String render(String title, TraceResult result) {
        return new HtmlReport(result).page(title);
    }

    private String page(String title) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS);
        for (Map.Entry<String, Integer> e : speakerColours.entrySet()) {
            int c = e.getValue();
            h.append(".s").append(c).append("{background:").append(colour(c)).append("}\n");
        }
        h.append(".s-1{background:#e6e6e6}\n</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        TraceSummary s = result.summary();
        h.append("<p class=\"summary\">").append(escape(s.describe())).append(".</p>\n");
        h.append("<nav><ol>\n");
        for (int i = 0; i < result.documents().size(); i++) {
            Document doc = result.documents().get(i);
            h.append("<li><a href=\"#d").append(i).append("\">").append(escape(heading(doc))).append("</a>");
            if (primaries.contains(doc.source())) {
                h.append(" <span class=\"badge primary\">primary</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ol></nav>\n");
        if (!speakerColours.isEmpty()) {
            h.append("<p class=\"legend\">");
            for (Map.Entry<String, Integer> e : speakerColours.entrySet()) {
                h.append("<span><span class=\"chip s").append(e.getValue()).append("\"></span>")
                        .append(escape(speakerNames.get(e.getKey()))).append("</span>");
            }
            h.append("</p>\n");
        }
        for (int i = 0; i < result.documents().size(); i++) {
            document(h, i, result.documents().get(i));
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private void document(StringBuilder h, int index, Document doc) {
        boolean primary = primaries.contains(doc.source());
        h.append("<article id=\"d").append(index).append("\"").append(primary ? " class=\"primary\"" : "")
                .append(">\n");
        h.append("<h2>").append(escape(heading(doc))).append("</h2>\n<p class=\"meta\">").append(escape(doc.source()))
                .append(" \u00b7 ").append(escape(doc.format()));
        doc.publisher().ifPresent(p -> h.append(" \u00b7 ").append(escape(p)));
        doc.dateline().flatMap(d -> d.date()).ifPresent(d -> h.append(" \u00b7 ").append(d));
        if (primary) {
            h.append(" <span class=\"badge primary\">primary source</span>");
        }
        h.append("</p>\n");
        Map<Integer, Turn> turnStarts = new HashMap<>();
        doc.turns().forEach(t -> turnStarts.put(t.firstParagraph(), t));
        List<Passage> cited = passages.getOrDefault(index, List.of());
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            Turn turn = turnStarts.get(p);
            if (turn != null) {
                h.append("<p class=\"turn\"><span class=\"chip s").append(colourOf(turn.speaker())).append("\"></span>")
                        .append(escape(turn.label())).append("</p>\n");
            }
            String text = doc.paragraphs().get(p);
            List<Quote> quotes = quotesIn(doc, p);
            h.append("<p id=\"d").append(index).append("-p").append(p).append("\">");
            if (primary) {
                int paragraph = p;
                passageText(h, text, cited.stream().filter(c -> c.paragraph == paragraph).toList());
            } else {
                quoteText(h, index, doc, text, quotes);
            }
            h.append("</p>\n");
            if (!primary) {
                for (Quote q : quotes) {
                    q.source().ifPresent(s -> traceNote(h, q, s));
                }
            }
        }
        h.append("</article>\n");
    }

    private List<Quote> quotesIn(Document doc, int paragraph) {
        List<Quote> in = new ArrayList<>();
        int end = 0;
        List<Quote> sorted = new ArrayList<>(doc.quotes());
        sorted.sort(Comparator.comparingInt((Quote q) -> q.span().begin()));
        for (Quote q : sorted) {
            if (q.span().paragraph() == paragraph && q.span().begin() >= end) {
                in.add(q);
                end = q.span().end();
            }
        }
        return in;
    }

    /** A reporting paragraph: each quote marked in its speaker's colour, with a badge linking to its source. */
    private void quoteText(StringBuilder h, int index, Document doc, String text, List<Quote> quotes) {
        int at = 0;
        for (Quote q : quotes) {
            int k = doc.quotes().indexOf(q);
            h.append(escape(text.substring(at, q.span().begin())));
            int colour = q.speaker().map(this::colourOf).orElse(-1);
            h.append("<mark id=\"").append(quoteId(index, k)).append("\" class=\"s").append(colour)
                    .append("\" title=\"")
                    .append(escape(q.speaker().map(Speaker::name).orElse("unattributed"))).append("\">")
                    .append(escape(text.substring(q.span().begin(), q.span().end()))).append("</mark>");
            at = q.span().end();
            if (q.source().isPresent()) {
                QuoteSource s = q.source().get();
                String fidelity = s.fidelity().name().toLowerCase(Locale.ROOT);
                Integer target = documentIndex.get(s.document());
                h.append("<a class=\"badge ").append(fidelity).append("\" href=\"#")
                        .append(target == null ? "" : passageId(target, s)).append("\" title=\"source: ")
                        .append(escape(s.document())).append("\">").append(fidelity).append(" \u2197</a>");
                if (s.misattributed()) {
                    h.append("<span class=\"badge misattributed\">misattributed</span>");
                }
            } else if (!primaries.isEmpty()) {
                h.append("<span class=\"badge none\">no source</span>");
            }
        }
        h.append(escape(text.substring(at)));
    }

    /** The note under a traced quote: where it comes from and, when altered, what changed. */
    private void traceNote(StringBuilder h, Quote q, QuoteSource s) {
        h.append("<div class=\"trace\">").append(q.speaker().map(sp -> escape(sp.name())).orElse("Unattributed"))
                .append(": <b>").append(s.fidelity() == Fidelity.VERBATIM ? "verbatim" : "altered")
                .append("</b> from ");
        Integer target = documentIndex.get(s.document());
        String where = escape(s.document()) + ", paragraph " + (s.span().paragraph() + 1);
        if (target != null) {
            h.append("<a href=\"#").append(passageId(target, s)).append("\">").append(where).append("</a>");
        } else {
            h.append(where);
        }
        s.sourceSpeaker().ifPresent(sp -> h.append(" (").append(escape(sp.name())).append(")"));
        if (s.misattributed()) {
            h.append(" <span class=\"badge misattributed\">misattributed: the source's speaker is ")
                    .append(escape(s.sourceSpeaker().map(Speaker::name).orElse("someone else"))).append("</span>");
        }
        if (s.fidelity() == Fidelity.ALTERED) {
            h.append("<blockquote>");
            for (WordEdit edit : s.diff()) {
                String words = escape(edit.text());
                switch (edit.op()) {
                    case KEEP -> h.append(words);
                    case DELETE -> h.append("<del>").append(words).append("</del>");
                    case INSERT -> h.append("<ins>").append(words).append("</ins>");
                }
                h.append(' ');
            }
            h.append("</blockquote>");
        }
        h.append("</div>\n");
    }

    /**
     * A primary paragraph: each cited passage highlighted, with an anchor where it starts and links back to the
     * quotes citing it where it ends. Overlapping passages are drawn as one highlight holding every anchor.
     */
    private void passageText(StringBuilder h, String text, List<Passage> cited) {
        List<Passage> sorted = new ArrayList<>(cited);
        sorted.sort(Comparator.comparingInt(Passage::begin).thenComparingInt(Passage::end));
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            Passage first = sorted.get(i);
            int begin = Math.max(at, Math.min(first.begin, text.length()));
            int end = Math.min(first.end, text.length());
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).begin < end) {
                end = Math.max(end, Math.min(sorted.get(j).end, text.length()));
                j++;
            }
            h.append(escape(text.substring(at, begin)));
            h.append("<span class=\"passage s").append(first.colour).append("\">");
            int inner = begin;
            for (int k = i; k < j; k++) {
                Passage p = sorted.get(k);
                int anchor = Math.max(inner, Math.min(p.begin, end));
                h.append(escape(text.substring(inner, anchor))).append("<a id=\"").append(p.id).append("\"></a>");
                inner = anchor;
            }
            h.append(escape(text.substring(inner, end))).append("</span><sup class=\"back\">");
            for (int k = i; k < j; k++) {
                for (String quote : sorted.get(k).citedBy) {
                    h.append("<a href=\"#").append(quote).append("\" title=\"quoted\">\u21a9</a>");
                }
            }
            h.append("</sup>");
            at = end;
            i = j;
        }
        h.append(escape(text.substring(at)));
    }

    private static String heading(Document doc) {
        return doc.title().orElse(doc.source());
    }

    private static String quoteId(int document, int quote) {
        return "d" + document + "-q" + quote;
    }

    private static String passageId(int document, QuoteSource s) {
        return "d" + document + "-p" + s.span().paragraph() + "-" + s.span().begin() + "-" + s.span().end();
    }

    /** @return the speaker's colour number, given in order of first appearance; one per surname */
    private int colourOf(Speaker speaker) {
        String key = surnameKey(speaker.name());
        Integer colour = speakerColours.get(key);
        if (colour == null) {
            colour = speakerColours.size();
            speakerColours.put(key, colour);
            speakerNames.put(key, speaker.name());
        } else if (speaker.name().length() > speakerNames.get(key).length()) {
            speakerNames.put(key, speaker.name());
        }
        return colour;
    }

    private static String surnameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String[] words = folded.split("[^\\p{L}\\p{N}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i].length() > 1 && !List.of("jr", "sr", "ii", "iii").contains(words[i])) {
                return words[i];
            }
        }
        return folded;
    }

    /** Spreads colours around the hue circle by the golden angle, so neighbours in the legend differ most. */
    private static String colour(int n) {
        double hue = (n * 137.508) % 360;
        return String.format(Locale.ROOT, "hsl(%.0f,72%%,83%%)", hue);
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
