package org.dreamloom.coding.labels;

import java.util.List;

/**
 * The dream-level labels of one report that users ask for and the HVdC card has no place for.
 *
 * @param nightmare a frightening dream: high apprehension, or waking from fear
 * @param lucid     the dreamer knew, in the dream, that they were dreaming
 */
public record DreamLabels(DreamLabel nightmare, DreamLabel lucid) {
    /** The labels in a fixed order, for display and export. */
    public List<DreamLabel> all() {
        return List.of(nightmare, lucid);
    }
}
