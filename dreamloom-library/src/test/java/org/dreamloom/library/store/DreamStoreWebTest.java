package org.dreamloom.library.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dreamloom.coding.Card;
import org.dreamloom.report.Dream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's web methods: single dreams are written only by their owner; accounts and sessions round-trip. */
class DreamStoreWebTest {
    @TempDir
    Path dir;
    DreamStore store;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    /** The store under test: SQLite in a temporary folder here; PostgreSQL in the subclass. */
    DreamStore openStore() throws Exception {
        return DreamStore.open(dir.resolve("lib.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Dream dream(String text) {
        return new Dream(text, text, "me", "2024-01-02", "", "journal", "", "A title", Map.of("mood", "1"), List.of());
    }

    @Test
    void addDreamsStoresAGroupInOneGoWithAddDreamsAnswers() {
        long alice = store.accounts().create("alice", "h", Account.USER).orElseThrow().ownerId();
        long bob = store.accounts().create("bob", "h", Account.USER).orElseThrow().ownerId();
        long known = store.addDream(alice, dream("Known already."), Visibility.PRIVATE).getAsLong();
        List<OptionalLong> ids = store.addDreams(List.of(
                new DreamStore.NewDream(alice, dream("First of the group."), Visibility.PRIVATE),
                new DreamStore.NewDream(alice, dream("Known already."), Visibility.PRIVATE),
                new DreamStore.NewDream(bob, dream("Known already."), Visibility.SHARED),
                new DreamStore.NewDream(alice, dream("First of the group."), Visibility.PRIVATE)));
        assertThat(ids.get(0)).isPresent();
        assertThat(ids.get(1)).as("alice has this text").isEmpty();
        assertThat(ids.get(2)).as("bob did not have it").isPresent();
        assertThat(ids.get(3)).as("a duplicate within the group").isEmpty();
        assertThat(ids.get(0).getAsLong()).isNotIn(known, ids.get(2).getAsLong());
        assertThat(store.find(alice, ids.get(0).getAsLong()).orElseThrow().dream().text()).isEqualTo("First of the group.");
        assertThat(store.owns(bob, ids.get(2).getAsLong())).isTrue();
        assertThat(store.find(alice, ids.get(2).getAsLong()).orElseThrow().visibility()).isEqualTo(Visibility.SHARED);
    }

    @Test
    void addUpdateAndDeleteOnlyTouchTheOwnersDreams() {
        long alice = store.accounts().create("alice", "h", Account.USER).orElseThrow().ownerId();
        long bob = store.accounts().create("bob", "h", Account.USER).orElseThrow().ownerId();
        OptionalLong id = store.addDream(alice, dream("A private dream."), Visibility.PRIVATE);
        assertThat(id).isPresent();
        assertThat(store.addDream(alice, dream("A private dream."), Visibility.PRIVATE)).isEmpty();
        long d = id.getAsLong();
        store.saveCoding(d, "x@1", Card.empty("", "1", "A private dream."));

        assertThat(store.updateDream(bob, d, dream("Bob's text."), Visibility.PUBLIC)).isEqualTo(DreamStore.Update.NOT_FOUND);
        assertThat(store.deleteDream(bob, d)).isFalse();
        assertThat(store.owns(bob, d)).isFalse();
        assertThat(store.find(bob, d)).isEmpty();
        assertThat(store.find(alice, d).orElseThrow().dream().text()).isEqualTo("A private dream.");

        assertThat(store.updateDream(alice, d, dream("A changed dream."), Visibility.SHARED)).isEqualTo(DreamStore.Update.UPDATED);
        assertThat(store.codingsFor(alice, d)).as("stale codings are dropped").isEmpty();
        assertThat(store.find(bob, d).orElseThrow().dream().text()).isEqualTo("A changed dream.");
        assertThat(store.sharedByOthers(bob, 10)).extracting(StoredDream::id).containsExactly(d);
        assertThat(store.sharedByOthers(alice, 10)).isEmpty();

        long other = store.addDream(alice, dream("Another."), Visibility.PRIVATE).getAsLong();
        assertThat(store.updateDream(alice, other, dream("A changed dream."), Visibility.PRIVATE))
                .isEqualTo(DreamStore.Update.DUPLICATE);
        assertThat(store.listOwned(alice, DreamQuery.all())).hasSize(2);

        assertThat(store.listOwned(bob, DreamQuery.all())).isEmpty();

        long priv = store.addDream(alice, dream("Alice only."), Visibility.PRIVATE).getAsLong();
        assertThat(store.findAll(bob, List.of(d, priv, 999L)).keySet()).containsExactly(d);
        assertThat(store.findAll(alice, List.of(d, priv)).keySet()).containsExactlyInAnyOrder(d, priv);
        assertThat(store.findAll(bob, List.of())).isEmpty();

        assertThat(store.deleteDream(alice, d)).isTrue();
        assertThat(store.find(alice, d)).isEmpty();
        assertThat(store.sources(alice, d)).isEmpty();
    }

    @Test
    void accountsAreUniqueAndSessionsRoundTrip() {
        Account a = store.accounts().create("carol", "hash1", Account.RESEARCHER).orElseThrow();
        assertThat(store.accounts().create("carol", "hash2", Account.USER)).isEmpty();
        assertThat(store.accounts().account("carol").orElseThrow().passwordHash()).isEqualTo("hash1");
        assertThat(a.isResearcher()).isTrue();
        assertThat(store.ownerId("web:carol")).isEqualTo(a.ownerId());

        WebSession s = new WebSession("a".repeat(64), a, "csrf", "2024-01-01T00:00:00Z", "2999-01-01T00:00:00Z");
        store.accounts().saveSession(s);
        assertThat(store.accounts().session("a".repeat(64)).orElseThrow().csrfToken()).isEqualTo("csrf");
        assertThat(store.accounts().session("a".repeat(64)).orElseThrow().account().username()).isEqualTo("carol");
        store.accounts().deleteSession("a".repeat(64), "2024-06-01T00:00:00Z");
        assertThat(store.accounts().session("a".repeat(64))).isEmpty();

        store.accounts().update(a.id(), "hash3", Account.USER);
        assertThat(store.accounts().account("carol").orElseThrow().role()).isEqualTo(Account.USER);
        assertThat(a.toString()).doesNotContain("hash1");
    }

    @Test
    void deletingAnAccountTakesAllItsDataAndNothingElse() {
        Account alice = store.accounts().create("alice", "h", Account.USER).orElseThrow();
        long bob = store.accounts().create("bob", "h", Account.USER).orElseThrow().ownerId();
        long a1 = store.addDream(alice.ownerId(), dream("Alice dreams of a lighthouse."), Visibility.SHARED).getAsLong();
        long a2 = store.addDream(alice.ownerId(), dream("Alice dreams of a lantern."), Visibility.PRIVATE).getAsLong();
        long b1 = store.addDream(bob, dream("Alice dreams of a lighthouse."), Visibility.PRIVATE).getAsLong();
        store.saveCoding(a1, "x@1", Card.empty("", "1", "Alice dreams of a lighthouse."));
        store.saveCoding(b1, "x@1", Card.empty("", "1", "Alice dreams of a lighthouse."));
        store.accounts().saveSession(new WebSession("a".repeat(64), alice, "c", "2024-01-01T00:00:00Z", "2999-01-01T00:00:00Z"));
        store.accounts().saveSession(new WebSession("b".repeat(64), alice, "c", "2024-01-01T00:00:00Z", "2999-01-01T00:00:00Z"));

        assertThat(store.accounts().endSessions(alice.id(), "a".repeat(64))).containsExactly("b".repeat(64));
        assertThat(store.accounts().session("a".repeat(64))).isPresent();
        assertThat(store.accounts().session("b".repeat(64))).isEmpty();

        assertThat(store.accounts().delete(alice)).containsExactly(a1, a2);
        assertThat(store.accounts().account("alice")).isEmpty();
        assertThat(store.accounts().session("a".repeat(64))).isEmpty();
        assertThat(store.find(bob, a1)).isEmpty();
        assertThat(store.codingsFor(bob, b1)).hasSize(1);
        assertThat(store.listOwned(bob, DreamQuery.all())).extracting(StoredDream::id).containsExactly(b1);
        assertThat(store.sharedByOthers(bob, 10)).isEmpty();

        // the name is free again, for a new owner with nothing of the old one's
        Account again = store.accounts().create("alice", "h2", Account.USER).orElseThrow();
        assertThat(store.listOwned(again.ownerId(), DreamQuery.all())).isEmpty();
        assertThat(store.addDream(again.ownerId(), dream("Alice dreams of a lantern."), Visibility.PRIVATE)).isPresent();
    }
}
