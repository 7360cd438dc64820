package org.dreamloom.library;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.labels.DreamLabel;
import org.dreamloom.coding.labels.DreamLabeler;
import org.dreamloom.library.search.IndexStatus;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredCoding;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.nlp.TextAnalyzer;

/**
 * Feeds the search index from the store, the library's source of truth: maps each stored dream, the codes of
 * its latest coding and its dream labels (nightmare, lucid) to an {@link IndexedDream}, rebuilds the index, and
 * tells whether an index is stale by comparing its {@link IndexStatus} with the one the store's rows imply.
 *
 * <p>Labels need the text analysed, which costs about as much as indexing; when checking freshness, the labels
 * of a dream whose text the index already holds unchanged are taken from the index, so only new or changed
 * dreams are analysed.
 */
public final class LibraryIndexer {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final DreamStore store;
    private final long viewer;
    private final Function<String, Map<String, String>> labeller;

    /**
     * An indexer over what {@code viewer} (an owner id of {@code store}) may see.
     *
     * @param labeller the labels of a report text (see {@link #standardLabels(String)})
     */
    public LibraryIndexer(DreamStore store, long viewer, Function<String, Map<String, String>> labeller) {
        this.store = store;
        this.viewer = viewer;
        this.labeller = labeller;
    }

    /** An indexer whose labels come from {@link DreamLabeler}. */
    public static LibraryIndexer standard(DreamStore store, long viewer) {
        return new LibraryIndexer(store, viewer, LibraryIndexer::standardLabels);
    }

    /** The dream labels of {@code text} as index labels: {@code nightmare} and {@code lucid}, "true" or "false". */
    public static Map<String, String> standardLabels(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return out;
        }
        for (DreamLabel l : new DreamLabeler().labels(TextAnalyzer.shared().analyze(text)).all()) {
            out.put(l.name(), Boolean.toString(l.value()));
        }
        return out;
    }

    /** Every dream the viewer may see, as the index should hold it; labels computed afresh. */
    public List<IndexedDream> dreams() {
        return dreams(Map.of());
    }

    /**
     * Every dream the viewer may see, as the index should hold it, in id order. A dream in {@code known} (the
     * index's copy, by id) with the same text keeps the labels it has there.
     */
    public List<IndexedDream> dreams(Map<Long, IndexedDream> known) {
        return dreams(store.list(viewer, DreamQuery.all()), known);
    }

    private List<IndexedDream> dreams(List<StoredDream> stored, Map<Long, IndexedDream> known) {
        Map<Long, List<StoredCoding>> codings = store.codingsOfVisible(viewer);
        List<IndexedDream> out = new ArrayList<>();
        for (StoredDream d : stored) {
            Card latest = latest(codings.getOrDefault(d.id(), List.of()));
            IndexedDream old = known.get(d.id());
            Map<String, String> labels = old != null && old.text().equals(d.dream().text()) ? old.labels()
                    : labeller.apply(d.dream().text());
            out.add(toIndexed(d, latest, labels));
        }
        return out;
    }

    /**
     * The card whose codes the index shows: the latest automatic coding, else the latest human one, else null.
     * Automatic codings come first because they carry evidence and cover every dream alike.
     */
    static Card latest(List<StoredCoding> codings) {
        StoredCoding auto = null;
        StoredCoding human = null;
        for (StoredCoding c : codings) { // oldest first
            if (c.coderVersion().equals(DreamStore.HUMAN_CODER)) {
                human = c;
            } else {
                auto = c;
            }
        }
        StoredCoding chosen = auto != null ? auto : human;
        return chosen == null ? null : chosen.card();
    }

    /** One stored dream as the index holds it. */
    public static IndexedDream toIndexed(StoredDream d, Card card, Map<String, String> labels) {
        var dream = d.dream();
        return new IndexedDream(d.id(), d.owner(), d.visibility(), dream.dreamer(), dream.series(),
                date(dream.date()), dream.metadata().getOrDefault("sex", ""), dream.text(),
                card == null ? Map.of() : IndexedDream.codesOf(card), labels);
    }

    /** The day in a stored date (ISO, possibly with more around it), or null when it has no full date. */
    static LocalDate date(String text) {
        Matcher m = ISO_DAY.matcher(text == null ? "" : text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Rebuilds {@code index} from the store; {@code progress} receives the running count. Returns the count. */
    public int rebuild(SearchIndex index, IntConsumer progress) throws IOException {
        List<IndexedDream> all = dreams();
        index.rebuild(all, progress);
        return all.size();
    }

    /** What {@link #refresh} did. */
    public enum Outcome { FRESH, UPDATED, REBUILT }

    /**
     * The result of a refresh.
     *
     * @param outcome  nothing to do, some dreams re-indexed, or the whole index rebuilt
     * @param dreams   the dreams (re-)indexed
     */
    public record Refresh(Outcome outcome, int dreams) {
    }

    /** Whether {@code index} holds exactly what the store implies for {@code indexViewer} (the same user). */
    public boolean isFresh(SearchIndex index, Viewer indexViewer) throws IOException {
        List<StoredDream> stored = store.list(viewer, DreamQuery.all());
        return index.status().consistentWith(IndexStatus.expected(dreams(stored, known(index, indexViewer, stored)),
                index.embedder().id()));
    }

    /**
     * Brings {@code index} in line with the store: nothing when it is fresh; the new and changed dreams only when
     * they are few (a rebuild re-embeds every report); otherwise, or when dreams were removed or the embedder
     * changed, a full rebuild.
     */
    public Refresh refresh(SearchIndex index, Viewer indexViewer, IntConsumer progress) throws IOException {
        IndexStatus now = index.status();
        List<StoredDream> stored = store.list(viewer, DreamQuery.all());
        Map<Long, IndexedDream> known = known(index, indexViewer, stored);
        List<IndexedDream> expected = dreams(stored, known);
        IndexStatus want = IndexStatus.expected(expected, index.embedder().id());
        if (now.consistentWith(want)) {
            return new Refresh(Outcome.FRESH, 0);
        }
        List<IndexedDream> changed = new ArrayList<>();
        for (IndexedDream d : expected) {
            IndexedDream old = known.get(d.id());
            if (old == null || IndexStatus.hash(old) != IndexStatus.hash(d)) {
                changed.add(d);
            }
        }
        boolean sameModel = now.embedder().equals(want.embedder());
        if (sameModel && now.count() > 0 && changed.size() * 4 <= expected.size()) {
            index.upsertAll(changed);
            progress.accept(changed.size());
            if (index.status().consistentWith(want)) {
                return new Refresh(Outcome.UPDATED, changed.size());
            }
        }
        index.rebuild(expected, progress);
        return new Refresh(Outcome.REBUILT, expected.size());
    }

    /** The index's copies of the store's dreams, by id (empty for an empty index). */
    private static Map<Long, IndexedDream> known(SearchIndex index, Viewer indexViewer, List<StoredDream> stored)
            throws IOException {
        Map<Long, IndexedDream> known = new HashMap<>();
        if (index.status().count() > 0) {
            List<Long> ids = stored.stream().map(StoredDream::id).toList();
            index.load(indexViewer, ids).forEach(s -> known.put(s.dream().id(), s.dream()));
        }
        return known;
    }
}
