package org.dreamloom.library.store;

/**
 * One place a stored dream was imported from; a report found in two overlapping series has two.
 *
 * @param source     e.g. {@code dreambank:izzy0} or a file path
 * @param sourceKey  its key there (DreamBank number, row, heading)
 * @param series     the series, or empty
 * @param importedAt when (ISO-8601 UTC)
 */
public record DreamSource(String source, String sourceKey, String series, String importedAt) {
}
