package org.dreamloom.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.emotions.EmotionTrajectory;
import org.dreamloom.coding.labels.DreamLabeler;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;

/** The journal: write, read, edit and delete one's own dreams, and list them by night. */
final class JournalController {
    private final DreamStore store;
    private final Services services;

    JournalController(DreamStore store, Services services) {
        this.store = store;
        this.services = services;
    }

    /** GET /api/dreams: the viewer's own dreams (never anyone else's), grouped by night, newest night first. */
    Object list(Request r) {
        String from = date(r, "from");
        String to = date(r, "to");
        checkRange(from, to);
        int limit = r.queryInt("limit", 500, 1, 1000);
        int offset = r.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        List<StoredDream> dreams = store.listOwned(r.owner(), new DreamQuery("", "", from, to, limit, offset));
        TreeMap<String, List<Map<String, Object>>> nights = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (StoredDream s : dreams) {
            String night = s.dream().date().isEmpty() ? "undated" : s.dream().date();
            nights.computeIfAbsent(night, k -> new ArrayList<>()).add(summary(s));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        nights.forEach((night, ds) -> out.add(Map.of("night", night, "dreams", ds)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", dreams.size());
        m.put("nights", out);
        return m;
    }

    static String date(Request r, String name) {
        String v = r.query(name);
        if (!v.isEmpty() && !DreamQuery.isDateBound(v)) {
            throw ApiError.badRequest("query parameter '" + name + "' must be a real date like 2024-03-05 (or 2024-03, "
                    + "2024), not '" + Request.clip(v) + "'");
        }
        return v;
    }

    /** Refuses a date range that ends before it starts ({@code to} covers its whole month or year). */
    static void checkRange(String from, String to) {
        if (DreamQuery.endsBeforeItStarts(from, to)) {
            throw ApiError.badRequest("query parameter 'from' (" + from + ") is after 'to' (" + to + "); swap them");
        }
    }

    static Map<String, Object> summary(StoredDream s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.dream().title());
        m.put("date", s.dream().date());
        String text = s.dream().text();
        m.put("excerpt", text.length() > 180 ? text.substring(0, 180).strip() + "…" : text);
        m.put("words", DreamPage.words(text));
        m.put("visibility", s.visibility().db());
        m.putAll(JournalFields.read(s.dream()));
        return m;
    }

    /**
     * POST /api/dreams: stores the dream and answers at once; 409 when the same text is already there. Coding and
     * indexing happen in the background (they cost far more than the write): the answer has {@code "coding":
     * "pending"} and no codes, and the dream's page ({@code GET /api/dreams/{id}}) codes it on the spot if asked
     * before the background worker got to it.
     */
    Object create(Request r) {
        JournalFields.Entry e = JournalFields.parse(r, r.session().account().username());
        OptionalLong id = services.saves.add(r.owner(), e.dream(), e.visibility());
        if (id.isEmpty()) {
            throw new ApiError(409, "you already have a dream with exactly this text; edit that one instead");
        }
        // the dream as just stored, without reading it back: one trip to the store (a single lock) per save
        StoredDream s = new StoredDream(id.getAsLong(), r.ownerName(), e.visibility(),
                e.dream(), e.dream().contentHash(), java.time.Instant.now().toString());
        services.search.codeAndIndexLater(r.owner(), s.id());
        Card none = Card.empty(s.dream().series(), String.valueOf(s.id()), s.dream().text());
        Map<String, Object> page = new LinkedHashMap<>(DreamPage.of(s, none, true, false, null));
        page.put("coding", "pending");
        return new WebServer.Created(page);
    }

    /** GET /api/dreams/{id}: the dream page of a dream the viewer may see (own, or shared and anonymised). */
    Object show(Request r) {
        long id = r.idParam("id");
        StoredDream s = store.find(r.owner(), id).orElseThrow(() -> ApiError.notFound("no dream " + id + " that you may see"));
        boolean own = store.owns(r.owner(), id);
        Card card = services.cardFor(r.owner(), s);
        return page(s, card, own);
    }

    /** PUT /api/dreams/{id}: replaces one of the viewer's own dreams and codes it again. */
    Object update(Request r) {
        long id = r.idParam("id");
        JournalFields.Entry e = JournalFields.parse(r, r.session().account().username());
        switch (store.updateDream(r.owner(), id, e.dream(), e.visibility())) {
            case NOT_FOUND -> throw ApiError.notFound("no dream " + id + " of yours");
            case DUPLICATE -> throw new ApiError(409, "another of your dreams has exactly this text");
            default -> {
            }
        }
        StoredDream s = store.find(r.owner(), id).orElseThrow();
        Card card = services.codeAndStore(r.owner(), s);
        return page(s, card, true);
    }

    /**
     * The dream page with what needs the analysed text: the emotions sentence by sentence (from the same cues as
     * the emotion coder) and the nightmare and lucid labels with their evidence. The text is analysed once for both.
     */
    private static Map<String, Object> page(StoredDream s, Card card, boolean own) {
        Document doc = TextAnalyzer.shared().analyze(s.dream().text());
        Map<String, Object> page = new LinkedHashMap<>(DreamPage.of(s, card, own, !own, EmotionTrajectory.of(doc)));
        page.put("labels", DreamPage.labels(new DreamLabeler().labels(doc), s.dream().text()));
        return page;
    }

    /** DELETE /api/dreams/{id}. */
    Object delete(Request r) {
        long id = r.idParam("id");
        if (!store.deleteDream(r.owner(), id)) {
            throw ApiError.notFound("no dream " + id + " of yours");
        }
        services.search.deleteLater(id);
        return null;
    }
}
