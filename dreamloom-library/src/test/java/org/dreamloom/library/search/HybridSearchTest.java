package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dreamloom.library.Fixtures;
import org.dreamloom.library.embed.MiniLmEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Semantic and hybrid ranking with the real MiniLM model on the 36-dream fixture corpus. */
class HybridSearchTest {
    static {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
    }

    private static final Viewer CAROL = new Viewer("carol");
    private static final String WAY_HOME = "a dream where I could not find my way home";
    private static SearchIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = SearchIndex.inMemory(MiniLmEmbedder.singleThreaded());
        index.rebuild(Fixtures.dreams());
    }

    @AfterAll
    static void close() throws Exception {
        index.embedder().close();
        index.close();
    }

    @Test
    void theLostDreamHasNoneOfTheQueryWords() {
        String lost = Fixtures.dreams().get(0).text().toLowerCase();
        for (String w : List.of("find", "way", "home", "could", "dream")) {
            assertThat(lost).doesNotContainPattern("\\b" + w + "\\b");
        }
    }

    @Test
    void hybridFindsTheLostDreamWithoutItsWords() throws Exception {
        SearchResult r = index.search(CAROL, new SearchRequest(WAY_HOME, SearchMode.HYBRID, 3, 0));
        assertThat(r.hits().get(0).id()).isEqualTo(1L);
        Hit lost = r.hits().stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
        assertThat(lost.lexicalRank()).isZero(); // found by meaning alone
        assertThat(lost.semanticRank()).isPositive();
        assertThat(lost.snippet()).startsWith("I was wandering");
    }

    @Test
    void hybridSaysHowManyOfItsTotalMatchTheWordsWhichIsWhatTheFacetsCount() throws Exception {
        SearchResult hybrid = index.search(CAROL, new SearchRequest("lost", SearchMode.HYBRID, 3, 0));
        SearchResult lexical = index.search(CAROL, new SearchRequest("lost", SearchMode.LEXICAL, 3, 0));
        assertThat(lexical.wordMatches()).isEqualTo(lexical.total()).isPositive();
        assertThat(hybrid.wordMatches()).isEqualTo(lexical.total());
        assertThat(hybrid.total()).isGreaterThan(hybrid.wordMatches()); // dreams found by meaning alone
        assertThat(hybrid.facets().dreamers().stream().mapToLong(FacetCount::matching).sum())
                .isEqualTo(hybrid.wordMatches());
        assertThat(hybrid.toJson()).contains("\"word_matches\":" + hybrid.wordMatches());
        assertThat(index.search(CAROL, new SearchRequest(WAY_HOME, SearchMode.SEMANTIC, 3, 0)).wordMatches()).isZero();
    }

    @Test
    void lexicalAloneDoesNotFindIt() throws Exception {
        SearchResult r = index.search(CAROL, new SearchRequest(WAY_HOME, SearchMode.LEXICAL, 10, 0));
        assertThat(r.hits()).extracting(Hit::id).doesNotContain(1L);
    }

    @Test
    void semanticRanksTheLostDreamFirstAndHonoursPrivacy() throws Exception {
        SearchResult r = index.search(CAROL, new SearchRequest(WAY_HOME, SearchMode.SEMANTIC, 5, 0));
        assertThat(r.hits().get(0).id()).isEqualTo(1L);
        assertThat(r.hits().get(0).cosine()).isGreaterThan(r.hits().get(1).cosine());
        // 34 (lost in a maze of hedges, unable to get back to the house) is Erin's private dream.
        assertThat(r.hits()).extracting(Hit::id).doesNotContain(34L);
        SearchResult erin = index.search(new Viewer("erin"), new SearchRequest(WAY_HOME, SearchMode.SEMANTIC, 5, 0));
        assertThat(erin.hits()).extracting(Hit::id).contains(34L);
    }

    @Test
    void commonWordsDoNotMakeAReportALexicalMatch() throws Exception {
        // "I", "my" and "could" are in most reports; alone they must not put reports into BM25's list.
        SearchResult r = index.search(CAROL, new SearchRequest(WAY_HOME, SearchMode.HYBRID, 10, 0));
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.lexicalRank()).isZero());
    }

    @Test
    void filtersApplyInsideTheVectorSearch() throws Exception {
        SearchResult r = index.search(CAROL, new SearchRequest(WAY_HOME + " dreamer:bob", SearchMode.SEMANTIC, 10, 0));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.dreamer()).isEqualTo("Bob"));
        SearchResult h = index.search(CAROL, new SearchRequest("flying over water sex:male", SearchMode.HYBRID, 10, 0));
        assertThat(h.hits()).isNotEmpty().allSatisfy(x -> assertThat(x.dreamer()).isIn("Bob", "Dan"));
    }

    @Test
    void hybridKeepsExactWordMatchesNearTheTop() throws Exception {
        SearchResult r = index.search(CAROL, new SearchRequest("snake", SearchMode.HYBRID, 3, 0));
        assertThat(r.hits().get(0).id()).isEqualTo(5L);
        assertThat(r.hits().get(0).snippet()).contains("<b>snake</b>");
    }
}
