package org.dreamloom.coding.labels;

import java.util.List;
import java.util.Objects;
import org.dreamloom.coding.Evidence;

/**
 * One dream-level label beyond the HVdC card (e.g. {@code nightmare}, {@code lucid}): whether it applies, how
 * strongly the report supports it (0–1), and the words that justify it.
 */
public record DreamLabel(String name, boolean value, double score, List<Evidence> evidence) {
    public DreamLabel {
        Objects.requireNonNull(name, "name");
        evidence = List.copyOf(evidence);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("label score must be in [0, 1], got " + score);
        }
    }
}
