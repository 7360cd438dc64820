package org.dreamloom.library.threads;

import java.util.List;

/**
 * The threads through one dream: the theme it belongs to among its dreamer's dreams, the dreamer's linked
 * dreams before and after it, and linked dreams of other dreamers.
 *
 * @param id      the dream
 * @param dreamer its dreamer
 * @param theme   its theme among the dreamer's dreams, or null when it has no embedding
 * @param earlier the dreamer's linked dreams dated before it, oldest first
 * @param later   the dreamer's linked dreams dated after it (or undated), oldest first
 * @param others  linked dreams of other dreamers, strongest first
 */
public record DreamThread(long id, String dreamer, Theme theme, List<SimilarDream> earlier, List<SimilarDream> later,
        List<SimilarDream> others) {
    public DreamThread {
        earlier = List.copyOf(earlier);
        later = List.copyOf(later);
        others = List.copyOf(others);
    }
}
