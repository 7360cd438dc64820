package org.dreamloom.library.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One dream found by a search.
 *
 * @param id            the dream's id in the store
 * @param score         the ranking score (BM25, cosine, or fused reciprocal-rank score, by mode)
 * @param dreamer       the dreamer
 * @param series        the series
 * @param date          the date, or null
 * @param snippet       a passage of the report, HTML-escaped, matched words in {@code <b>…</b>}
 * @param highlights    the matched words as ranges into the whole report
 * @param lexicalRank   1-based rank among word matches, or 0 when the words did not match
 * @param semanticRank  1-based rank by meaning, or 0 when not among the nearest
 * @param cosine        closeness in meaning of the best chunk to the query, or NaN when not computed
 */
public record Hit(long id, double score, String dreamer, String series, LocalDate date, String snippet,
        List<Span> highlights, int lexicalRank, int semanticRank, double cosine) {
    public Hit {
        highlights = List.copyOf(highlights);
    }
}
