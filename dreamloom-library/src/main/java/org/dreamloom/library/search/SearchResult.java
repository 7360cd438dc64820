package org.dreamloom.library.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * <p>{@code total} and {@code facets} count the dreams that match the words and filters exactly (in
 * LEXICAL and HYBRID mode), as DreamBank does; in HYBRID mode {@code total} also counts the dreams found
 * only by meaning, and {@code wordMatches} says how many of the total match the words (what the facets count),
 * so a reader is not left wondering why the facets add up to less. In SEMANTIC mode total and facets count the
 * nearest dreams that were considered, and {@code wordMatches} is 0 (no word has to match).
 */
public record SearchResult(SearchMode mode, long total, long wordMatches, List<Hit> hits, Facets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** The result as JSON: {@code {"mode", "total", "word_matches", "hits": [{"id", "score", "dreamer", "snippet", …}], "facets"}}. */
    public String toJson() {
        Json j = new Json();
        j.begin().key("mode").value(mode.name().toLowerCase(java.util.Locale.ROOT)).key("total").value(total);
        j.key("word_matches").value(wordMatches);
        j.key("hits").beginArray();
        for (Hit h : hits) {
            j.begin().key("id").value(h.id()).key("score").value(h.score()).key("dreamer").value(h.dreamer())
                    .key("series").value(h.series()).key("date").value(h.date() == null ? null : h.date().toString())
                    .key("snippet").value(h.snippet());
            j.key("highlights").beginArray();
            for (Span s : h.highlights()) {
                j.beginArray().value(s.start()).value(s.end()).endArray();
            }
            j.endArray();
            if (h.lexicalRank() > 0) {
                j.key("lexical_rank").value(h.lexicalRank());
            }
            if (h.semanticRank() > 0) {
                j.key("semantic_rank").value(h.semanticRank());
            }
            if (!Double.isNaN(h.cosine())) {
                j.key("cosine").value(h.cosine());
            }
            j.end();
        }
        j.endArray();
        j.key("facets").begin();
        facet(j, "dreamer", facets.dreamers());
        facet(j, "series", facets.series());
        j.end().end();
        return j.toString();
    }

    private static void facet(Json j, String name, List<FacetCount> counts) {
        j.key(name).beginArray();
        for (FacetCount c : counts) {
            j.begin().key("value").value(c.value()).key("matching").value(c.matching()).key("total").value(c.total())
                    .key("percent").value(Math.round(c.percent() * 10) / 10.0).end();
        }
        j.endArray();
    }
}
