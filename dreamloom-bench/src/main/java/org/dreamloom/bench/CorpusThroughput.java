package org.dreamloom.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dreamloom.Dreamloom;

/**
 * A plain corpus run beside the JMH benchmark: codes a DreamBank slice with N threads, three rounds, and prints
 * reports/s per round and the pipeline's time per stage. Usage: {@code CorpusThroughput [threads] [reports]}.
 */
public final class CorpusThroughput {
    private CorpusThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        List<String> slice = DreamBankSlice.read(DreamBankSlice.defaultDir(), DreamBankSlice.DEFAULT_SERIES, limit);
        long words = slice.stream().mapToLong(s -> s.split("\\s+").length).sum();
        System.out.printf("%d reports, %.0f words on average, %d threads%n", slice.size(), (double) words / slice.size(), threads);
        Dreamloom.code("warm up");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int round = 1; round <= 3; round++) {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            Future<?>[] fs = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                fs[t] = pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < slice.size()) {
                        Dreamloom.code(slice.get(i));
                    }
                });
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.0f reports/s%n", round, slice.size() / secs);
        }
        pool.shutdown();
        for (Map.Entry<String, Long> e : Dreamloom.pipeline().stageNanos().entrySet()) {
            System.out.printf("  %-14s %8.1f ms total%n", e.getKey(), e.getValue() / 1e6);
        }
    }
}
