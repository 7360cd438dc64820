package org.dreamloom.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.OnnxMiniLm;

/**
 * Checks on every DreamBank report that chunking from one tokenisation of the report gives the chunks of counting
 * sentence by sentence, and that each chunk's carried ids are those of tokenising its text alone (so the model sees
 * the same input, hence the same vector); times both chunkers and the per-chunk tokenisation the ids spare (thread
 * CPU time). Usage: {@code TokeniseOnceCheck [dir=/work/shared/data/dreambank]}.
 */
public final class TokeniseOnceCheck {
    private TokeniseOnceCheck() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/dreambank");
        List<String> reports = new ArrayList<>();
        DreamBankTsv.readAll(dir).forEach(r -> reports.add(r.dream()));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (OnnxMiniLm model = OnnxMiniLm.singleThreaded()) {
            Chunker once = Chunker.forEmbedder(model);
            Chunker counting = new Chunker(model::countTokens, model.maxTokens(), 2);
            for (String r : reports.subList(0, Math.min(500, reports.size()))) { // warm-up
                once.chunk(r);
                counting.chunk(r);
            }
            long t0 = mx.getCurrentThreadCpuTime();
            List<List<Chunk>> a = new ArrayList<>(reports.size());
            for (String r : reports) {
                a.add(once.chunk(r));
            }
            long t1 = mx.getCurrentThreadCpuTime();
            List<List<Chunk>> b = new ArrayList<>(reports.size());
            for (String r : reports) {
                b.add(counting.chunk(r));
            }
            long t2 = mx.getCurrentThreadCpuTime();
            long chunks = 0;
            long withIds = 0;
            long differ = 0;
            long pieces = 0;
            for (int i = 0; i < reports.size(); i++) {
                List<Chunk> x = a.get(i);
                List<Chunk> y = b.get(i);
                boolean same = x.size() == y.size();
                for (int k = 0; same && k < x.size(); k++) {
                    Chunk p = x.get(k);
                    Chunk q = y.get(k);
                    same = p.start() == q.start() && p.end() == q.end() && p.tokens() == q.tokens();
                }
                if (!same) {
                    differ++;
                    if (differ <= 3) {
                        System.out.println("differs: " + x + " vs " + y);
                    }
                }
                chunks += x.size();
            }
            long t3 = mx.getCurrentThreadCpuTime();
            for (List<Chunk> x : a) {
                for (Chunk c : x) {
                    long[] alone = model.wordPieces(c.text()).ids();
                    pieces += alone.length;
                    if (c.pieceIds() != null) {
                        withIds++;
                        if (!Arrays.equals(alone, c.pieceIds())) {
                            differ++;
                            System.out.println("ids differ: " + c);
                        }
                    }
                }
            }
            long t4 = mx.getCurrentThreadCpuTime();
            System.out.printf("%d reports, %d chunks (%d with ids), %d word pieces, %d differences%n", reports.size(),
                    chunks, withIds, pieces, differ);
            System.out.printf("chunking, one tokenisation: %.1f CPU-s (%.3f ms a report)%n", (t1 - t0) / 1e9,
                    (t1 - t0) / 1e6 / reports.size());
            System.out.printf("chunking, counting each sentence: %.1f CPU-s (%.3f ms a report)%n", (t2 - t1) / 1e9,
                    (t2 - t1) / 1e6 / reports.size());
            System.out.printf("tokenising every chunk again (what the ids spare the embedder): %.1f CPU-s; load %.2f%n",
                    (t4 - t3) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
