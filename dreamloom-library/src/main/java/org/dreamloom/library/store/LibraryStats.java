package org.dreamloom.library.store;

import java.util.Map;

/**
 * Counts over the dreams one viewer may see.
 *
 * @param dreams    dreams
 * @param dreamers  distinct dreamers of those dreams
 * @param series    distinct series they were imported from
 * @param sources   import sources (dream × place it was found)
 * @param codings   saved coding cards
 * @param coders    cards per coder version
 * @param repaired  dreams whose text was repaired on import
 */
public record LibraryStats(long dreams, long dreamers, long series, long sources, long codings,
        Map<String, Long> coders, long repaired) {
    public LibraryStats {
        coders = Map.copyOf(coders);
    }
}
