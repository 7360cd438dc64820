package org.dreamloom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryImport;
import org.dreamloom.library.store.Visibility;

/**
 * Measures importing a whole archive (by default the DreamBank folder) into a fresh SQLite library: rows read
 * per second, distinct reports stored, and the cost of re-importing the same folder (all duplicates).
 *
 * <p>Run: {@code java -cp "dreamloom-bench/target/dreamloom-bench-0.1.0-SNAPSHOT.jar:dreamloom-bench/target/lib/*"
 * org.dreamloom.bench.ImportBenchmark [FOLDER] [RUNS]}; see the README.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/dreambank");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Double> seconds = new ArrayList<>();
        List<Double> reimport = new ArrayList<>();
        long rows = 0;
        long stored = 0;
        for (int run = 1; run <= runs; run++) {
            Path tmp = Files.createTempDirectory("dreamloom-bench");
            try {
                Path lib = tmp.resolve("library.db");
                long t0 = System.nanoTime();
                LibraryImport.Summary s;
                try (DreamStore store = DreamStore.open(lib)) {
                    long owner = store.ownerId(DreamStore.LOCAL_OWNER);
                    s = new LibraryImport(store, owner, Visibility.PRIVATE, LibraryImport.DEFAULT_BATCH, null, null)
                            .run(List.of(folder), ImportOptions.defaults());
                }
                double first = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                try (DreamStore store = DreamStore.open(lib)) {
                    long owner = store.ownerId(DreamStore.LOCAL_OWNER);
                    new LibraryImport(store, owner, Visibility.PRIVATE, LibraryImport.DEFAULT_BATCH, null, null)
                            .run(List.of(folder), ImportOptions.defaults());
                }
                double second = (System.nanoTime() - t1) / 1e9;
                rows = s.imported() + s.duplicates();
                stored = s.imported();
                seconds.add(first);
                reimport.add(second);
                System.out.printf("run %d: %,d rows (%,d distinct stored, %,d rejected) in %.2f s = %,.0f rows/s; "
                        + "re-import %.2f s = %,.0f rows/s%n", run, rows, stored, s.rejected(), first, rows / first,
                        second, rows / second);
            } finally {
                try (Stream<Path> walk = Files.walk(tmp)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        double median = median(seconds);
        System.out.printf("median of %d: %.2f s, %,.0f rows/s (%,d rows, %,d distinct); re-import median %.2f s%n",
                runs, median, rows / median, rows, stored, median(reimport));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
