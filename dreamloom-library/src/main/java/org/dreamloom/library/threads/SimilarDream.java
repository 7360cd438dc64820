package org.dreamloom.library.threads;

import java.time.LocalDate;
import java.util.List;

/**
 * A dream linked to another, with the reasons.
 *
 * @param id      the linked dream
 * @param dreamer its dreamer
 * @param date    its date, or null
 * @param score   the link strength in [0, 1]: weighted cosine, shared symbols, characters and emotions
 * @param cosine  the cosine of the two reports' embeddings
 * @param reasons why they are linked, strongest first
 */
public record SimilarDream(long id, String dreamer, LocalDate date, double score, double cosine, List<Reason> reasons) {
    public SimilarDream {
        reasons = List.copyOf(reasons);
    }
}
