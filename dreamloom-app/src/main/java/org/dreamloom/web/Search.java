package org.dreamloom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.dreamloom.coding.Card;
import org.dreamloom.library.LibraryIndexer;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.search.IndexStatus;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.Accounts;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.library.threads.Threads;

/**
 * The web app's search index and threads, kept in step with the store: rebuilt at start when it disagrees with the
 * store, then updated in the background after every write (the index is derived and rebuildable, so a save is
 * acknowledged once the store has committed it; {@link #awaitIndexed()} waits for the index to catch up).
 *
 * <p>Web accounts' dreams are indexed under a pseudonym ({@code anon-…}, a salted hash of the owner) instead of the
 * account name, so facets, hits and threads never show another user's login name.
 */
final class Search implements AutoCloseable {
    private final DreamStore store;
    private final SearchIndex index;
    private final Threads threads;
    private final byte[] salt;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dreamloom-indexer");
        t.setDaemon(true);
        return t;
    });
    /** Dreams queued for the worker, by id, oldest first; a later write of the same dream replaces its job. */
    private final Map<Long, Job> pending = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean scheduled = new java.util.concurrent.atomic.AtomicBoolean();
    /** How many jobs the worker has taken but not finished (guarded by {@link #pending}). */
    private int inFlight;
    /** Advanced after every write to the index, so cached answers of the index can tell they are stale. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile long lastRequestNanos = System.nanoTime() - BUSY_WINDOW_NANOS;
    private final double busyShare;
    private final BiFunction<Long, StoredDream, Card> coder;

    /** Dreams coded and indexed together (one commit, and one embedding call the model can batch). */
    private static final int BATCH = 64;
    /** Requests seen within this window count as "the server is busy answering". */
    private static final long BUSY_WINDOW_NANOS = 200_000_000L;

    /**
     * One queued write.
     *
     * @param owner  the owner whose new dream must be coded first (with {@code ready} null)
     * @param ready  the dream as the index should hold it, when known
     * @param delete remove it from the index
     */
    private record Job(long id, long owner, IndexedDream ready, boolean delete) {
    }

    private Search(DreamStore store, SearchIndex index, byte[] salt, BiFunction<Long, StoredDream, Card> coder,
            double busyShare) {
        this.store = store;
        this.index = index;
        this.threads = new Threads(index);
        this.salt = salt;
        this.coder = coder;
        this.busyShare = busyShare;
    }

    /**
     * Opens the index in {@code dir} (in memory when null), with its pseudonym salt beside it, and rebuilds it when it
     * does not hold exactly the store's dreams.
     *
     * @param queryVectors how many recent query vectors the index keeps (see {@link SearchIndex#cacheQueryVectors})
     * @param coder     the card of a new dream (owner, dream): stored one if any, else coded now and stored
     * @param busyShare the most of the time the background worker may be busy while requests come in (0 to 1]
     */
    static Search open(DreamStore store, Path dir, Embedder embedder, int queryVectors,
            BiFunction<Long, StoredDream, Card> coder, double busyShare) {
        if (!(busyShare > 0 && busyShare <= 1)) {
            throw new IllegalArgumentException("the background share must be in (0, 1], not " + busyShare);
        }
        try {
            SearchIndex index = dir == null ? SearchIndex.inMemory(embedder) : SearchIndex.open(dir, embedder);
            // queries repeat: their vectors are kept rather than computed by the model on every search
            index.cacheQueryVectors(queryVectors);
            Search s = new Search(store, index, salt(dir), coder, busyShare);
            s.sync(true);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static byte[] salt(Path dir) throws IOException {
        byte[] fresh = new byte[16];
        new SecureRandom().nextBytes(fresh);
        if (dir == null) {
            return fresh;
        }
        Path file = dir.resolveSibling(dir.getFileName() + ".salt");
        if (Files.exists(file)) {
            return HexFormat.of().parseHex(Files.readString(file).strip());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, HexFormat.of().formatHex(fresh));
        return fresh;
    }

    /** {@link #sync} for callers outside (after a bulk import): rebuilds when the index and the store disagree. */
    void resync() {
        try {
            sync(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index in step with the store when their contents differ (count, ids, fingerprint or embedder):
     * at a start, when only a few dreams differ (those saved or changed while the background queue, which a restart
     * loses, still held them), they are queued for the background worker and the server starts at once; otherwise
     * (another embedder, a bulk import, most of the library new) the index is rebuilt, the faster way for many.
     */
    private synchronized void sync(boolean atStart) throws IOException {
        Map<Long, Card> cards = store.latestCardsForIndex();
        List<IndexedDream> all = new ArrayList<>();
        store.forEachForIndex(s -> all.add(indexed(s, cards.get(s.id()))));
        IndexStatus expected = IndexStatus.expected(all, index.embedder().id());
        IndexStatus held = index.status();
        if (held.consistentWith(expected)) {
            return;
        }
        if (atStart && held.embedder().equals(expected.embedder()) && held.count() > 0 && queueChanges(all) >= 0) {
            return;
        }
        try {
            index.rebuild(all);
        } finally {
            generation.incrementAndGet();
        }
    }

    /** Most dreams a start queues for the worker rather than rebuilding the index: at most a quarter, or this many. */
    private static final int MOST_QUEUED_AT_START = 1_024;

    /**
     * Queues the dreams of {@code all} that the index lacks or holds otherwise, and the removal of those it holds
     * but the store does not; returns how many, or -1 (nothing queued) when they are too many for the queue.
     */
    private int queueChanges(List<IndexedDream> all) throws IOException {
        Map<Long, Long> held = new java.util.HashMap<>(index.fingerprints());
        List<Job> jobs = new ArrayList<>();
        for (IndexedDream d : all) {
            Long fingerprint = held.remove(d.id());
            if (fingerprint == null || fingerprint != IndexStatus.hash(d)) {
                jobs.add(new Job(d.id(), 0, d, false));
            }
        }
        held.keySet().forEach(id -> jobs.add(new Job(id, 0, null, true)));
        if (jobs.size() > Math.max(MOST_QUEUED_AT_START, all.size() / 4)) {
            return -1;
        }
        synchronized (pending) {
            jobs.forEach(j -> pending.put(j.id(), j));
        }
        schedule();
        return jobs.size();
    }

    SearchIndex index() {
        return index;
    }

    Threads threads() {
        return threads;
    }

    /** The index's viewer for a store owner name. */
    static Viewer viewer(String ownerName) {
        return new Viewer(ownerName);
    }

    /** Queues a dream (new or changed) whose card is known (null = no codes yet) for the index. */
    void indexLater(StoredDream s, Card card) {
        IndexedDream d = indexed(s, card);
        synchronized (pending) {
            pending.put(s.id(), new Job(s.id(), 0, d, false));
        }
        schedule();
    }

    /**
     * Queues a dream just written for coding (unless a coding is stored by then, e.g. because its page was asked
     * for first) and then for the index, both on the background worker, so the writer need not wait for either.
     */
    void codeAndIndexLater(long owner, long id) {
        synchronized (pending) {
            pending.put(id, new Job(id, owner, null, false));
        }
        schedule();
    }

    /**
     * Codes (where needed) and indexes one queued dream now, on the caller's thread, ahead of the queue: its owner
     * asks for dreams like it, which needs it in the index, and should not wait for a whole backlog.
     */
    void indexNow(long owner, long id) {
        Job j;
        synchronized (pending) {
            j = pending.get(id);
            if (j == null || j.delete()) {
                return; // indexed already, being indexed by the worker, or being removed
            }
            pending.remove(id);
        }
        try {
            IndexedDream d = j.ready() != null ? j.ready()
                    : store.find(owner, id).map(s -> indexed(s, coder.apply(owner, s))).orElse(null);
            if (d != null) {
                index.upsertAll(List.of(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index dream " + id + ": " + e.getMessage(), e);
        } finally {
            generation.incrementAndGet();
        }
    }

    /** Queues those of {@code dreams} (all of one owner) that the index does not hold yet, e.g. after an import. */
    void indexMissing(String ownerName, List<StoredDream> dreams) {
        List<Long> ids = dreams.stream().map(StoredDream::id).toList();
        java.util.Set<Long> present = new java.util.HashSet<>();
        index.load(viewer(ownerName), ids).forEach(d -> present.add(d.dream().id()));
        for (StoredDream s : dreams) {
            if (!present.contains(s.id())) {
                indexLater(s, null);
            }
        }
    }

    /** Queues the removal of a dream from the index. */
    void deleteLater(long id) {
        synchronized (pending) {
            pending.put(id, new Job(id, 0, null, true));
        }
        schedule();
    }

    /** How many writes the search index does not reflect yet (coded and indexed in the background). */
    int backlog() {
        synchronized (pending) {
            return pending.size() + inFlight;
        }
    }

    /** The index generation: changes whenever the index may answer differently (see {@link SearchResultCache}). */
    long generation() {
        return generation.get();
    }

    /** Notes that a request is being answered now, so the background worker yields the CPU to requests. */
    void requestSeen() {
        lastRequestNanos = System.nanoTime();
    }

    /** Starts the worker unless it is already running or scheduled (one task at a time, never one per write). */
    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                indexer.execute(this::work);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                scheduled.set(false); // closing: the next start rebuilds what is missing
            }
        }
    }

    /**
     * The background worker: takes batches until the queue is empty. While requests are being answered it rests
     * after each batch so that it is busy at most {@link #busyShare} of the time: coding and embedding are far
     * dearer than answering, and a worker that ran flat out would take the CPU the answers need (the backlog is
     * then worked off once the burst is over).
     */
    private void work() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long t0 = System.nanoTime();
                if (!drainBatch(BATCH)) {
                    break;
                }
                long busy = System.nanoTime() - t0;
                // rest in short naps, and stop resting as soon as the requests stop
                long restUntil = System.nanoTime() + (long) (busy * (1 / busyShare - 1));
                while (System.nanoTime() < restUntil && System.nanoTime() - lastRequestNanos < BUSY_WINDOW_NANOS) {
                    Thread.sleep(20);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduled.set(false);
            boolean more;
            synchronized (pending) {
                more = !pending.isEmpty();
            }
            if (more && !Thread.currentThread().isInterrupted()) {
                schedule(); // a write came in between the last batch and the reset of the flag
            }
        }
    }

    /** Codes (where needed) and indexes up to {@code max} queued dreams; false when the queue was empty. */
    private boolean drainBatch(int max) {
        List<Job> batch = new ArrayList<>();
        synchronized (pending) {
            if (pending.isEmpty()) {
                return false;
            }
            var it = pending.values().iterator();
            while (it.hasNext() && batch.size() < max) {
                Job j = it.next();
                batch.add(j);
                it.remove();
            }
            inFlight = batch.size();
        }
        try {
            List<IndexedDream> upserts = new ArrayList<>();
            for (Job j : batch) {
                if (j.delete()) {
                    index.delete(j.id());
                } else if (j.ready() != null) {
                    upserts.add(j.ready());
                } else {
                    // written by its owner and not coded yet; gone when deleted meanwhile
                    store.find(j.owner(), j.id()).ifPresent(s -> upserts.add(indexed(s, coder.apply(j.owner(), s))));
                }
            }
            if (!upserts.isEmpty()) {
                index.upsertAll(upserts);
            }
        } catch (IOException | RuntimeException e) {
            // the store is the truth; the next start finds the index out of step and rebuilds it
            System.err.println("dreamloom serve: the search index missed " + batch.size() + " updates: " + e);
        } finally {
            // also after a failure: part of the batch may be in the index
            generation.incrementAndGet();
            synchronized (pending) {
                inFlight = 0;
            }
        }
        return true;
    }

    /** Waits until every queued update is in the index (tests, and the end of a bulk import). */
    void awaitIndexed() {
        try {
            indexer.submit(() -> {
                while (drainBatch(Integer.MAX_VALUE)) {
                    // until empty, without resting: the caller is waiting
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the indexer failed", e.getCause());
        }
    }

    /**
     * What the index holds of a stored dream and its card (null card = no codes yet): the library's own mapping
     * ({@link LibraryIndexer#toIndexed}), with the dreamer pseudonymised and the journal fields as labels.
     */
    IndexedDream indexed(StoredDream s, Card card) {
        var d = s.dream();
        StoredDream shown = new StoredDream(s.id(), s.owner(), s.visibility(), d.withDreamer(dreamerOf(s)),
                s.contentHash(), s.createdAt());
        return LibraryIndexer.toIndexed(shown, card, journalLabels(d));
    }

    /** The labels a web journal entry carries: lucidity (and lucid when it is 3 or more), mood and tags. */
    static Map<String, String> journalLabels(org.dreamloom.report.Dream d) {
        Map<String, String> labels = new LinkedHashMap<>();
        Integer lucidity = JournalFields.number(d, "lucidity");
        if (lucidity != null) {
            labels.put("lucidity", String.valueOf(lucidity));
            labels.put("lucid", String.valueOf(lucidity >= 3));
        }
        Integer mood = JournalFields.number(d, "mood");
        if (mood != null) {
            labels.put("mood", String.valueOf(mood));
        }
        String tags = d.metadata().getOrDefault("tags", "");
        for (String tag : tags.isEmpty() ? new String[0] : tags.split(",")) {
            String key = tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
            if (!key.isEmpty()) {
                labels.put("tag_" + key, "true");
            }
        }
        return labels;
    }

    /** The dreamer as indexed: a pseudonym for web accounts' own dreams, the archive's name otherwise. */
    String dreamerOf(StoredDream s) {
        String owner = s.owner();
        String dreamer = s.dream().dreamer();
        if (owner.startsWith(Accounts.OWNER_PREFIX)
                && (dreamer.isEmpty() || dreamer.equalsIgnoreCase(owner.substring(Accounts.OWNER_PREFIX.length())))) {
            return pseudonym(owner);
        }
        return dreamer;
    }

    String pseudonym(String owner) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            md.update(owner.getBytes(StandardCharsets.UTF_8));
            return "anon-" + HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Stops indexing without draining the queue (after a burst of writes it may hold minutes of embedding work;
     * the store is the truth and the next start rebuilds what is missing), then closes the index.
     */
    @Override
    public void close() {
        indexer.shutdownNow();
        try {
            indexer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
