package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.library.Fixtures;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snippets with highlighted words, match offsets, per-dreamer and per-series counts, and the JSON form. */
class HighlightAndFacetsTest {
    private static final Viewer ALICE = new Viewer("alice");
    private static SearchIndex index;
    private static List<IndexedDream> dreams;

    @BeforeAll
    static void build() throws Exception {
        dreams = Fixtures.dreams();
        index = SearchIndex.inMemory(new HashingEmbedder());
        index.rebuild(dreams);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResult lexical(String q) throws QuerySyntaxException {
        return index.search(ALICE, new SearchRequest(q, SearchMode.LEXICAL, 50, 0));
    }

    private static String textOf(long id) {
        return dreams.stream().filter(d -> d.id() == id).findFirst().orElseThrow().text();
    }

    @Test
    void snippetMarksStemmedMatchesAndOffsetsPointAtThem() throws Exception {
        Hit h = lexical("\"locked door\"").hits().get(0);
        assertThat(h.snippet()).contains("<b>locked</b> <b>door</b>");
        String text = textOf(h.id());
        assertThat(h.highlights()).isNotEmpty();
        for (Span s : h.highlights()) {
            // Words of a phrase are marked one by one, so "lock" elsewhere in the report is marked too.
            assertThat(text.substring(s.start(), s.end())).isIn("locked", "door", "lock");
        }
    }

    @Test
    void stemmingHighlightsOtherFormsOfTheWord() throws Exception {
        SearchResult r = lexical("scream");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).containsPattern("<b>scream(ed)?</b>"));
    }

    @Test
    void wildcardMatchesAreHighlightedToo() throws Exception {
        SearchResult r = lexical("fl*ing");
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).containsIgnoringCase("<b>flying</b>"));
    }

    @Test
    void excludedWordsAreNotHighlighted() throws Exception {
        SearchResult r = lexical("water -snake");
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).doesNotContain("<b>snake</b>"));
    }

    @Test
    void snippetOfALongReportIsAPassageAroundTheMatches() throws Exception {
        String text = "Nothing happens here at all. ".repeat(30) + "Then I found the silver key under a stone. "
                + "More nothing follows. ".repeat(30);
        Highlighter hl = new Highlighter(Fields.analyzer(), parse("key"));
        List<Span> m = hl.matches(text);
        String snippet = Highlighter.snippet(text, m, 0, text.length());
        assertThat(m).hasSize(1);
        assertThat(snippet).contains("silver <b>key</b>").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isLessThan(Highlighter.FRAGMENT_CHARS + 60);
    }

    @Test
    void offsetsStayRightAroundAccentsAndEmojiAndEmptyTextIsFine() throws Exception {
        String text = "Au café 🙂 j'ai trouvé une key — the KEY!";
        Highlighter hl = new Highlighter(Fields.analyzer(), parse("key"));
        List<Span> m = hl.matches(text);
        assertThat(m).hasSize(2);
        assertThat(m).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualToIgnoringCase("key"));
        assertThat(hl.matches("")).isEmpty();
        assertThat(Highlighter.snippet("", List.of(), 0, 0)).isEmpty();
    }

    @Test
    void snippetsAreHtmlEscaped() throws Exception {
        String text = "I saw <script> & a key";
        Highlighter hl = new Highlighter(Fields.analyzer(), parse("key"));
        assertThat(Highlighter.snippet(text, hl.matches(text), 0, text.length()))
                .isEqualTo("I saw &lt;script&gt; &amp; a <b>key</b>");
    }

    private static org.apache.lucene.search.Query parse(String q) throws Exception {
        return new DreamQueryParser(Fields.analyzer(), k -> false, java.util.Set::of).parse(q);
    }

    @Test
    void facetsCountMatchingAndVisibleDreamsPerDreamerAndSeries() throws Exception {
        SearchResult r = lexical("water OR door");
        Map<String, long[]> expectedDreamers = new HashMap<>();
        Map<String, long[]> expectedSeries = new HashMap<>();
        for (IndexedDream d : dreams) {
            if (!d.owner().equals("alice") && d.visibility() == Visibility.PRIVATE) {
                continue;
            }
            boolean match = d.text().matches("(?is).*\\b(water|doors?)\\b.*");
            expectedDreamers.computeIfAbsent(d.dreamer(), k -> new long[2])[1]++;
            expectedSeries.computeIfAbsent(d.series(), k -> new long[2])[1]++;
            if (match) {
                expectedDreamers.get(d.dreamer())[0]++;
                expectedSeries.get(d.series())[0]++;
            }
        }
        assertThat(r.facets().dreamers()).isNotEmpty();
        for (FacetCount c : r.facets().dreamers()) {
            assertThat(new long[] {c.matching(), c.total()}).as(c.value()).isEqualTo(expectedDreamers.get(c.value()));
        }
        for (FacetCount c : r.facets().series()) {
            assertThat(new long[] {c.matching(), c.total()}).as(c.value()).isEqualTo(expectedSeries.get(c.value()));
        }
        long dreamersWithMatches = expectedDreamers.values().stream().filter(v -> v[0] > 0).count();
        assertThat(r.facets().dreamers()).hasSize((int) dreamersWithMatches);
        assertThat(r.facets().dreamers().stream().mapToLong(FacetCount::matching).sum()).isEqualTo(r.total());
    }

    @Test
    void facetCountReadsLikeDreamBank() {
        assertThat(new FacetCount("alta", 12, 300).toString()).isEqualTo("alta: 12 of 300 dreams, 4%");
    }

    @Test
    void resultSerialisesToJson() throws Exception {
        String json = lexical("key").toJson();
        assertThat(json).startsWith("{\"mode\":\"lexical\",\"total\":")
                .contains("\"hits\":[{\"id\":")
                .contains("\"snippet\":\"")
                .contains("\"facets\":{\"dreamer\":[{\"value\":");
        assertThat(new Json().begin().key("s").value("a\"b\\c\n").end().toString()).isEqualTo("{\"s\":\"a\\\"b\\\\c\\n\"}");
    }

    @Test
    void pagingReturnsTheNextHits() throws Exception {
        SearchResult all = index.search(ALICE, new SearchRequest("water OR door OR key", SearchMode.LEXICAL, 50, 0));
        SearchResult page2 = index.search(ALICE, new SearchRequest("water OR door OR key", SearchMode.LEXICAL, 2, 2));
        assertThat(page2.hits()).extracting(Hit::id)
                .containsExactly(all.hits().get(2).id(), all.hits().get(3).id());
        assertThat(page2.total()).isEqualTo(all.total());
    }
}
