package org.dreamloom.library.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.io.SeriesInfo;
import org.dreamloom.report.Dream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DreamStoreTest {
    @TempDir
    Path dir;
    DreamStore store;
    long alice;
    long bob;

    @BeforeEach
    void open() {
        store = DreamStore.open(dir.resolve("lib.db"));
        alice = store.ownerId("alice");
        bob = store.ownerId("bob");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ImportedDream dream(String text, String dreamer, String series, String key) {
        return new ImportedDream(new Dream(text, text, dreamer, "2001-02-0" + (key.length() % 9 + 1), series,
                "dreambank:" + series, key, "", Map.of("sex", "female"), List.of()), Path.of(series + ".tsv"), 2, null);
    }

    @Test
    void ownerIdsAreStable() {
        assertThat(store.ownerId("alice")).isEqualTo(alice);
        assertThat(bob).isNotEqualTo(alice);
    }

    @Test
    void sameReportTwiceIsStoredOnceWithBothSources() {
        BatchResult first = store.saveBatch(alice, List.of(dream("I was on a boat.", "Izzy", "izzy12", "0001"),
                dream("A red door.", "Izzy", "izzy12", "0002")), Visibility.PRIVATE);
        BatchResult second = store.saveBatch(alice, List.of(dream("  I was on a boat.\n", "Izzy", "izzy-all", "0101")),
                Visibility.PRIVATE);
        BatchResult again = store.saveBatch(alice, List.of(dream("I was on a boat.", "Izzy", "izzy12", "0001")),
                Visibility.PRIVATE);

        assertThat(first).isEqualTo(new BatchResult(2, 0));
        assertThat(second).isEqualTo(new BatchResult(0, 1));
        assertThat(again).isEqualTo(new BatchResult(0, 1));
        List<StoredDream> all = store.list(alice, DreamQuery.all());
        assertThat(all).hasSize(2);
        long boatId = all.get(0).id();
        assertThat(store.sources(alice, boatId)).extracting(DreamSource::series).containsExactly("izzy12", "izzy-all");
        LibraryStats s = store.stats(alice);
        assertThat(s.dreams()).isEqualTo(2);
        assertThat(s.sources()).isEqualTo(3);
        assertThat(s.series()).isEqualTo(2);
        assertThat(s.dreamers()).isEqualTo(1);
    }

    @Test
    void aSecondOwnersPrivateDreamsNeverAppear() {
        store.saveBatch(alice, List.of(dream("Alice's secret dream.", "Alice", "a", "1")), Visibility.PRIVATE);
        store.saveBatch(bob, List.of(dream("Bob's private dream.", "Bob", "b", "1"),
                dream("Bob's public dream.", "Bob", "b", "2")), Visibility.PRIVATE);
        long bobPublic = store.list(bob, DreamQuery.all()).stream()
                .filter(d -> d.dream().text().contains("public")).findFirst().orElseThrow().id();
        long bobPrivate = store.list(bob, DreamQuery.all()).stream()
                .filter(d -> d.dream().text().contains("private")).findFirst().orElseThrow().id();
        assertThat(store.setVisibility(alice, bobPublic, Visibility.PUBLIC)).as("only the owner may").isFalse();
        assertThat(store.setVisibility(bob, bobPublic, Visibility.PUBLIC)).isTrue();
        store.saveCoding(bobPrivate, "test@1", Card.empty("b", "1", "Bob's private dream."));

        assertThat(store.list(alice, DreamQuery.all())).extracting(d -> d.dream().text())
                .containsExactlyInAnyOrder("Alice's secret dream.", "Bob's public dream.");
        assertThat(store.find(alice, bobPrivate)).isEmpty();
        assertThat(store.sources(alice, bobPrivate)).isEmpty();
        assertThat(store.codingsFor(alice, bobPrivate)).isEmpty();
        assertThat(store.dreamsNotCodedBy(alice, "test@1", 100)).extracting(d -> d.dream().text())
                .doesNotContain("Bob's private dream.");
        assertThat(store.stats(alice).dreams()).isEqualTo(2);
        assertThat(store.stats(alice).codings()).isZero();
        assertThat(store.list(bob, DreamQuery.all())).hasSize(2);
        assertThat(store.find(bob, bobPrivate)).isPresent();
    }

    @Test
    void sameTextForTwoOwnersIsTwoDreams() {
        store.saveBatch(alice, List.of(dream("Flying.", "A", "s", "1")), Visibility.PRIVATE);
        BatchResult r = store.saveBatch(bob, List.of(dream("Flying.", "B", "s", "1")), Visibility.PRIVATE);
        assertThat(r.inserted()).isEqualTo(1);
    }

    @Test
    void codingsAreSavedReplacedAndFound() {
        store.saveBatch(alice, List.of(dream("My mother hugged me.", "A", "s", "1"),
                dream("A dog barked.", "A", "s", "2")), Visibility.PRIVATE);
        long id = store.list(alice, DreamQuery.all()).get(0).id();
        String report = "My mother hugged me.";
        Card card = Card.empty("s", "1", report).with(Category.CHARACTERS,
                List.of(new CodedItem("1FMA", List.of(Evidence.of(report, 3, 9)), "dreamloom@0.1")));
        store.saveCoding(id, "dreamloom@0.1", Card.empty("s", "1", report));
        store.saveCoding(id, "dreamloom@0.1", card);

        List<StoredCoding> codings = store.codingsFor(alice, id);
        assertThat(codings).singleElement().satisfies(c -> {
            assertThat(c.coderVersion()).isEqualTo("dreamloom@0.1");
            assertThat(c.card().items(Category.CHARACTERS)).singleElement()
                    .satisfies(i -> assertThat(i.evidence()).containsExactly(new Evidence(3, 9, "mother")));
        });
        assertThat(store.dreamsNotCodedBy(alice, "dreamloom@0.1", 10)).extracting(d -> d.dream().text())
                .containsExactly("A dog barked.");
        assertThat(store.dreamsNotCodedBy(alice, "other@2", 10)).hasSize(2);
        assertThat(store.stats(alice).coders()).containsEntry("dreamloom@0.1", 1L);
    }

    @Test
    void humanCardsArriveWithTheirDreams() {
        Card human = Card.empty("norms", "0001", "I saw my aunt.")
                .with(Category.CHARACTERS, List.of(CodedItem.human("1FKA")));
        ImportedDream d = new ImportedDream(new Dream("I saw my aunt.", null, "", "", "norms", "cards.jsonl", "0001",
                "", Map.of(), List.of()), Path.of("cards.jsonl"), 1, human);
        store.saveBatch(alice, List.of(d), Visibility.PRIVATE);
        store.saveBatch(alice, List.of(d), Visibility.PRIVATE);
        long id = store.list(alice, DreamQuery.all()).get(0).id();
        assertThat(store.codingsFor(alice, id)).singleElement().satisfies(c -> {
            assertThat(c.coderVersion()).isEqualTo(DreamStore.HUMAN_CODER);
            assertThat(c.card().codes(Category.CHARACTERS)).containsExactly("1FKA");
        });
    }

    @Test
    void listFiltersByDreamerSeriesAndDate() {
        store.saveBatch(alice, List.of(
                new ImportedDream(new Dream("One.", null, "Izzy", "1999-05-01", "izzy12", "x", "1", "", Map.of(), List.of()), Path.of("x"), 1, null),
                new ImportedDream(new Dream("Two.", null, "Izzy", "2003-01-01", "izzy17", "x", "2", "", Map.of(), List.of()), Path.of("x"), 2, null),
                new ImportedDream(new Dream("Three.", null, "Bea", "2003-06-30", "bea1", "x", "3", "", Map.of(), List.of()), Path.of("x"), 3, null)),
                Visibility.PRIVATE);
        assertThat(texts(new DreamQuery("izzy", "", "", "", 0, 0))).containsExactly("One.", "Two.");
        assertThat(texts(new DreamQuery("", "bea1", "", "", 0, 0))).containsExactly("Three.");
        assertThat(texts(new DreamQuery("", "", "2003-01-01", "2003-06-30", 0, 0))).containsExactly("Two.", "Three.");
        assertThat(texts(new DreamQuery("", "", "", "", 1, 1))).containsExactly("Two.");
        assertThat(texts(new DreamQuery("", "", "", "", 0, 2))).containsExactly("Three.");
    }

    private List<String> texts(DreamQuery q) {
        return store.list(alice, q).stream().map(d -> d.dream().text()).toList();
    }

    @Test
    void dataSurvivesReopening() {
        store.saveBatch(alice, List.of(dream("Kept.", "A", "s", "1")), Visibility.SHARED);
        store.saveSeries(alice, new SeriesInfo("s", "S: a series", "A", "female", Map.of("timeframe", "1990")));
        store.close();
        store = DreamStore.open(dir.resolve("lib.db"));
        assertThat(store.list(store.ownerId("alice"), DreamQuery.all())).singleElement()
                .satisfies(d -> {
                    assertThat(d.visibility()).isEqualTo(Visibility.SHARED);
                    assertThat(d.dream().metadata()).containsEntry("sex", "female");
                    assertThat(d.owner()).isEqualTo("alice");
                });
    }
}
