package org.dreamloom.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dreamloom.coding.Card;
import org.dreamloom.eval.BatchCoder;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;

/**
 * Codes the dreams of a library that one coder version has not coded yet and saves each card, batch by batch, so
 * an interrupted run resumes where it stopped and a repeated run codes nothing.
 */
final class LibraryCoding {
    /** Dreams fetched and coded per round; small enough that a crash loses little work. */
    static final int BATCH = 200;

    private final DreamStore store;
    private final long viewer;
    private final String coderVersion;
    private final int threads;

    /**
     * What a run did.
     *
     * @param coded    dreams coded and saved
     * @param failed   one message per dream whose coding failed (they stay uncoded)
     * @param already  dreams that already had a card from this coder version when the run started
     * @param nanos    wall-clock time of the run
     */
    record Summary(int coded, List<String> failed, long already, long nanos) {
    }

    LibraryCoding(DreamStore store, long viewer, String coderVersion, int threads) {
        this.store = store;
        this.viewer = viewer;
        this.coderVersion = coderVersion;
        this.threads = threads;
    }

    /** The number of dreams the viewer may see that have no card from this coder version. */
    long pending() {
        var stats = store.stats(viewer);
        return stats.dreams() - stats.coders().getOrDefault(coderVersion, 0L);
    }

    /** Codes every pending dream; {@code progress} receives the running count after each saved card. */
    Summary run(Consumer<Integer> progress) {
        long t0 = System.nanoTime();
        var stats = store.stats(viewer);
        long already = stats.coders().getOrDefault(coderVersion, 0L);
        Set<Long> failedIds = new HashSet<>();
        List<String> failed = new ArrayList<>();
        int coded = 0;
        while (true) {
            // dreams that failed stay uncoded and come back first: ask for enough to get a full new batch
            List<StoredDream> batch = store.dreamsNotCodedBy(viewer, coderVersion, BATCH + failedIds.size())
                    .stream().filter(d -> !failedIds.contains(d.id())).limit(BATCH).toList();
            if (batch.isEmpty()) {
                break;
            }
            List<Card> inputs = batch.stream().map(LibraryCoding::input).toList();
            int[] i = {0};
            int[] done = {coded};
            BatchCoder.codeAll(inputs, threads, r -> {
                StoredDream d = batch.get(i[0]++);
                if (r.ok()) {
                    store.saveCoding(d.id(), coderVersion, r.predicted());
                    progress.accept(++done[0]);
                } else {
                    failedIds.add(d.id());
                    failed.add("dream " + d.id() + ": " + r.error() + " (not coded)");
                }
            });
            coded = done[0];
        }
        return new Summary(coded, failed, already, System.nanoTime() - t0);
    }

    /** The input card of a stored dream: series as stored, number = its key in the source, else the library id. */
    static Card input(StoredDream d) {
        String key = d.dream().sourceKey();
        return Card.empty(d.dream().series(), key.isEmpty() ? Long.toString(d.id()) : key, d.dream().text());
    }
}
