package org.dreamloom.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;

/** The library: the dreams a viewer may see (their own and those others shared), filtered, with facet counts. */
final class LibraryController {
    private final DreamStore store;
    private final Services services;

    LibraryController(DreamStore store, Services services) {
        this.store = store;
        this.services = services;
    }

    /** GET /api/search. */
    Object search(Request r) {
        String q = r.query("q");
        if (!q.isEmpty()) {
            throw new ApiError(501, "word search needs the search index, which this build does not have yet; "
                    + "use the filters (dreamer, series, from, to)");
        }
        int limit = r.queryInt("limit", 50, 1, 200);
        int offset = r.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        DreamQuery filter = new DreamQuery(r.query("dreamer"), r.query("series"), JournalController.date(r, "from"),
                JournalController.date(r, "to"), 0, 0);
        List<StoredDream> all = store.list(r.owner(), filter);
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (StoredDream s : all) {
            boolean own = isOwn(r, s);
            count(facets, "series", s.dream().series().isEmpty() ? "(none)" : s.dream().series());
            count(facets, "year", s.dream().date().length() >= 4 ? s.dream().date().substring(0, 4) : "undated");
            count(facets, "owner", own ? "mine" : "shared by others");
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        for (StoredDream s : all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()))) {
            hits.add(hit(r, s));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("total", all.size());
        m.put("hits", hits);
        m.put("facets", facets);
        return m;
    }

    private static boolean isOwn(Request r, StoredDream s) {
        return s.owner().equals("web:" + r.session().account().username());
    }

    /** A hit as the list shows it; other people's dreams lose their dreamer's name. */
    Map<String, Object> hit(Request r, StoredDream s) {
        Map<String, Object> m = JournalController.summary(s);
        boolean own = isOwn(r, s);
        m.put("own", own);
        if (own) {
            m.put("dreamer", s.dream().dreamer());
        }
        m.put("series", s.dream().series());
        return m;
    }

    private static void count(Map<String, Map<String, Integer>> facets, String facet, String value) {
        facets.computeIfAbsent(facet, k -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    /** GET /api/dreams/{id}/similar. */
    Object similar(Request r) {
        long id = r.idParam("id");
        store.find(r.owner(), id).orElseThrow(() -> ApiError.notFound("no dream " + id + " that you may see"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", false);
        m.put("note", "similar dreams and threads need the search index, which this build does not have yet");
        m.put("similar", List.of());
        m.put("threads", List.of());
        return m;
    }
}
