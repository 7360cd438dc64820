package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.ForwardingEmbedder;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.report.Dream;
import org.junit.jupiter.api.Test;

/**
 * A start after dreams were saved or deleted behind the index's back (the background queue is lost on a restart)
 * queues just those for the worker instead of rebuilding the whole index.
 */
class SearchCatchUpTest {
    /** The hashing embedder, which can be made to wait before embedding (to see the queue while it is full). */
    private static final class HeldEmbedder extends ForwardingEmbedder {
        volatile CountDownLatch hold = new CountDownLatch(0);

        HeldEmbedder() {
            super(new HashingEmbedder());
        }

        @Override
        public float[] embed(String text) {
            waitForRelease();
            return super.embed(text);
        }

        @Override
        public List<float[]> embedChunks(List<Chunk> chunks) {
            waitForRelease(); // the index worker embeds dreams through this one
            return super.embedChunks(chunks);
        }

        private void waitForRelease() {
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Dream dream(String text) {
        return new Dream(text, text, "", "2024-03-05", "", "", "", "", null, List.of());
    }

    private static Search open(DreamStore store, Path index, Embedder embedder) {
        return Search.open(store, index, embedder, 16, (owner, d) -> {
            throw new AssertionError("every queued dream comes with its card: nothing to code");
        }, 1.0);
    }

    @Test
    void aStartQueuesTheDreamsTheIndexMissedAndRemovesTheDeletedOnes() throws Exception {
        Path dir = Files.createTempDirectory("dreamloom-catch-up");
        HeldEmbedder embedder = new HeldEmbedder();
        try (DreamStore store = DreamStore.open(dir.resolve("lib.db"))) {
            long alice = store.accounts().create("alice", "h", Account.USER).orElseThrow().ownerId();
            long first = store.addDream(alice, dream("An owl in the barn."), Visibility.PRIVATE).getAsLong();
            long second = store.addDream(alice, dream("A train in the desert."), Visibility.PRIVATE).getAsLong();
            try (Search s = open(store, dir.resolve("index"), embedder)) {
                assertThat(s.backlog()).isZero(); // a new index is built at once
                assertThat(s.index().fingerprints().keySet()).containsExactlyInAnyOrder(first, second);
            }

            // written while the server was down (or queued when it stopped)
            long third = store.addDream(alice, dream("A whale sang under the pier."), Visibility.PRIVATE).getAsLong();
            assertThat(store.deleteDream(alice, first)).isTrue();
            embedder.hold = new CountDownLatch(1);
            try (Search s = open(store, dir.resolve("index"), embedder)) {
                // the one new dream and the one removal wait for the worker: nothing was rebuilt
                assertThat(s.backlog()).isEqualTo(2);
                assertThat(s.index().fingerprints()).containsKey(second).doesNotContainKey(third);
                embedder.hold.countDown();
                s.awaitIndexed();
                assertThat(s.backlog()).isZero();
                assertThat(s.index().fingerprints().keySet()).containsExactlyInAnyOrder(second, third);
            }

            // and the next start finds the index in step: nothing to queue
            embedder.hold = new CountDownLatch(1);
            try (Search s = open(store, dir.resolve("index"), embedder)) {
                assertThat(s.backlog()).isZero();
                embedder.hold.countDown();
            }
        }
    }
}
