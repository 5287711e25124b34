package io.broadsheet;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value types validate their input and cannot be changed after construction. */
class ModelTest {

    @Test
    void spanRejectsInvertedRanges() {
        assertThatThrownBy(() -> new Span(0, 5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5, 2)");
        assertThatThrownBy(() -> new Span(-1, 0, 0)).hasMessageContaining("-1");
        assertThat(new Span(2, 3, 10).length()).isEqualTo(7);
    }

    @Test
    void datelineNeedsSomething() {
        assertThatThrownBy(() -> Dateline.of(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dateline.of("  ", null, null)).isInstanceOf(IllegalArgumentException.class);
        Dateline d = Dateline.of(" Brussels ", LocalDate.of(2022, 3, 4), null);
        assertThat(d.place()).contains("Brussels");
        assertThat(d.time()).isEmpty();
    }

    @Test
    void quoteTextMustFitItsSpan() {
        assertThatThrownBy(() -> new Quote("hello", Optional.empty(), Optional.empty(), Optional.empty(),
                QuoteKind.DIRECT, new Span(0, 0, 3), "test", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 characters");
    }

    @Test
    void documentRejectsQuotesOutsideItsParagraphs() {
        Quote quote = new Quote("far", Optional.empty(), Optional.empty(), Optional.empty(), QuoteKind.DIRECT,
                new Span(3, 0, 3), "test", Optional.empty());
        assertThatThrownBy(() -> Document.builder("x", "article").paragraph("far away").quotes(List.of(quote)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void documentCopiesItsListsAndBlankValuesBecomeEmpty() {
        List<String> paragraphs = new ArrayList<>(List.of("One.", "Two."));
        Document doc = Document.builder("x", "article").paragraphs(paragraphs).title("  ").build();
        paragraphs.add("Three.");

        assertThat(doc.paragraphs()).containsExactly("One.", "Two.");
        assertThat(doc.title()).isEmpty();
        assertThatThrownBy(() -> doc.paragraphs().add("Four.")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(doc.toBuilder().build()).isEqualTo(doc);
    }

    @Test
    void speakerAndContactNamesMustNotBeBlank() {
        assertThatThrownBy(() -> Speaker.person(" ", null)).hasMessageContaining("name");
        assertThatThrownBy(() -> new Contact("", Optional.empty(), List.of(), List.of())).hasMessageContaining("name");
        assertThat(Speaker.person("Jane Roe", "  ").role()).isEmpty();
    }

    @Test
    void exceptionsSayWhereAndWhy() {
        MalformedDocumentException e = new MalformedDocumentException("a.txt", 42, "binary content");
        assertThat(e).hasMessage("a.txt at offset 42: binary content").isInstanceOf(BroadsheetException.class);
        assertThat(e.offset()).isEqualTo(42);
        assertThat(new MalformedDocumentException("a.txt", -1, "empty")).hasMessage("a.txt: empty");
    }
}
