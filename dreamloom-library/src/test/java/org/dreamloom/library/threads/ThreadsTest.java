package org.dreamloom.library.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dreamloom.library.Fixtures;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.embed.Vectors;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Similar dreams with reasons, themes over time and threads, on the fixture corpus with the hashing embedder. */
class ThreadsTest {
    private static final Viewer ALICE = new Viewer("alice");
    private static SearchIndex index;
    private static Threads threads;
    private static List<IndexedDream> dreams;

    @BeforeAll
    static void build() throws Exception {
        dreams = Fixtures.dreams();
        index = SearchIndex.inMemory(new HashingEmbedder());
        index.rebuild(dreams);
        threads = new Threads(index);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SimilarDream linkTo(List<SimilarDream> list, long id) {
        return list.stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> new AssertionError("no link to " + id));
    }

    private static Set<String> details(SimilarDream s, Reason.Kind kind) {
        return s.reasons().stream().filter(r -> r.kind() == kind).map(Reason::detail).collect(Collectors.toSet());
    }

    @Test
    void sharedSymbolsAreReasons() {
        // 3: a locked door and a golden key; 32: a stranger at the door holding a rusty key.
        List<SimilarDream> similar = threads.similar(ALICE, 3, 10);
        SimilarDream s = linkTo(similar, 32);
        assertThat(details(s, Reason.Kind.SYMBOL)).contains("key", "door");
        assertThat(details(s, Reason.Kind.MEANING)).singleElement().asString().startsWith("close in meaning (cosine ");
        assertThat(s.reasons()).isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
        assertThat(similar).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(similar).extracting(SimilarDream::id).doesNotContain(3L);
    }

    @Test
    void symbolReasonsNameTheWordsOfBothDreams() {
        // 5: snake out of the river water; 18: swimming in a warm blue ocean, clear water.
        SimilarDream s = threads.similar(ALICE, 5, 35).stream().filter(x -> x.id() == 18).findFirst().orElseThrow();
        assertThat(details(s, Reason.Kind.SYMBOL)).anyMatch(d -> d.startsWith("water (") && d.contains("river") && d.contains("ocean"));
    }

    @Test
    void sharedEmotionsFromCodesAndWordsAreReasons() {
        // 9 (Bob, chased, AP) and 21 (Carol, wolves, AP): both apprehension.
        SimilarDream s = threads.similar(ALICE, 9, 35).stream().filter(x -> x.id() == 21).findFirst().orElseThrow();
        assertThat(details(s, Reason.Kind.EMOTION)).anyMatch(d -> d.startsWith("apprehension"));
    }

    @Test
    void sharedCharactersAreReasons() {
        // 6: arguing with my brother; 31: dragging my brother along.
        SimilarDream s = threads.similar(ALICE, 6, 35).stream().filter(x -> x.id() == 31).findFirst().orElseThrow();
        assertThat(details(s, Reason.Kind.CHARACTER)).contains("brother");
    }

    @Test
    void scoreIsTheSumOfReasonWeights() {
        for (SimilarDream s : threads.similar(ALICE, 3, 10)) {
            double sum = s.reasons().stream().mapToDouble(Reason::weight).sum();
            assertThat(s.score()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void anotherUsersPrivateDreamIsNotFoundWithTheSameMessageAsAMissingOne() {
        assertThatThrownBy(() -> threads.similar(ALICE, 11, 5)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no dream with id 11 that you may see; check the id with a search");
        assertThatThrownBy(() -> threads.similar(ALICE, 999, 5)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no dream with id 999 that you may see; check the id with a search");
        assertThat(threads.similar(new Viewer("bob"), 11, 5)).isNotEmpty();
    }

    @Test
    void themesCoverTheDreamersVisibleDreamsWithDatesAndLabels() {
        DreamerThemes t = threads.themes(ALICE, "carol");
        List<Long> visible = dreams.stream()
                .filter(d -> d.dreamer().equals("Carol") && d.visibility() != Visibility.PRIVATE)
                .map(IndexedDream::id).toList();
        assertThat(t.dreamer()).isEqualTo("Carol");
        assertThat(t.dreams()).isEqualTo(visible.size());
        assertThat(t.themes()).hasSize(Threads.themeCount(visible.size()));
        List<Long> all = new ArrayList<>();
        for (Theme th : t.themes()) {
            assertThat(th.label()).isNotBlank();
            assertThat(th.first()).isNotNull();
            assertThat(th.first()).isBeforeOrEqualTo(th.last());
            assertThat(th.dreams()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
            th.dreams().forEach(m -> all.add(m.id()));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(t.themes()).isSortedAccordingTo((a, b) -> b.dreams().size() - a.dreams().size());
    }

    @Test
    void themeCountGrowsSlowly() {
        assertThat(Threads.themeCount(1)).isEqualTo(1);
        assertThat(Threads.themeCount(8)).isEqualTo(2);
        assertThat(Threads.themeCount(50)).isEqualTo(5);
        assertThat(Threads.themeCount(5000)).isEqualTo(8);
    }

    @Test
    void themeLabelsAreWordsDistinctiveOfTheTheme() {
        // Two clearly separate topics for one dreamer: labels come from each topic's own words.
        List<IndexedDream> two = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            two.add(IndexedDream.of(100 + i, "zoe", Visibility.PRIVATE, "Zoe", "z", java.time.LocalDate.of(2000 + i, 1, 1), "",
                    "ocean waves beach sand swimming dolphins " + "sunny ".repeat(i), List.of(), Map.of()));
            two.add(IndexedDream.of(200 + i, "zoe", Visibility.PRIVATE, "Zoe", "z", java.time.LocalDate.of(2010 + i, 1, 1), "",
                    "exam teacher classroom homework pencil grades " + "late ".repeat(i), List.of(), Map.of()));
        }
        try (SearchIndex small = SearchIndex.inMemory(new HashingEmbedder())) {
            small.rebuild(two);
            DreamerThemes t = new Threads(small).themes(new Viewer("zoe"), "Zoe");
            assertThat(t.themes()).hasSize(2);
            for (Theme th : t.themes()) {
                Set<Long> ids = th.dreams().stream().map(Theme.Member::id).collect(Collectors.toSet());
                boolean beach = ids.iterator().next() < 200;
                assertThat(ids).allMatch(id -> (id < 200) == beach);
                assertThat(th.terms()).isNotEmpty().allMatch(w -> beach
                        ? "ocean waves beach sand swimming dolphins sunny".contains(w)
                        : "exam teacher classroom homework pencil grades late".contains(w));
                assertThat(th.first().getYear()).isEqualTo(beach ? 2000 : 2010);
                assertThat(th.last().getYear()).isEqualTo(beach ? 2005 : 2015);
            }
            // Nobody else sees Zoe's private themes.
            assertThat(new Threads(small).themes(new Viewer("yann"), "Zoe").themes()).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void threadSplitsTheDreamersLinksByDateAndKeepsOthersApart() {
        DreamThread t = threads.thread(ALICE, 7, 10); // Alice, 2003, flying over the city (lucid)
        assertThat(t.dreamer()).isEqualTo("Alice");
        assertThat(t.theme()).isNotNull();
        assertThat(t.theme().dreams()).extracting(Theme.Member::id).contains(7L);
        assertThat(t.earlier()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.dreamer()).isEqualTo("Alice");
            assertThat(s.date()).isBefore(java.time.LocalDate.of(2003, 4, 4));
        });
        assertThat(t.later()).allSatisfy(s -> assertThat(s.date()).isAfter(java.time.LocalDate.of(2003, 4, 4)));
        assertThat(t.earlier()).extracting(SimilarDream::id).contains(2L); // the other flying dream
        assertThat(t.others()).isNotEmpty().allSatisfy(s -> assertThat(s.dreamer()).isNotEqualTo("Alice"));
    }

    @Test
    void resultsSerialiseToJson() {
        String similar = ThreadsJson.similar(3, threads.similar(ALICE, 3, 2));
        assertThat(similar).startsWith("{\"id\":3,\"similar\":[{\"id\":").contains("\"reasons\":[{\"kind\":\"");
        String themes = ThreadsJson.themes(threads.themes(ALICE, "Alice"));
        assertThat(themes).startsWith("{\"dreamer\":\"Alice\",\"dreams\":8,\"themes\":[{\"number\":1,\"label\":");
        assertThat(ThreadsJson.thread(threads.thread(ALICE, 7, 3))).contains("\"earlier\":[", "\"later\":[", "\"others\":[");
    }

    @Test
    void kMeansSeparatesObviousGroups() {
        Random r = new Random(1);
        List<float[]> v = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            float[] x = new float[8];
            x[i % 2 == 0 ? 0 : 5] = 1;
            x[3] = (float) (r.nextGaussian() * 0.05);
            v.add(Vectors.normalize(x));
        }
        int[] a = KMeans.cluster(v, 2, new Random(42));
        for (int i = 2; i < 20; i++) {
            assertThat(a[i]).isEqualTo(a[i % 2]);
        }
        assertThat(a[0]).isNotEqualTo(a[1]);
    }
}
