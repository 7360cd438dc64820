package org.dreamloom.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.library.search.FacetCount;
import org.dreamloom.library.search.Hit;
import org.dreamloom.library.search.QuerySyntaxException;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.SearchResult;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.threads.DreamThread;
import org.dreamloom.library.threads.Reason;
import org.dreamloom.library.threads.SimilarDream;

/** The library: the dreams a viewer may see (their own and those others shared), filtered, with facet counts. */
final class LibraryController {
    private final DreamStore store;
    private final Services services;
    /** Recent search answers (the same query comes back often; the library changes seldom in between). */
    private final SearchAnswerCache<byte[]> answers;
    /** Searches computed afresh run a few at a time, in arrival order (cached answers need no turn). */
    private final SearchGate gate;

    LibraryController(DreamStore store, Services services, SearchGate gate) {
        this.store = store;
        this.services = services;
        this.gate = gate;
        this.answers = new SearchAnswerCache<>(answerCapacity(), services.search::generation, services::writes, 1_000);
    }

    /**
     * GET /api/search: words and filters in the search index's query language (that of the library's search), with
     * dreamer and series facet counts; with neither words nor filters, a browse of the dreams the viewer may see.
     */
    Object search(Request r) {
        String q = r.query("q");
        int limit = r.queryInt("limit", 20, 1, 200);
        int offset = r.queryInt("offset", 0, 0, 100_000);
        String mode = Request.oneOf("mode", r.query("mode"), "hybrid", "lexical", "semantic", "hybrid");
        String full = withFilters(q, r);
        if (full.isBlank()) {
            return browse(r, limit, offset);
        }
        Viewer viewer = Search.viewer(r.ownerName());
        SearchRequest request = new SearchRequest(full, SearchMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)),
                limit, offset);
        byte[] answer;
        try {
            answer = answers.get(SearchAnswerCache.key(viewer.userId(), full, mode, limit, offset),
                    () -> gate.run(() -> Json.write(answer(r, viewer, request, full)).getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalStateException e) {
            throw new ApiError(409, e.getMessage());
        }
        // new dreams are coded and indexed in the background: say how many the results may miss (the one field
        // that changes between cached answers, so it is added to the cached JSON object as its last member)
        return new WebServer.RawJson(withLastMember(answer, "\"pending\":" + services.search.backlog()));
    }

    /** A JSON object's bytes with one more member before its closing brace. */
    static byte[] withLastMember(byte[] object, String member) {
        int end = object.length - 1;
        if (end < 1 || object[end] != '}') {
            throw new IllegalArgumentException("not a JSON object");
        }
        byte[] extra = ((end > 1 ? "," : "") + member + "}").getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(object, end + extra.length);
        System.arraycopy(extra, 0, out, end, extra.length);
        return out;
    }

    /**
     * How many search answers to keep: system property {@code dreamloom.web.searchAnswers}, 1,024 by default; 0
     * turns the cache off (to measure what an uncached search costs).
     */
    static int answerCapacity() {
        String v = System.getProperty("dreamloom.web.searchAnswers", "1024");
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("dreamloom.web.searchAnswers must be a whole number >= 0, not '" + v + "'");
    }

    /** The search answer computed afresh: the index's hits, filtered through the store, with facets. */
    private Map<String, Object> answer(Request r, Viewer viewer, SearchRequest request, String full) {
        SearchResult result;
        try {
            result = services.search.index().search(viewer, request);
        } catch (QuerySyntaxException e) {
            // the parser's message already starts with "cannot read the query '...'": said once is enough
            String m = String.valueOf(e.getMessage());
            throw ApiError.badRequest(m.startsWith("cannot read the query") ? m : "cannot read the query: " + m);
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        // the store has the last word on what the viewer may see (the index may lag a write behind)
        Map<Long, StoredDream> rows = store.findAll(r.owner(), result.hits().stream().map(Hit::id).toList());
        for (Hit h : result.hits()) {
            StoredDream s = rows.get(h.id());
            if (s != null) {
                Map<String, Object> m = hit(r, s);
                m.put("snippet", h.snippet());
                m.put("score", Math.round(h.score() * 1000) / 1000.0);
                hits.add(m);
            }
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("dreamer", counts(result.facets().dreamers()));
        facets.put("series", counts(result.facets().series()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", full);
        m.put("mode", result.mode().name().toLowerCase(java.util.Locale.ROOT));
        m.put("total", result.total());
        m.put("wordMatches", result.wordMatches()); // hybrid: how many of the total the facets count
        m.put("hits", hits);
        m.put("facets", facets);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Long> counts(List<FacetCount> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (FacetCount c : counts) {
            out.put(c.value().isEmpty() ? "(none)" : c.value(), c.matching());
        }
        return out;
    }

    /** The words plus the form's filters, written in the query language. */
    static String withFilters(String q, Request r) {
        StringBuilder b = new StringBuilder(q);
        String dreamer = r.query("dreamer");
        String series = r.query("series");
        String from = JournalController.date(r, "from");
        String to = JournalController.date(r, "to");
        JournalController.checkRange(from, to);
        if (!dreamer.isEmpty()) {
            b.append(" dreamer:\"").append(dreamer.replace("\"", "")).append('"');
        }
        if (!series.isEmpty()) {
            b.append(" series:\"").append(series.replace("\"", "")).append('"');
        }
        if (!from.isEmpty() || !to.isEmpty()) {
            b.append(" date:[").append(from.isEmpty() ? "0001" : from).append(" TO ").append(to.isEmpty() ? "9999" : to)
                    .append(']');
        }
        return b.toString().strip();
    }

    private Object browse(Request r, int limit, int offset) {
        List<StoredDream> all = store.list(r.owner(), DreamQuery.all());
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (StoredDream s : all) {
            count(facets, "series", s.dream().series().isEmpty() ? "(none)" : s.dream().series());
            count(facets, "year", s.dream().date().length() >= 4 ? s.dream().date().substring(0, 4) : "undated");
            count(facets, "owner", isOwn(r, s) ? "mine" : "shared by others");
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        for (StoredDream s : all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()))) {
            hits.add(hit(r, s));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", "");
        m.put("total", all.size());
        m.put("hits", hits);
        m.put("facets", facets);
        return m;
    }

    private static boolean isOwn(Request r, StoredDream s) {
        return s.owner().equals(r.ownerName());
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

    /** GET /api/dreams/{id}/similar: linked dreams with their reasons, and the threads through the dream. */
    private record Linked(List<SimilarDream> similar, DreamThread thread) {
    }

    Object similar(Request r) {
        long id = r.idParam("id");
        int limit = r.queryInt("limit", 6, 1, 50);
        store.find(r.owner(), id).orElseThrow(() -> ApiError.notFound("no dream " + id + " that you may see"));
        Viewer viewer = Search.viewer(r.ownerName());
        List<SimilarDream> similar;
        DreamThread thread;
        try {
            if (services.search.index().get(viewer, id).isEmpty()) {
                services.search.indexNow(r.owner(), id); // written a moment ago: index it ahead of the queue
                if (services.search.index().get(viewer, id).isEmpty()) {
                    services.search.awaitIndexed(); // the worker had it in hand: let it finish
                }
            }
            // the linking itself is search work: it takes a turn at the gate like a search (the wait above does not)
            Linked linked = gate.run(() -> new Linked(services.search.threads().similar(viewer, id, limit),
                    services.search.threads().thread(viewer, id, limit)));
            similar = linked.similar();
            thread = linked.thread();
        } catch (java.util.NoSuchElementException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("available", false);
            m.put("note", "this dream is not in the search index yet; try again in a moment");
            m.put("similar", List.of());
            return m;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", true);
        m.put("similar", linked(r, similar));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("theme", thread.theme() == null ? null : thread.theme().label());
        t.put("earlier", linked(r, thread.earlier()));
        t.put("later", linked(r, thread.later()));
        t.put("others", linked(r, thread.others()));
        m.put("thread", t);
        return m;
    }

    private List<Map<String, Object>> linked(Request r, List<SimilarDream> dreams) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SimilarDream d : dreams) {
            store.find(r.owner(), d.id()).ifPresent(s -> {
                Map<String, Object> m = hit(r, s);
                m.put("score", Math.round(d.score() * 100) / 100.0);
                List<String> reasons = new ArrayList<>();
                for (Reason reason : d.reasons()) {
                    reasons.add(reason.detail());
                }
                m.put("reasons", reasons);
                out.add(m);
            });
        }
        return out;
    }
}
