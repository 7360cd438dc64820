package org.dreamloom.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.Visibility;

/**
 * A loop of the end-to-end bench's lexical and filtered queries over N DreamBank reports, for profiling with JFR
 * ({@code -XX:StartFlightRecording}) and for before/after CPU time per query of the lexical path. Vectors come
 * from the hashing embedder: the lexical path never reads them. Usage: {@code LexicalProfile [reports] [rounds]}.
 */
public final class LexicalProfile {
    private static final List<String> QUERIES = List.of("flying", "\"my mother\"", "teeth", "snake OR snakes",
            "water AND NOT swimming", "\"could not find\"", "wedding dress", "police gun", "exam school", "lost",
            "baby", "dog cat", "fire", "elevator", "naked", "airplane OR plane", "ocean waves", "mirror", "key door",
            "\"ran away\"", "house series:alta", "car sex:male", "school date:[1990 TO 2000]",
            "kitchen series:izzy-all", "mother sex:female", "friend series:b", "dog date:[1960 TO 1980]",
            "fight sex:male", "money series:b2", "\"my father\" sex:female");

    private LexicalProfile() {}

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<DreamBankTsv.Row> rows = DreamBankTsv.readAll(Path.of("/work/shared/data/dreambank"));
        List<IndexedDream> dreams = new ArrayList<>();
        int step = Math.max(1, rows.size() / reports);
        for (int i = 0; i < rows.size() && dreams.size() < reports; i += step) {
            DreamBankTsv.Row r = rows.get(i);
            dreams.add(new IndexedDream(dreams.size() + 1, "local", Visibility.PRIVATE, r.series(), r.series(), null,
                    r.sex(), r.dream(), Map.of(), Map.of()));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (SearchIndex index = SearchIndex.inMemory(new HashingEmbedder())) {
            index.rebuild(dreams);
            Viewer viewer = new Viewer("local");
            double[] us = new double[QUERIES.size() * rounds];
            int k = 0;
            for (int warm = 0; warm < 20; warm++) {
                for (String q : QUERIES) {
                    index.search(viewer, new SearchRequest(q, SearchMode.LEXICAL, 10, 0));
                }
            }
            long cpu0 = mx.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    index.search(viewer, new SearchRequest(q, SearchMode.LEXICAL, 10, 0));
                    us[k++] = (mx.getCurrentThreadCpuTime() - t0) / 1e3;
                }
            }
            Arrays.sort(us);
            System.out.printf("%d reports, %d queries: CPU per query mean %.0f us, p50 %.0f us, p95 %.0f us, load %.2f%n",
                    dreams.size(), us.length, (mx.getCurrentThreadCpuTime() - cpu0) / 1e3 / us.length,
                    us[us.length / 2], us[(int) Math.ceil(us.length * 0.95) - 1],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
