package org.dreamloom.library.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Several embedder instances, one per worker thread, behind one {@link Embedder}: {@link #embedAll} spreads
 * a batch over the workers. Thread-safe; close it to stop the workers and close the instances.
 */
public final class PooledEmbedder implements Embedder {
    private final List<Embedder> instances;
    private final ExecutorService workers;
    private final ThreadLocal<Embedder> mine;

    /** A pool of {@code threads} workers, each with its own instance from {@code factory}. */
    public PooledEmbedder(Supplier<Embedder> factory, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.instances = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            instances.add(factory.get());
        }
        AtomicInteger next = new AtomicInteger();
        this.mine = ThreadLocal.withInitial(() -> instances.get(Math.floorMod(next.getAndIncrement(), threads)));
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "embedder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public int dimension() {
        return instances.get(0).dimension();
    }

    @Override
    public String id() {
        return instances.get(0).id();
    }

    @Override
    public int maxTokens() {
        return instances.get(0).maxTokens();
    }

    @Override
    public int countTokens(String text) {
        return mine.get().countTokens(text);
    }

    @Override
    public float[] embed(String text) {
        return mine.get().embed(text);
    }

    @Override
    public WordPieces wordPieces(String text) {
        return mine.get().wordPieces(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return spread(texts, Embedder::embedAll);
    }

    @Override
    public List<float[]> embedChunks(List<Chunk> chunks) {
        return spread(chunks, Embedder::embedChunks);
    }

    /** Runs {@code work} on equal slices of {@code items}, one slice per worker, and joins the vectors in order. */
    private <T> List<float[]> spread(List<T> items, BiFunction<Embedder, List<T>, List<float[]>> work) {
        int parts = instances.size();
        if (parts == 1 || items.size() < 2) {
            return work.apply(mine.get(), items);
        }
        List<Future<List<float[]>>> futures = new ArrayList<>();
        int size = (items.size() + parts - 1) / parts;
        for (int from = 0; from < items.size(); from += size) {
            List<T> slice = items.subList(from, Math.min(items.size(), from + size));
            futures.add(workers.submit(() -> work.apply(mine.get(), slice)));
        }
        List<float[]> out = new ArrayList<>(items.size());
        try {
            for (Future<List<float[]>> f : futures) {
                out.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
        return out;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        instances.forEach(Embedder::close);
    }
}
