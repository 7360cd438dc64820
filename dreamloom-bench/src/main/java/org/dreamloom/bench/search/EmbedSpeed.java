package org.dreamloom.bench.search;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.library.embed.OnnxMiniLm;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.MiniLmEmbedder;
import org.dreamloom.library.embed.PooledEmbedder;
import org.dreamloom.library.embed.Vectors;

/**
 * Compares MiniLM embedding set-ups on the chunks of real DreamBank reports: wall time, process CPU time (ONNX's
 * native threads included) and the cosine of each set-up's vectors to LangChain4j's. Usage:
 * {@code EmbedSpeed [reports=300] [dir=/work/shared/data/dreambank]}.
 */
public final class EmbedSpeed {
    private EmbedSpeed() {}

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = Path.of(args.length > 1 ? args[1] : "/work/shared/data/dreambank");
        List<DreamBankTsv.Row> rows = DreamBankTsv.readAll(dir);
        List<String> texts = new ArrayList<>();
        try (MiniLmEmbedder counter = MiniLmEmbedder.singleThreaded()) {
            Chunker chunker = Chunker.forEmbedder(counter);
            int step = Math.max(1, rows.size() / reports);
            for (int i = 0; i < rows.size() && texts.size() < 100_000 && i / step < reports; i += step) {
                chunker.chunk(rows.get(i).dream()).forEach((Chunk c) -> texts.add(c.text()));
            }
        }
        System.out.printf("%d reports, %d chunks%n", reports, texts.size());
        List<float[]> reference;
        try (Embedder legacy = new PooledEmbedder(MiniLmEmbedder::singleThreaded, 2)) {
            legacy.embedAll(texts.subList(0, Math.min(40, texts.size()))); // warm-up
            reference = time("langchain4j, 2 sessions x 1 thread", legacy, texts, reports, null);
        }
        try (Embedder e = new PooledEmbedder(OnnxMiniLm::singleThreaded, 2)) {
            e.embedAll(texts.subList(0, Math.min(40, texts.size())));
            time("direct ONNX, 2 sessions x 1 thread", e, texts, reports, reference);
        }
        try (Embedder e = new OnnxMiniLm(2)) {
            e.embedAll(texts.subList(0, Math.min(40, texts.size())));
            time("direct ONNX, 1 session x 2 threads", e, texts, reports, reference);
        }
    }

    private static List<float[]> time(String name, Embedder e, List<String> texts, int reports, List<float[]> ref) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<float[]> out = e.embedAll(texts);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double min = 1;
        double sum = 0;
        if (ref != null) {
            for (int i = 0; i < out.size(); i++) {
                double c = Vectors.dot(out.get(i), ref.get(i));
                min = Math.min(min, c);
                sum += c;
            }
        }
        System.out.printf("%-40s wall %6.1f s  cpu %6.1f s  %6.1f reports/s wall  %6.1f reports/cpu-s  cos min %.5f mean %.5f  load %.2f%n",
                name, wall, cpu, reports / wall, reports / cpu, min, ref == null ? 1 : sum / out.size(),
                os.getSystemLoadAverage());
        return out;
    }
}
