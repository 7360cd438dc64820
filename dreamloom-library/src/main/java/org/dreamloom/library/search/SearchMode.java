package org.dreamloom.library.search;

/** How results are found and ranked. */
public enum SearchMode {
    /** Words and filters only, ranked by BM25: exact counts, as DreamBank answers. */
    LEXICAL,
    /** Closeness in meaning only (kNN over chunk embeddings), filters still apply. */
    SEMANTIC,
    /** BM25 and kNN fused by reciprocal rank: finds dreams that say the same thing in other words. */
    HYBRID
}
