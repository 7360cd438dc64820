/**
 * Search over dreams by words and by meaning, on behalf of a viewer.
 *
 * <p>Entry point: {@link org.dreamloom.library.search.SearchIndex}. The store hands it
 * {@link org.dreamloom.library.search.IndexedDream} records ({@code rebuild}, {@code upsert}, {@code delete}) and
 * compares {@link org.dreamloom.library.search.SearchIndex#status()} with
 * {@link org.dreamloom.library.search.IndexStatus#expected} at start to decide whether to rebuild. Queries
 * ({@link org.dreamloom.library.search.SearchRequest}) use Lucene's classic syntax plus the fields
 * {@code dreamer: series: sex: date: code: character: emotion: setting:} and label keys; results
 * ({@link org.dreamloom.library.search.SearchResult}) carry snippets, per-dreamer and per-series counts, and a
 * JSON form. Every read filters by the {@link org.dreamloom.library.search.Viewer} inside the Lucene query.
 */
package org.dreamloom.library.search;
