package org.dreamloom.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredCoding;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.report.Dream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexerTest {
    @TempDir
    Path dir;

    private static Card card(String code) {
        return Card.empty("", "", "x").with(Category.CHARACTERS, List.of(new CodedItem(code, List.of(), "t@1")));
    }

    @Test
    void datesAreReadWhereverTheStoreHasAFullDay() {
        assertThat(LibraryIndexer.date("1960-08-04")).isEqualTo(LocalDate.of(1960, 8, 4));
        assertThat(LibraryIndexer.date("(1960-08-04)")).isEqualTo(LocalDate.of(1960, 8, 4));
        assertThat(LibraryIndexer.date("1960")).isNull();
        assertThat(LibraryIndexer.date("1960-02-31")).isNull();
        assertThat(LibraryIndexer.date("")).isNull();
    }

    @Test
    void theLatestAutomaticCodingWinsOverHumanCodes() {
        StoredCoding human = new StoredCoding(1, DreamStore.HUMAN_CODER, card("1FMA"), "2026-01-01");
        StoredCoding old = new StoredCoding(1, "characters@1", card("1MSA"), "2026-01-02");
        StoredCoding latest = new StoredCoding(1, "characters@2", card("2ISA"), "2026-01-03");
        assertThat(LibraryIndexer.latest(List.of(human, old, latest)).codes(Category.CHARACTERS)).containsExactly("2ISA");
        assertThat(LibraryIndexer.latest(List.of(human)).codes(Category.CHARACTERS)).containsExactly("1FMA");
        assertThat(LibraryIndexer.latest(List.of())).isNull();
    }

    @Test
    void theIndexHoldsTheStoresDreamsCodesAndLabelsAndStaysFreshUntilTheStoreChanges() throws Exception {
        try (DreamStore store = DreamStore.open(dir.resolve("lib.db"));
                SearchIndex index = SearchIndex.inMemory(new HashingEmbedder())) {
            long owner = store.ownerId("ann");
            Dream d = new Dream("A wolf ran through the snow.", null, "Ann", "2001-02-03", "ann", "test", "1", "",
                    Map.of("sex", "female"), List.of());
            store.saveBatch(owner, List.of(new ImportedDream(d, dir, 1, null)), Visibility.PRIVATE);
            long id = store.list(owner, org.dreamloom.library.store.DreamQuery.all()).get(0).id();
            store.saveCoding(id, "characters@1", card("1ANI"));
            assertThat(store.codingsOfVisible(owner).get(id)).extracting(StoredCoding::coderVersion)
                    .containsExactly("characters@1");
            assertThat(store.codingsOfVisible(store.ownerId("bob"))).as("a private dream's cards").isEmpty();
            LibraryIndexer indexer = new LibraryIndexer(store, owner, text -> Map.of("nightmare", "true"));
            Viewer ann = new Viewer("ann");
            assertThat(indexer.refresh(index, ann, n -> { }).outcome()).isEqualTo(LibraryIndexer.Outcome.REBUILT);
            assertThat(indexer.isFresh(index, ann)).isTrue();
            IndexedDream held = index.get(ann, id).orElseThrow().dream();
            assertThat(held.codes().get(Category.CHARACTERS)).containsExactly("1ANI");
            assertThat(held.labels()).containsEntry("nightmare", "true");
            assertThat(held.date()).isEqualTo(LocalDate.of(2001, 2, 3));
            assertThat(held.sex()).isEqualTo("female");
            assertThat(index.search(new Viewer("bob"), SearchRequest.of("wolf")).total()).as("private").isZero();

            store.saveCoding(id, "characters@2", card("2ANI"));
            assertThat(indexer.isFresh(index, ann)).isFalse();
            assertThat(indexer.refresh(index, ann, n -> { }).outcome()).isEqualTo(LibraryIndexer.Outcome.REBUILT);
            assertThat(indexer.refresh(index, ann, n -> { }).outcome()).isEqualTo(LibraryIndexer.Outcome.FRESH);
            assertThat(index.get(ann, id).orElseThrow().dream().codes().get(Category.CHARACTERS)).containsExactly("2ANI");
        }
    }
}
