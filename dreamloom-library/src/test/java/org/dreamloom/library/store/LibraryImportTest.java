package org.dreamloom.library.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.io.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryImportTest {
    @TempDir
    Path dir;

    @Test
    void importsInCommittedBatchesAndSummarises() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "Dream number " + i + " about a lighthouse.");
        }
        Files.writeString(in.resolve("copy.txt"), "Dream number 3 about a lighthouse.\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("LICENSE"), "not a dream");
        List<Long> commits = new ArrayList<>();
        List<ImportProblem> seen = new ArrayList<>();

        LibraryImport.Summary s;
        try (DreamStore store = DreamStore.open(dir.resolve("lib.db"))) {
            long owner = store.ownerId(DreamStore.LOCAL_OWNER);
            s = new LibraryImport(store, owner, Visibility.PRIVATE, 2, seen::add, new LibraryImport.Progress() {
                @Override
                public void file(Path file, long bytes) {
                }

                @Override
                public void committed(long dreamsRead) {
                    commits.add(dreamsRead);
                }
            }).run(List.of(in), ImportOptions.defaults());
            assertThat(store.stats(owner).dreams()).isEqualTo(5);
            assertThat(store.stats(owner).sources()).isEqualTo(6);
        }

        assertThat(s.imported()).isEqualTo(5);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(seen).containsExactlyElementsOf(s.problems());
        assertThat(commits).containsExactly(2L, 4L, 6L);
    }
}
