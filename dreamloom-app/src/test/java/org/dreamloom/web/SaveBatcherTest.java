package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.report.Dream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveBatcherTest {
    @TempDir
    Path dir;

    private static Dream dream(String text) {
        return new Dream(text, text, "me", "2024-01-02", "", "journal", "", "", Map.of(), List.of());
    }

    @Test
    void simultaneousSavesEachGetTheirOwnIdAndDuplicatesGetNone() throws InterruptedException {
        try (DreamStore store = DreamStore.open(dir.resolve("lib.db"))) {
            long owner = store.accounts().create("ann", "h", Account.USER).orElseThrow().ownerId();
            ConcurrentLinkedQueue<OptionalLong> ids = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            try (SaveBatcher saves = new SaveBatcher(store)) {
                for (int i = 0; i < 24; i++) {
                    // threads 0-19 write distinct texts, 20-23 all the same one
                    String text = i < 20 ? "Dream number " + i + "." : "The same dream.";
                    Thread t = new Thread(() -> {
                        try {
                            go.await();
                            ids.add(saves.add(owner, dream(text), Visibility.PRIVATE));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    t.start();
                    threads.add(t);
                }
                go.countDown();
                for (Thread t : threads) {
                    t.join();
                }
            }
            assertThat(ids).hasSize(24);
            assertThat(ids.stream().filter(OptionalLong::isPresent).count()).isEqualTo(21);
            assertThat(ids.stream().filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).distinct().count())
                    .isEqualTo(21);
            assertThat(store.listOwned(owner, DreamQuery.all())).hasSize(21);
        }
    }
}
