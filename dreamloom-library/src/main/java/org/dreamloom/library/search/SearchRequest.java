package org.dreamloom.library.search;

import java.util.Objects;

/**
 * One search: the query in Lucene's classic syntax with Dreamloom's field filters, how to rank, and which
 * page of hits to return.
 */
public record SearchRequest(String query, SearchMode mode, int limit, int offset) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** The first ten hits of a hybrid search. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchMode.HYBRID, 10, 0);
    }

    /** This request with another mode. */
    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, m, limit, offset);
    }

    /** This request with another page size. */
    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, mode, n, offset);
    }
}
