package org.dreamloom.library.search;

import java.util.List;

/** Matching dreams per dreamer and per series, most matches first. */
public record Facets(List<FacetCount> dreamers, List<FacetCount> series) {
    public Facets {
        dreamers = List.copyOf(dreamers);
        series = List.copyOf(series);
    }

    /** No facets. */
    public static Facets none() {
        return new Facets(List.of(), List.of());
    }
}
