package org.dreamloom.library.threads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.library.embed.Vectors;
import org.dreamloom.library.search.Hit;
import org.dreamloom.library.search.Neighbour;
import org.dreamloom.library.search.QuerySyntaxException;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.StoredDream;
import org.dreamloom.library.search.Viewer;

/**
 * Links between dreams: similar dreams with reasons, a dreamer's recurring themes, and the threads through
 * one dream. Everything is read through {@link SearchIndex} on behalf of a {@link Viewer}, so other users'
 * private dreams never take part. Thread-safe.
 */
public final class Threads {
    /** Weights of the link score: meaning, shared symbols, characters, emotions. */
    static final double W_MEANING = 0.55;
    static final double W_SYMBOL = 0.25;
    static final double W_CHARACTER = 0.10;
    static final double W_EMOTION = 0.10;
    private static final int CANDIDATES = 50;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> STOP = Set.of(("the and was were that this with for but not had have has him her "
            + "his she they them their there then than what when where which while who whom would could should "
            + "about into onto from over under again also just very some any all each other one two out off down "
            + "back like did does doing done been being are its it's i'm didn't don't couldn't wasn't can get got "
            + "going went go come came saw see seen look looked looking know knew think thought said say says "
            + "tell told want wanted try tried make made take took way around still something someone somebody "
            + "anything everything nothing thing things time ever even much many more most only our ours your "
            + "you yours myself himself herself itself me my mine we us he lot really kind sort seemed seems "
            + "felt feel feeling started start began begin kept keep let put away after before because dream "
            + "dreams dreamt dreamed dreaming remember recall").split(" "));

    private final SearchIndex index;

    public Threads(SearchIndex index) {
        this.index = index;
    }

    /**
     * Dreams linked to dream {@code id}, strongest first, at most {@code limit}.
     *
     * @throws NoSuchElementException when there is no such dream the viewer may see (the same message either way)
     */
    public List<SimilarDream> similar(Viewer viewer, long id, int limit) {
        StoredDream source = visible(viewer, id);
        if (source.vector() == null) {
            return List.of();
        }
        Set<Long> candidates = new LinkedHashSet<>();
        for (Neighbour n : index.nearest(viewer, source.vector(), CANDIDATES, id)) {
            candidates.add(n.id());
        }
        candidates.addAll(lexicalCandidates(viewer, source));
        candidates.remove(id);
        return rank(source, index.load(viewer, candidates), limit);
    }

    /** Dreams that share the source's symbol and character words, found by word search (privacy applies). */
    private List<Long> lexicalCandidates(Viewer viewer, StoredDream source) {
        DreamLexicon.Features f = DreamLexicon.features(source.dream().text(), source.dream().codes());
        Set<String> words = new TreeSet<>();
        f.symbols().values().forEach(words::addAll);
        f.characters().values().forEach(words::addAll);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder q = new StringBuilder();
        for (String w : words) {
            q.append(q.length() == 0 ? "" : " OR ").append('"').append(w.replace("\"", "")).append('"');
        }
        try {
            return index.search(viewer, new SearchRequest(q.toString(), SearchMode.LEXICAL, CANDIDATES, 0))
                    .hits().stream().map(Hit::id).toList();
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("the lexicon built a query the parser cannot read: " + q, e);
        }
    }

    private List<SimilarDream> rank(StoredDream source, Collection<StoredDream> others, int limit) {
        DreamLexicon.Features sf = DreamLexicon.features(source.dream().text(), source.dream().codes());
        List<SimilarDream> out = new ArrayList<>();
        for (StoredDream o : others) {
            if (o.dream().id() == source.dream().id() || o.vector() == null) {
                continue;
            }
            out.add(link(source, sf, o));
        }
        out.sort(Comparator.comparingDouble((SimilarDream s) -> -s.score()).thenComparingLong(SimilarDream::id));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** The link from {@code source} to {@code other}, with its reasons. */
    static SimilarDream link(StoredDream source, DreamLexicon.Features sf, StoredDream other) {
        DreamLexicon.Features of = DreamLexicon.features(other.dream().text(), other.dream().codes());
        double cosine = Vectors.dot(source.vector(), other.vector());
        List<Reason> reasons = new ArrayList<>();
        double meaning = W_MEANING * Math.max(0, cosine);
        reasons.add(new Reason(Reason.Kind.MEANING, String.format(Locale.ROOT, "close in meaning (cosine %.2f)", cosine),
                meaning));
        double symbols = shared(Reason.Kind.SYMBOL, W_SYMBOL, sf.symbols(), of.symbols(), reasons, null);
        Map<String, Set<String>> sc = new LinkedHashMap<>(sf.characters());
        Map<String, Set<String>> oc = new LinkedHashMap<>(of.characters());
        sf.characterCodes().forEach(c -> sc.put("code " + c, Set.of(c)));
        of.characterCodes().forEach(c -> oc.put("code " + c, Set.of(c)));
        double characters = shared(Reason.Kind.CHARACTER, W_CHARACTER, sc, oc, reasons, null);
        double emotions = shared(Reason.Kind.EMOTION, W_EMOTION, sf.emotions(), of.emotions(), reasons,
                DreamLexicon.EMOTION_NAMES);
        reasons.sort(Comparator.comparingDouble((Reason r) -> -r.weight()));
        double score = meaning + symbols + characters + emotions;
        return new SimilarDream(other.dream().id(), other.dream().dreamer(), other.dream().date(), score, cosine, reasons);
    }

    /**
     * Adds one reason per shared key and returns the weighted Jaccard similarity of the two key sets; each
     * reason gets an equal share of it. {@code names} renames keys for display (emotion codes), or null.
     */
    private static double shared(Reason.Kind kind, double weight, Map<String, Set<String>> a, Map<String, Set<String>> b,
            List<Reason> reasons, Map<String, String> names) {
        Set<String> both = new TreeSet<>(a.keySet());
        both.retainAll(b.keySet());
        if (both.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a.keySet());
        union.addAll(b.keySet());
        double value = weight * both.size() / union.size();
        for (String k : both) {
            Set<String> words = new TreeSet<>(a.get(k));
            words.addAll(b.get(k));
            String name = names == null ? k : names.getOrDefault(k, k);
            String detail = words.size() == 1 && words.contains(k) ? name : name + " (" + String.join(" / ", words) + ")";
            reasons.add(new Reason(kind, detail, value / both.size()));
        }
        return value;
    }

    /** The recurring themes of {@code dreamer} among the dreams {@code viewer} may see. */
    public DreamerThemes themes(Viewer viewer, String dreamer) {
        List<StoredDream> dreams = index.dreamsOf(viewer, dreamer).stream().filter(d -> d.vector() != null).toList();
        String name = dreams.isEmpty() ? dreamer : dreams.get(0).dream().dreamer();
        return new DreamerThemes(name, dreams.size(), cluster(dreams));
    }

    /** The number of themes for {@code n} dreams: about sqrt(n / 2), between 1 and 8. */
    static int themeCount(int n) {
        if (n < 4) {
            return 1;
        }
        return (int) Math.max(2, Math.min(8, Math.round(Math.sqrt(n / 2.0))));
    }

    private static List<Theme> cluster(List<StoredDream> dreams) {
        if (dreams.isEmpty()) {
            return List.of();
        }
        int k = themeCount(dreams.size());
        int[] assign = KMeans.cluster(dreams.stream().map(StoredDream::vector).toList(), k, new Random(42));
        Map<Integer, List<StoredDream>> groups = new HashMap<>();
        for (int i = 0; i < dreams.size(); i++) {
            groups.computeIfAbsent(assign[i], c -> new ArrayList<>()).add(dreams.get(i));
        }
        List<Set<String>> docWords = new ArrayList<>();
        Map<String, Integer> dfAll = new HashMap<>();
        Map<Long, Set<String>> wordsOf = new HashMap<>();
        for (StoredDream d : dreams) {
            Set<String> w = words(d.dream().text());
            docWords.add(w);
            wordsOf.put(d.dream().id(), w);
            w.forEach(x -> dfAll.merge(x, 1, Integer::sum));
        }
        List<List<StoredDream>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((List<StoredDream> g) -> -g.size())
                .thenComparingLong(g -> g.get(0).dream().id()));
        List<Theme> themes = new ArrayList<>();
        for (List<StoredDream> g : ordered) {
            themes.add(theme(themes.size() + 1, g, dreams.size(), dfAll, wordsOf));
        }
        return themes;
    }

    private static Theme theme(int number, List<StoredDream> group, int total, Map<String, Integer> dfAll,
            Map<Long, Set<String>> wordsOf) {
        float[] centre = Vectors.mean(group.stream().map(StoredDream::vector).toList(), null);
        Map<String, Integer> df = new HashMap<>();
        for (StoredDream d : group) {
            wordsOf.get(d.dream().id()).forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int rest = total - group.size();
        int minDf = group.size() >= 3 ? 2 : 1;
        List<Map.Entry<String, Integer>> scored = new ArrayList<>(df.entrySet());
        scored.removeIf(e -> e.getValue() < minDf);
        // Distinctive: common in this theme, rare in the dreamer's other dreams.
        Comparator<Map.Entry<String, Integer>> byDistinctiveness = Comparator.comparingDouble(e -> {
            double inside = e.getValue() / (double) group.size();
            double outside = rest == 0 ? 0 : (dfAll.get(e.getKey()) - e.getValue()) / (double) rest;
            return -(inside - outside);
        });
        scored.sort(byDistinctiveness.thenComparing(Map.Entry::getKey));
        List<String> terms = scored.stream().limit(3).map(Map.Entry::getKey).toList();
        List<Theme.Member> members = new ArrayList<>();
        double sum = 0;
        for (StoredDream d : group) {
            double c = Vectors.dot(centre, d.vector());
            sum += c;
            members.add(new Theme.Member(d.dream().id(), d.dream().date(), c));
        }
        members.sort(Comparator.comparing(Theme.Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Theme.Member::id));
        LocalDate first = members.stream().map(Theme.Member::date).filter(x -> x != null).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = members.stream().map(Theme.Member::date).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
        String label = terms.isEmpty() ? "(no distinctive words)" : String.join(" · ", terms);
        return new Theme(number, label, terms, members, first, last, sum / group.size());
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * The threads through dream {@code id}: its theme, the dreamer's linked dreams before and after it, and
     * linked dreams of others.
     *
     * @throws NoSuchElementException when there is no such dream the viewer may see
     */
    public DreamThread thread(Viewer viewer, long id, int limit) {
        StoredDream source = visible(viewer, id);
        String dreamer = source.dream().dreamer();
        if (source.vector() == null) {
            return new DreamThread(id, dreamer, null, List.of(), List.of(), List.of());
        }
        DreamerThemes themes = themes(viewer, dreamer);
        Theme mine = themes.themes().stream()
                .filter(t -> t.dreams().stream().anyMatch(m -> m.id() == id)).findFirst().orElse(null);
        List<StoredDream> own = dreamer.isEmpty() ? List.of() : index.dreamsOf(viewer, dreamer);
        List<SimilarDream> linked = rank(source, own, limit);
        List<SimilarDream> earlier = new ArrayList<>();
        List<SimilarDream> later = new ArrayList<>();
        LocalDate when = source.dream().date();
        for (SimilarDream s : linked) {
            boolean before = when != null && s.date() != null && s.date().isBefore(when);
            (before ? earlier : later).add(s);
        }
        Comparator<SimilarDream> byDate = Comparator.comparing(SimilarDream::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(SimilarDream::id);
        earlier.sort(byDate);
        later.sort(byDate);
        List<SimilarDream> others = similar(viewer, id, limit * 3).stream()
                .filter(s -> !s.dreamer().equalsIgnoreCase(dreamer)).limit(limit).toList();
        return new DreamThread(id, dreamer, mine, earlier, later, others);
    }

    private StoredDream visible(Viewer viewer, long id) {
        return index.get(viewer, id).orElseThrow(() -> new NoSuchElementException(
                "no dream with id " + id + " that you may see; check the id with a search"));
    }
}
