package org.dreamloom.library.store;

import org.dreamloom.report.Dream;

/**
 * A dream as kept in the library.
 *
 * @param id          the library's id for it
 * @param owner       the owner's name
 * @param visibility  who else may see it
 * @param dream       the report and its fields (source and key are those of its first import)
 * @param contentHash the duplicate key (see {@link org.dreamloom.report.ContentHash})
 * @param createdAt   when it was first stored (ISO-8601 UTC)
 */
public record StoredDream(long id, String owner, Visibility visibility, Dream dream, String contentHash,
        String createdAt) {
}
