package org.dreamloom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dreamloom.coding.Card;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.search.IndexStatus;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.Viewer;
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
    private final Map<Long, IndexedDream> pending = new LinkedHashMap<>();

    private Search(DreamStore store, SearchIndex index, byte[] salt) {
        this.store = store;
        this.index = index;
        this.threads = new Threads(index);
        this.salt = salt;
    }

    /**
     * Opens the index in {@code dir} (in memory when null), with its pseudonym salt beside it, and rebuilds it when it
     * does not hold exactly the store's dreams.
     */
    static Search open(DreamStore store, Path dir, Embedder embedder) {
        try {
            SearchIndex index = dir == null ? SearchIndex.inMemory(embedder) : SearchIndex.open(dir, embedder);
            Search s = new Search(store, index, salt(dir));
            s.sync();
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

    /** {@link #sync()} for callers outside: rebuilds when the index and the store disagree. */
    void resync() {
        try {
            sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    /** Rebuilds the index from the store when their contents differ (count, ids, fingerprint or embedder). */
    private synchronized void sync() throws IOException {
        Map<Long, Card> cards = store.latestCardsForIndex();
        List<IndexedDream> all = new ArrayList<>();
        store.forEachForIndex(s -> all.add(indexed(s, cards.get(s.id()))));
        if (!index.status().consistentWith(IndexStatus.expected(all, index.embedder().id()))) {
            index.rebuild(all);
        }
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

    /** Queues a dream (new or changed) for the index. */
    void indexLater(StoredDream s, Card card) {
        IndexedDream d = indexed(s, card);
        synchronized (pending) {
            pending.put(s.id(), d);
        }
        indexer.submit(this::drain);
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
            pending.put(id, null);
        }
        indexer.submit(this::drain);
    }

    private void drain() {
        Map<Long, IndexedDream> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        try {
            List<IndexedDream> upserts = new ArrayList<>();
            for (Map.Entry<Long, IndexedDream> e : batch.entrySet()) {
                if (e.getValue() == null) {
                    index.delete(e.getKey());
                } else {
                    upserts.add(e.getValue());
                }
            }
            if (!upserts.isEmpty()) {
                index.upsertAll(upserts);
            }
        } catch (IOException | RuntimeException e) {
            // the store is the truth; the next start finds the index out of step and rebuilds it
            System.err.println("dreamloom serve: the search index missed " + batch.size() + " updates: " + e);
        }
    }

    /** Waits until every queued update is in the index (tests, and the end of a bulk import). */
    void awaitIndexed() {
        try {
            indexer.submit(this::drain).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the indexer failed", e.getCause());
        }
    }

    /** What the index holds of a stored dream and its card (null card = no codes yet). */
    IndexedDream indexed(StoredDream s, Card card) {
        var d = s.dream();
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
        return new IndexedDream(s.id(), s.owner(), s.visibility(), dreamerOf(s), d.series(),
                date(d.date()), d.metadata().getOrDefault("sex", ""), d.text(),
                card == null ? Map.of() : IndexedDream.codesOf(card), labels);
    }

    /** The dreamer as indexed: a pseudonym for web accounts' own dreams, the archive's name otherwise. */
    String dreamerOf(StoredDream s) {
        String owner = s.owner();
        String dreamer = s.dream().dreamer();
        if (owner.startsWith("web:") && (dreamer.isEmpty() || dreamer.equalsIgnoreCase(owner.substring(4)))) {
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

    private static LocalDate date(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
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
