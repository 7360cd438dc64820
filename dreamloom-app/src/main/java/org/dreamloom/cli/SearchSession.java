package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.dreamloom.library.LibraryIndexer;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.embed.Embedders;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.DreamStore;
import picocli.CommandLine.Option;

/**
 * What the search commands share: the library, its Lucene index beside it ({@code <library>.index/}), the
 * embedder, and the CLI's viewer (the local owner). Opening checks the index against the store and rebuilds it
 * when stale, saying so.
 */
final class SearchSession implements AutoCloseable {
    /** System property naming the embedder when {@code --embedder} is not given ("minilm" or "hashing"). */
    static final String EMBEDDER_PROPERTY = "dreamloom.embedder";

    /** The options every search command takes besides {@code --library}. */
    static final class Options {
        @Option(names = "--embedder", hidden = true, paramLabel = "NAME",
                description = "minilm (default) or hashing (a fast stand-in for tests; no meaning)")
        String embedder;

        String embedderName() {
            String name = embedder != null ? embedder : System.getProperty(EMBEDDER_PROPERTY, "minilm");
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }

    final DreamStore store;
    final long ownerId;
    final Viewer viewer = new Viewer(DreamStore.LOCAL_OWNER);
    final SearchIndex index;
    final LibraryIndexer indexer;
    private final Embedder embedder;

    private SearchSession(DreamStore store, long ownerId, SearchIndex index, LibraryIndexer indexer, Embedder embedder) {
        this.store = store;
        this.ownerId = ownerId;
        this.index = index;
        this.indexer = indexer;
        this.embedder = embedder;
    }

    /** The index folder of a library file. */
    static Path indexDir(Path library) {
        Path abs = library.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".index");
    }

    /** The embedder called {@code name}. */
    static Embedder embedder(String name) {
        return switch (name) {
            case "minilm" -> {
                // DJL must not probe the network; set before its classes load (Main does too, tests may not)
                System.setProperty("OPT_OUT_TRACKING", "true");
                System.setProperty("offline", "true");
                // the application's standard set-up (one single-threaded model per core), so every part of the
                // application writes and reads the index with the same embedder id
                yield Embedders.standard();
            }
            case "hashing" -> new HashingEmbedder();
            default -> throw new IllegalArgumentException("unknown embedder '" + name + "'; use minilm or hashing");
        };
    }

    /**
     * Opens the library and its index; when {@code ensureFresh}, rebuilds a stale index and tells {@code err}.
     */
    static SearchSession open(LibraryOption library, Options options, PrintWriter err, String command,
            boolean ensureFresh) {
        Embedder embedder = embedder(options.embedderName());
        DreamStore store = library.openExisting();
        SearchIndex index = null;
        try {
            long owner = store.ownerId(DreamStore.LOCAL_OWNER);
            index = SearchIndex.open(indexDir(library.path()), embedder);
            LibraryIndexer indexer = LibraryIndexer.standard(store, owner);
            SearchSession s = new SearchSession(store, owner, index, indexer, embedder);
            if (ensureFresh) {
                long t0 = System.nanoTime();
                LibraryIndexer.Refresh r = indexer.refresh(index, s.viewer, n -> { });
                double secs = (System.nanoTime() - t0) / 1e9;
                String dreams = String.format("%,d %s", r.dreams(), r.dreams() == 1 ? "dream" : "dreams");
                if (r.outcome() == LibraryIndexer.Outcome.UPDATED) {
                    err.printf("dreamloom %s: the search index was behind the library; re-indexed %s in %.1f s%n",
                            command, dreams, secs);
                } else if (r.outcome() == LibraryIndexer.Outcome.REBUILT) {
                    err.printf("dreamloom %s: the search index did not match the library; rebuilt it (%s) in"
                            + " %.1f s%n", command, dreams, secs);
                }
                err.flush();
            }
            return s;
        } catch (IOException | RuntimeException e) {
            closeQuietly(index);
            store.close();
            closeQuietly(embedder);
            // Lucene's LockObtainFailedException, recognised by name so that the command line stays off Lucene
            if (e instanceof IOException lock && lock.getClass().getSimpleName().equals("LockObtainFailedException")) {
                throw new UncheckedIOException("the search index " + indexDir(library.path()) + " is in use by another"
                        + " dreamloom process (a running dreamloom serve?); stop it or try again when it is done", lock);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot open the search index " + indexDir(library.path()) + ": "
                        + io.getMessage() + " (delete the folder and run dreamloom reindex)", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Rebuilds the index from the store; returns the number of dreams indexed. */
    int rebuild() throws IOException {
        return indexer.rebuild(index, n -> { });
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the failure is what the user needs to see
        }
    }

    @Override
    public void close() {
        closeQuietly(index);
        store.close();
        closeQuietly(embedder);
    }
}
