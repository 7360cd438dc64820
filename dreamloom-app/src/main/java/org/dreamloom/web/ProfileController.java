package org.dreamloom.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.Comparisons;
import org.dreamloom.norms.Norms;
import org.dreamloom.norms.Profile;
import org.dreamloom.norms.SampleKind;

/** The dreamer's profile: indicators against the norms, trends by month, recurring themes, kindred dreams. */
final class ProfileController {
    private static final Set<String> STOP = Set.of(("a an and the i me my we us our you your he him his she her it its "
            + "they them their was were is are be been being am to of in on at by for with from into onto out up down "
            + "over under then than that this these those there here what which who whom when where why how all any "
            + "some no not nor so very just had has have having do did does done would could should can will shall may "
            + "might must as or but if because while about again after before through during like also only own same "
            + "too s t don didn wasn couldn went got get one two back off around something someone felt feel seemed "
            + "dream dreamed dreamt remember know think thought saw see said say told").split(" "));

    private final DreamStore store;
    private final Services services;
    private final SearchGate gate;

    ProfileController(DreamStore store, Services services, SearchGate gate) {
        this.store = store;
        this.services = services;
        this.gate = gate;
    }

    /**
     * GET /api/profile. Coding every own dream that has no stored card yet and comparing hundreds of cards with the
     * norms is CPU work like a search, so it takes a turn at the search gate (the checks of the request come first:
     * a bad parameter is answered 400 without waiting).
     */
    Object profile(Request r) {
        Norms.Sex sex = r.query("norms").isEmpty() ? Norms.Sex.FEMALE : Norms.Sex.parse(r.query("norms"));
        if (sex == null) {
            throw ApiError.badRequest("'norms' must be female or male");
        }
        String series = r.query("series");
        return gate.run(() -> profile(r, sex, series));
    }

    /** The name the page and {@code GET /api/corpora} give the dreams of no series: the ones written in the journal. */
    static final String JOURNAL_SERIES = "(journal)";

    /**
     * The profile of the viewer's own dreams, or of one series of them ({@code series} non-empty: a researcher
     * comparing one corpus with the norms; {@link #JOURNAL_SERIES} for the dreams of no series).
     */
    private Map<String, Object> profile(Request r, Norms.Sex sex, String series) {
        List<StoredDream> all = store.listOwned(r.owner(), DreamQuery.all());
        TreeMap<String, Integer> seriesSizes = new TreeMap<>();
        List<StoredDream> own = new ArrayList<>();
        Set<String> dreamers = new HashSet<>();
        for (StoredDream s : all) {
            String name = seriesName(s);
            seriesSizes.merge(name, 1, Integer::sum);
            if (series.isEmpty() || series.equals(name)) {
                own.add(s);
                dreamers.add(s.dream().dreamer());
            }
        }
        if (!series.isEmpty() && !seriesSizes.containsKey(series)) {
            throw ApiError.notFound("you have no series '" + series + "'; GET /api/corpora lists yours");
        }
        List<Card> cards = new ArrayList<>();
        for (StoredDream s : own) {
            cards.add(services.cardFor(r.owner(), s));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dreams", own.size());
        m.put("series", series);
        List<Map<String, Object>> choices = new ArrayList<>();
        seriesSizes.forEach((name, n) -> choices.add(Map.of("series", name, "dreams", n)));
        m.put("allSeries", choices);
        String label = series.isEmpty() ? "your dreams" : "series " + series;
        // one dreamer's series has the person's recommended sample size; several dreamers' the group's
        SampleKind kind = dreamers.size() > 1 ? SampleKind.GROUP : SampleKind.PERSON;
        m.put("indicators", indicators(cards, sex, label, kind));
        m.put("trends", trends(own));
        m.put("themes", themes(own, cards));
        return m;
    }

    /** Cohen's h of each indicator against the published norms of {@code sex}, with the readings and warnings. */
    private static Map<String, Object> indicators(List<Card> cards, Norms.Sex sex, String label, SampleKind kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("norms", sex.key());
        if (cards.isEmpty()) {
            m.put("available", false);
            m.put("note", "write a few dreams first: the profile compares them with the norms");
            return m;
        }
        Comparison c = new Comparisons().compare(Profile.of(label, cards, kind), Norms.profile(sex));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comparison.Row row : c.indicators()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", row.name());
            r.put("value", row.value());
            r.put("reference", row.reference());
            r.put("h", row.h());
            r.put("p", row.p());
            r.put("pAdjusted", row.pAdjusted());
            r.put("reading", row.reading());
            rows.add(r);
        }
        m.put("available", rows.stream().anyMatch(r -> r.get("h") != null));
        m.put("reference", c.referenceLabel());
        m.put("values", rows);
        m.put("warnings", c.warnings());
        if (!(Boolean) m.get("available")) {
            m.put("note", "no indicator can be computed yet: the coder found too little in your dreams");
        }
        return m;
    }

    /** The series a dream is listed under on the profile and corpora pages: its own, or {@link #JOURNAL_SERIES}. */
    static String seriesName(StoredDream s) {
        return s.dream().series().isEmpty() ? JOURNAL_SERIES : s.dream().series();
    }

    /** Per month: dreams, and the mean mood, lucidity and sleep quality where given. */
    static List<Map<String, Object>> trends(List<StoredDream> dreams) {
        TreeMap<String, double[]> months = new TreeMap<>();
        for (StoredDream s : dreams) {
            String date = s.dream().date();
            String month = date.matches("\\d{4}-\\d{2}.*") ? date.substring(0, 7) : s.createdAt().substring(0, 7);
            double[] a = months.computeIfAbsent(month, k -> new double[7]);
            a[0]++;
            add(a, 1, JournalFields.number(s.dream(), "mood"));
            add(a, 3, JournalFields.number(s.dream(), "lucidity"));
            add(a, 5, JournalFields.number(s.dream(), "sleep_quality"));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        months.forEach((month, a) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month);
            row.put("dreams", (int) a[0]);
            row.put("mood", a[2] == 0 ? null : round(a[1] / a[2]));
            row.put("lucidity", a[4] == 0 ? null : round(a[3] / a[4]));
            row.put("sleepQuality", a[6] == 0 ? null : round(a[5] / a[6]));
            out.add(row);
        });
        return out;
    }

    private static void add(double[] a, int i, Integer v) {
        if (v != null) {
            a[i] += v;
            a[i + 1]++;
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** What comes back: codes, tags and words that appear in more than one dream, most dreams first. */
    static Map<String, Object> themes(List<StoredDream> dreams, List<Card> cards) {
        Map<String, Integer> codes = new HashMap<>();
        for (Card c : cards) {
            Set<String> seen = new HashSet<>();
            for (Category cat : List.of(Category.CHARACTERS, Category.SETTINGS, Category.EMOTIONS, Category.AGGRESSION,
                    Category.FRIENDLINESS, Category.SEXUALITY, Category.MISFORTUNE, Category.GOOD_FORTUNE)) {
                for (String code : c.codes(cat)) {
                    seen.add(cat.key() + " " + code);
                }
            }
            seen.forEach(k -> codes.merge(k, 1, Integer::sum));
        }
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (StoredDream s : dreams) {
            String t = s.dream().metadata().getOrDefault("tags", "");
            if (!t.isEmpty()) {
                new HashSet<>(List.of(t.split(","))).forEach(tag -> tags.merge(tag, 1, Integer::sum));
            }
            contentWords(s.dream().text()).forEach(w -> words.merge(w, 1, Integer::sum));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codes", top(codes, 12));
        m.put("tags", top(tags, 12));
        m.put("words", top(words, 15));
        return m;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            String word = w.replaceAll("^'+|'+$", "");
            if (word.length() >= 3 && !STOP.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    private static List<Map<String, Object>> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> Map.<String, Object>of("name", e.getKey(), "dreams", e.getValue())).toList();
    }

    /**
     * GET /api/kindred: dreams other people shared whose words overlap most with the viewer's own dreams, without
     * their dreamer, owner or source. Comparing with up to 2,000 shared dreams is CPU work like a search, so it
     * takes a turn at the search gate.
     */
    Object kindred(Request r) {
        int limit = r.queryInt("limit", 8, 1, 50);
        return gate.run(() -> kindred(r, limit));
    }

    private Map<String, Object> kindred(Request r, int limit) {
        List<StoredDream> own = store.listOwned(r.owner(), DreamQuery.all());
        List<Set<String>> mine = new ArrayList<>();
        for (StoredDream s : own) {
            mine.add(contentWords(s.dream().text()));
        }
        record Scored(StoredDream dream, double score, List<String> shared) {
        }
        KindredMatcher matcher = new KindredMatcher(mine);
        List<Scored> scored = new ArrayList<>();
        for (StoredDream other : store.sharedByOthers(r.owner(), 2000)) {
            KindredMatcher.Match m = matcher.best(contentWords(other.dream().text()));
            if (m.score() > 0) {
                scored.add(new Scored(other, m.score(), m.shared().stream().limit(8).toList()));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.dream().id());
            String text = s.dream().dream().text();
            m.put("excerpt", text.length() > 220 ? text.substring(0, 220).strip() + "…" : text);
            m.put("score", round(s.score()));
            m.put("sharedWords", s.shared());
            out.add(m);
        }
        return Map.of("kindred", out);
    }
}
