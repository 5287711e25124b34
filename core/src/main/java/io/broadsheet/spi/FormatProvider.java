package io.broadsheet.spi;

import io.broadsheet.Document;

/**
 * Parses one kind of press document (a news agency's releases, a government's transcripts...).
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.broadsheet.spi.FormatProvider}, and {@code provides} it in {@code module-info}) or
 * registered on {@link io.broadsheet.DocumentParser.Builder#format(FormatProvider)}. For each input the parser
 * asks every provider for a confidence; the most confident one at or above the parser's threshold parses it,
 * ties going to the provider registered first (user-registered before discovered). Inputs nobody claims go to
 * core's generic {@code article} parser.
 *
 * <p>After {@link #parse} returns, the parser runs core's quote attribution on the document's paragraphs unless
 * the provider already filled {@link Document#quotes()}, so most providers only read structure. Core's building
 * blocks ({@link BoilerplateRules}, {@link DatelineParser}, {@link Vocabulary},
 * {@link SourceDocument#statedTitle()}, {@link io.broadsheet.quote.QuoteAttributor}) are public for providers to
 * reuse.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor for discovery.
 */
public interface FormatProvider {

    /**
     * @return a stable, lower-case id such as {@code wire-release}; it appears in {@link Document#format()}
     */
    String id();

    /**
     * Says how sure this provider is that it should parse the source. Look at the first blocks and the metadata
     * only: detection runs for every provider on every input.
     *
     * @param source the loaded input
     * @return a confidence from 0 (not mine) to 1 (certainly mine)
     */
    double detect(SourceDocument source);

    /**
     * Parses the source into a document whose {@link Document#format()} is {@link #id()}.
     *
     * @param source the loaded input
     * @return the document; every block of the source should be in its paragraphs or its discarded list
     * @throws io.broadsheet.BroadsheetException if the source cannot be parsed as this format
     */
    Document parse(SourceDocument source);
}
