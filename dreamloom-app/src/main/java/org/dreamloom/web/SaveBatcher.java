package org.dreamloom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.report.Dream;

/**
 * Stores the dreams that users save at about the same time in one transaction (group commit): one writer thread
 * takes everything queued and commits it at once, and each request waits for its own dream's id.
 *
 * <p>Why: the library has one writer, and a commit costs far more than the insert it commits; under many
 * simultaneous saves, one commit per save made every save queue for the lock behind all the others. With one
 * commit per group the commits no longer add up. A group that fails is retried one dream at a time, so one bad
 * dream fails only its own request. Thread-safe.
 */
final class SaveBatcher implements AutoCloseable {
    /** The most dreams committed together. */
    static final int MAX_GROUP = 256;

    private record Pending(DreamStore.NewDream dream, CompletableFuture<OptionalLong> id) {
    }

    private final DreamStore store;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    SaveBatcher(DreamStore store) {
        this.store = store;
        this.writer = new Thread(this::run, "dreamloom-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Stores a dream as {@link DreamStore#addDream} does and returns its id, or empty when the owner already has a
     * dream with this text; waits until it is committed.
     */
    OptionalLong add(long owner, Dream dream, Visibility visibility) {
        if (closed) {
            throw new ApiError(503, "the server is shutting down");
        }
        Pending p = new Pending(new DreamStore.NewDream(owner, dream, visibility), new CompletableFuture<>());
        queue.add(p);
        try {
            return p.id().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiError(503, "the library is too busy to store the dream now; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is shutting down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the writer failed", e.getCause());
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (!closed) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            commit(group);
            group.clear();
        }
        // closing: whoever still waits gets an answer rather than hanging
        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
            p.id().completeExceptionally(new ApiError(503, "the server is shutting down"));
        }
    }

    private void commit(List<Pending> group) {
        try {
            List<OptionalLong> ids = store.addDreams(group.stream().map(Pending::dream).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).id().complete(ids.get(i));
            }
        } catch (RuntimeException groupFailed) {
            // nothing of the group was stored: store each alone, so only the bad one fails
            for (Pending p : group) {
                try {
                    DreamStore.NewDream d = p.dream();
                    p.id().complete(store.addDream(d.owner(), d.dream(), d.visibility()));
                } catch (RuntimeException e) {
                    p.id().completeExceptionally(e);
                }
            }
        }
    }

    /** Stops the writer once the group in hand is committed; later saves are refused with 503. */
    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
