package org.dreamloom.library.search;

import java.util.Objects;

/** The user on whose behalf a query runs: they see their own dreams and every dream that is not private. */
public record Viewer(String userId) {
    public Viewer {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("a viewer needs a user id");
        }
    }
}
