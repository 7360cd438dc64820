package org.dreamloom.bench;

import java.util.List;
import java.util.Locale;

/**
 * One query of the benchmark's fixed set, in the forms each engine understands.
 *
 * @param kind   lexical, filtered, semantic or hybrid
 * @param query  the Dreamloom query (Lucene classic syntax with Dreamloom field filters)
 * @param fts    the SQLite FTS5 MATCH expression for the same words, or empty (no peer for this kind)
 * @param filter the filter as a field and value ({@code series}, {@code sex}, {@code year}), or null
 * @param scan   the linear-scan spec: groups that must all occur; alternatives inside a group; negated groups
 */
public record BenchQuery(Kind kind, String query, String fts, Filter filter, List<ScanGroup> scan) {
    /** The four kinds of query the issue asks latencies for. */
    public enum Kind {
        LEXICAL, FILTERED, SEMANTIC, HYBRID;

        /** The lower-case name used in the query file and in reports. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A filter on a metadata field: {@code series} and {@code sex} by equality, {@code year} by an inclusive range.
     */
    public record Filter(String field, String value, int fromYear, int toYear) {
    }

    /** A group of the linear scan: any of the alternatives occurs (or, negated, none of them does). */
    public record ScanGroup(List<String> alternatives, boolean negated) {
    }

    public BenchQuery {
        fts = fts == null ? "" : fts;
        scan = scan == null ? List.of() : List.copyOf(scan);
    }

    /** True when SQLite FTS5 and the linear scan answer this query too. */
    public boolean hasPeers() {
        return !fts.isEmpty();
    }
}
