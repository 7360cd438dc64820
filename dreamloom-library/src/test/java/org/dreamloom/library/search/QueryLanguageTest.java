package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dreamloom.coding.Category;
import org.dreamloom.library.Fixtures;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query language on the fixture corpus, lexical mode: each filter, words, phrases, boolean operators,
 * wildcards, regular expressions, and clear errors. Expected ids come from a plain-Java reading of the
 * fixture, restricted to what the viewer may see.
 */
class QueryLanguageTest {
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

    private static Set<Long> ids(String query) throws QuerySyntaxException {
        SearchResult r = index.search(ALICE, new SearchRequest(query, SearchMode.LEXICAL, 100, 0));
        assertThat(r.total()).as("total of " + query).isEqualTo(r.hits().size());
        return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    private static Set<Long> expected(Predicate<IndexedDream> p) {
        return dreams.stream()
                .filter(d -> d.owner().equals("alice") || d.visibility() != Visibility.PRIVATE)
                .filter(p)
                .map(IndexedDream::id)
                .collect(Collectors.toSet());
    }

    private static boolean hasWord(IndexedDream d, String regex) {
        return java.util.regex.Pattern.compile("(?i)\\b" + regex + "\\b").matcher(d.text()).find();
    }

    @Test
    void dreamerFilterIgnoresCase() throws Exception {
        assertThat(ids("dreamer:bob")).isNotEmpty().isEqualTo(expected(d -> d.dreamer().equals("Bob")));
        assertThat(ids("dreamer:BOB")).isEqualTo(ids("dreamer:bob"));
    }

    @Test
    void seriesFilter() throws Exception {
        assertThat(ids("series:lab-study")).hasSize(14).isEqualTo(expected(d -> d.series().equals("lab-study")));
    }

    @Test
    void sexFilter() throws Exception {
        assertThat(ids("sex:male")).isNotEmpty().isEqualTo(expected(d -> d.sex().equals("male")));
    }

    @Test
    void dateRangeByYearsIsInclusive() throws Exception {
        assertThat(ids("date:[2001 TO 2002]")).isNotEmpty().isEqualTo(expected(
                d -> d.date() != null && d.date().getYear() >= 2001 && d.date().getYear() <= 2002));
    }

    @Test
    void dateSingleYearMonthAndExclusiveRange() throws Exception {
        assertThat(ids("date:1998")).isEqualTo(expected(d -> d.date().getYear() == 1998)).hasSize(2);
        assertThat(ids("date:2001-05")).isEqualTo(expected(d -> d.date().getYear() == 2001 && d.date().getMonthValue() == 5));
        assertThat(ids("date:{2001 TO 2003}")).isEqualTo(expected(d -> d.date().getYear() == 2002));
        assertThat(ids("date:[2005 TO *]")).isEqualTo(expected(d -> !d.date().isBefore(LocalDate.of(2005, 1, 1))));
    }

    @Test
    void codeFilterMatchesAnyCodeWhole() throws Exception {
        assertThat(ids("code:1FSA")).isNotEmpty()
                .isEqualTo(expected(d -> d.allCodes().contains("1FSA")));
        assertThat(ids("code:\"AP,D\"")).isEqualTo(expected(d -> d.allCodes().contains("AP,D")));
    }

    @Test
    void emotionFilterMatchesTheEmotionOfACode() throws Exception {
        assertThat(ids("emotion:AP")).isNotEmpty().isEqualTo(expected(
                d -> d.codes().getOrDefault(Category.EMOTIONS, List.of()).stream().anyMatch(c -> c.startsWith("AP,"))));
    }

    @Test
    void settingFilterWithWildcard() throws Exception {
        assertThat(ids("setting:O*")).isNotEmpty().isEqualTo(expected(
                d -> d.codes().getOrDefault(Category.SETTINGS, List.of()).stream().anyMatch(c -> c.startsWith("O"))));
        assertThat(ids("setting:IF")).isEqualTo(expected(d -> d.allCodes().contains("IF")));
    }

    @Test
    void labelFilter() throws Exception {
        assertThat(ids("lucid:true")).isNotEmpty().isEqualTo(expected(d -> "true".equals(d.labels().get("lucid"))));
        assertThat(ids("nightmare:true AND dreamer:alice")).isEqualTo(expected(
                d -> "true".equals(d.labels().get("nightmare")) && d.dreamer().equals("Alice")));
    }

    @Test
    void wordsAreStemmedAndAllRequiredByDefault() throws Exception {
        assertThat(ids("flying")).isEqualTo(expected(d -> hasWord(d, "fl(y|ying|ies)")));
        assertThat(ids("water dark")).isEqualTo(expected(d -> hasWord(d, "water") && hasWord(d, "dark")));
    }

    @Test
    void phrases() throws Exception {
        assertThat(ids("\"locked door\"")).containsExactly(3L);
        assertThat(ids("\"door locked\"")).isEmpty();
    }

    @Test
    void booleanOperators() throws Exception {
        assertThat(ids("water AND NOT snake")).isEqualTo(expected(d -> hasWord(d, "water") && !hasWord(d, "snake")));
        assertThat(ids("snake OR wolves")).isEqualTo(expected(d -> hasWord(d, "snake") || hasWord(d, "wolves")));
        assertThat(ids("(key OR mirror) -dreamer:bob")).isEqualTo(expected(
                d -> (hasWord(d, "key") || hasWord(d, "mirror")) && !d.dreamer().equals("Bob")));
    }

    @Test
    void wildcardsAndRegularExpressionsRunOnUnstemmedWords() throws Exception {
        assertThat(ids("fl*ing")).isNotEmpty().isEqualTo(expected(d -> hasWord(d, "fl\\w*ing")));
        assertThat(ids("/dre(am|amt|aming)/")).isEqualTo(expected(d -> hasWord(d, "dre(am|amt|aming)")));
        assertThat(ids("wat?r")).isEqualTo(expected(d -> hasWord(d, "wat.r")));
    }

    @Test
    void filtersCombineWithWords() throws Exception {
        assertThat(ids("water dreamer:carol")).isEqualTo(expected(d -> hasWord(d, "water") && d.dreamer().equals("Carol")));
        assertThat(ids("door date:[1999 TO 2002] sex:female")).isEqualTo(expected(d -> hasWord(d, "door")
                && d.date().getYear() >= 1999 && d.date().getYear() <= 2002 && d.sex().equals("female")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed phrase", "(key OR door", "dreamer:", "AND", "date:[abc TO 2001]",
            "date:2001-13", "/[unclosed/", "colour:red", "key^^", "date:20*"})
    void badSyntaxIsAClearErrorNotALeakedException(String query) {
        assertThatThrownBy(() -> index.search(ALICE, SearchRequest.of(query)))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("cannot read the query")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("org.apache"));
    }

    @Test
    void unknownFieldListsTheKnownOnesAndTheLabels() {
        assertThatThrownBy(() -> index.search(ALICE, SearchRequest.of("colour:red")))
                .hasMessageContaining("unknown field 'colour:'")
                .hasMessageContaining("dreamer")
                .hasMessageContaining("lucid");
    }

    @Test
    void blankQueryIsAnError() {
        assertThatThrownBy(() -> index.search(ALICE, SearchRequest.of("  ")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("empty query");
    }

    @Test
    void stopWordsAloneMatchNothingRatherThanFail() throws Exception {
        assertThat(ids("the")).isEmpty();
    }
}
