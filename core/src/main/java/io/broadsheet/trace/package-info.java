/**
 * Quote provenance: trace each quote of a news report to the transcript (or other primary source) it came from,
 * and say whether it was reproduced verbatim or altered, with the word-level difference and a flag when the
 * report names a different speaker.
 *
 * <p>{@link io.broadsheet.trace.Corpus} parses a set of files in parallel and traces every reporting document
 * against the set's primary sources; {@link io.broadsheet.trace.QuoteTracer} does the same for documents already
 * in memory. Results are written into {@link io.broadsheet.Quote#source()}.
 */
package io.broadsheet.trace;
