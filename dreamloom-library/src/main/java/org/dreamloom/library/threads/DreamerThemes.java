package org.dreamloom.library.threads;

import java.util.List;

/** A dreamer's recurring themes, over the dreams the viewer may see. */
public record DreamerThemes(String dreamer, int dreams, List<Theme> themes) {
    public DreamerThemes {
        themes = List.copyOf(themes);
    }
}
