package org.dreamloom.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.search.FacetCount;
import org.dreamloom.library.search.Hit;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.SearchResult;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.library.threads.DreamThread;
import org.dreamloom.library.threads.DreamerThemes;
import org.dreamloom.library.threads.SimilarDream;
import org.dreamloom.library.threads.Theme;
import org.dreamloom.library.threads.Threads;

/**
 * Other users' private dreams never show: over random users and dreams, every answer a viewer gets —
 * hits, totals, facet counts, similar dreams, themes, threads — (1) names only dreams the viewer may see,
 * and (2) is the same as on an index that never held the dreams the viewer may not see.
 */
class PrivacyPropertyTest {
    private static final List<String> USERS = List.of("ann", "ben", "cy", "dee");
    private static final List<String> DREAMERS = List.of("Ann", "Ben", "Cy");
    private static final List<String> WORDS = List.of("key", "door", "water", "mirror", "snake", "house", "mother",
            "brother", "afraid", "happy", "flying", "lost", "forest", "car", "school", "night");

    @Provide
    Arbitrary<List<IndexedDream>> corpora() {
        Arbitrary<IndexedDream> dream = Combinators.combine(
                Arbitraries.of(USERS),
                Arbitraries.of(Visibility.class),
                Arbitraries.of(DREAMERS),
                Arbitraries.integers().between(1990, 2010),
                Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(8))
                .as((owner, vis, dreamer, year, words) -> IndexedDream.of(0, owner, vis, dreamer, dreamer.toLowerCase() + "-series",
                        LocalDate.of(year, 6, 1), "", "I saw " + String.join(" and ", words) + ".", List.of(),
                        Map.of("lucid", words.contains("flying") ? "true" : "false")));
        return dream.list().ofMinSize(1).ofMaxSize(16).map(PrivacyPropertyTest::numbered);
    }

    private static List<IndexedDream> numbered(List<IndexedDream> ds) {
        List<IndexedDream> out = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) {
            IndexedDream d = ds.get(i);
            out.add(new IndexedDream(i + 1, d.owner(), d.visibility(), d.dreamer(), d.series(), d.date(), d.sex(), d.text(),
                    d.codes(), d.labels()));
        }
        return out;
    }

    private static boolean visible(IndexedDream d, Viewer v) {
        return d.owner().equals(v.userId()) || d.visibility() != Visibility.PRIVATE;
    }

    @Property(tries = 10)
    void privateDreamsOfOthersNeverShow(@ForAll("corpora") List<IndexedDream> corpus,
            @ForAll("queryLists") List<String> queries) throws Exception {
        try (SearchIndex full = SearchIndex.inMemory(new HashingEmbedder())) {
            full.rebuild(corpus);
            Threads fullThreads = new Threads(full);
            for (String user : List.of("ann", "ben", "cy", "dee", "outsider")) {
                Viewer v = new Viewer(user);
                List<IndexedDream> mine = corpus.stream().filter(d -> visible(d, v)).toList();
                Set<Long> allowed = mine.stream().map(IndexedDream::id).collect(Collectors.toSet());
                try (SearchIndex only = SearchIndex.inMemory(new HashingEmbedder())) {
                    only.rebuild(mine);
                    Threads onlyThreads = new Threads(only);
                    for (String q : queries) {
                        for (SearchMode mode : SearchMode.values()) {
                            SearchRequest r = new SearchRequest(q, mode, 1000, 0);
                            // A query may be refused (a label no visible dream uses); then both must refuse alike.
                            String errorA = error(full, v, r);
                            assertThat(errorA).isEqualTo(error(only, v, r));
                            if (errorA != null) {
                                continue;
                            }
                            SearchResult a = full.search(v, r);
                            SearchResult b = only.search(v, r);
                            assertThat(ids(a)).as("%s %s", mode, q).isSubsetOf(allowed).isEqualTo(ids(b));
                            assertThat(a.total()).isEqualTo(b.total());
                            assertThat(a.total()).isLessThanOrEqualTo(allowed.size());
                            assertThat(a.facets()).isEqualTo(b.facets());
                            for (FacetCount c : a.facets().dreamers()) {
                                assertThat(c.total()).isEqualTo(mine.stream().filter(d -> d.dreamer().equals(c.value())).count());
                            }
                            if (mode == SearchMode.LEXICAL) {
                                assertThat(a.facets().dreamers().stream().mapToLong(FacetCount::matching).sum()).isEqualTo(a.total());
                            }
                        }
                    }
                    for (IndexedDream d : corpus) {
                        if (d.id() > 6) {
                            break; // similar and threads are the slowest answers; six dreams per corpus suffice
                        }
                        if (allowed.contains(d.id())) {
                            List<SimilarDream> sa = fullThreads.similar(v, d.id(), 1000);
                            assertThat(simIds(sa)).isSubsetOf(allowed).isEqualTo(simIds(onlyThreads.similar(v, d.id(), 1000)));
                            if (d.id() > 3) {
                                continue; // threads are the slowest answer; three per corpus are enough
                            }
                            DreamThread t = fullThreads.thread(v, d.id(), 1000);
                            Set<Long> threadIds = new HashSet<>();
                            threadIds.addAll(simIds(t.earlier()));
                            threadIds.addAll(simIds(t.later()));
                            threadIds.addAll(simIds(t.others()));
                            if (t.theme() != null) {
                                t.theme().dreams().forEach(m -> threadIds.add(m.id()));
                            }
                            assertThat(threadIds).isSubsetOf(allowed);
                        } else {
                            assertThatThrownBy(() -> fullThreads.similar(v, d.id(), 5)).isInstanceOf(NoSuchElementException.class);
                            assertThatThrownBy(() -> fullThreads.thread(v, d.id(), 5)).isInstanceOf(NoSuchElementException.class);
                        }
                    }
                    for (String dreamer : DREAMERS) {
                        DreamerThemes ta = fullThreads.themes(v, dreamer);
                        DreamerThemes tb = onlyThreads.themes(v, dreamer);
                        assertThat(ta.dreams()).isEqualTo(tb.dreams());
                        assertThat(ta.themes()).isEqualTo(tb.themes());
                        for (Theme th : ta.themes()) {
                            assertThat(th.dreams()).allSatisfy(m -> assertThat(allowed).contains(m.id()));
                        }
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<List<String>> queryLists() {
        return queries().list().ofSize(2);
    }

    Arbitrary<String> queries() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        return Arbitraries.oneOf(
                word,
                Combinators.combine(word, word).as((a, b) -> a + " OR " + b),
                Combinators.combine(word, Arbitraries.of(DREAMERS)).as((a, d) -> a + " dreamer:" + d),
                Arbitraries.of(DREAMERS).map(d -> "dreamer:" + d),
                Arbitraries.of("lucid:true", "date:[1995 TO 2005]", "*:*", "fl*", "a dream where I was lost in the forest"));
    }

    private static String error(SearchIndex index, Viewer v, SearchRequest r) {
        try {
            index.search(v, r);
            return null;
        } catch (org.dreamloom.library.search.QuerySyntaxException e) {
            return e.getMessage();
        }
    }

    private static Set<Long> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    private static Set<Long> simIds(List<SimilarDream> s) {
        return s.stream().map(SimilarDream::id).collect(Collectors.toSet());
    }
}
