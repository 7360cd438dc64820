package org.dreamloom.bench.search;

import com.sun.management.OperatingSystemMXBean;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.OnnxMiniLm;
import org.dreamloom.library.embed.Vectors;

/**
 * Compares ONNX files of all-MiniLM-L6-v2 on the same DreamBank chunks: CPU seconds per 100,000 word pieces (one
 * session, one thread, process CPU time) and how their vectors agree with reference models (mean and min cosine,
 * top-10 nearest-neighbour overlap among the sample's chunks). Usage:
 * {@code ModelVariants reports vectorDir name=model.onnx...}; the name {@code int8} with no file is the bundled model.
 * Vectors are written to {@code vectorDir/name.vec}; a name given as {@code name=@} reuses its saved vectors
 * without timing. The first two names are the references (e.g. {@code fp32} and {@code int8}).
 */
public final class ModelVariants {
    private static final int K = 10;

    private ModelVariants() {}

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(args[0]);
        Path vecDir = Path.of(args[1]);
        Files.createDirectories(vecDir);
        List<DreamBankTsv.Row> rows = DreamBankTsv.readAll(Path.of("/work/shared/data/dreambank"));
        List<String> texts = new ArrayList<>();
        long pieces = 0;
        try (OnnxMiniLm counter = OnnxMiniLm.singleThreaded()) {
            Chunker chunker = Chunker.forEmbedder(counter);
            int step = Math.max(1, rows.size() / reports);
            for (int i = 0; i < rows.size() && i / step < reports; i += step) {
                for (Chunk c : chunker.chunk(rows.get(i).dream())) {
                    texts.add(c.text());
                    pieces += counter.countTokens(c.text());
                }
            }
        }
        System.out.printf("%d reports, %d chunks, %d word pieces%n", reports, texts.size(), pieces);
        Map<String, List<float[]>> vectors = new LinkedHashMap<>();
        for (int a = 2; a < args.length; a++) {
            String[] kv = args[a].split("=", 2);
            String name = kv[0];
            Path vecFile = vecDir.resolve(name + ".vec");
            if (kv.length == 2 && kv[1].equals("@")) {
                vectors.put(name, read(vecFile));
                continue;
            }
            try (OnnxMiniLm e = kv.length == 1 ? OnnxMiniLm.singleThreaded()
                    : OnnxMiniLm.fromFile(Path.of(kv[1]), name, 1)) {
                e.embedAll(texts.subList(0, Math.min(40, texts.size()))); // warm-up
                OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                double load0 = os.getSystemLoadAverage();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                List<float[]> out = e.embedAll(texts);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                System.out.printf("%-12s cpu %7.2f s  wall %7.2f s  %6.2f cpu-s per 100k pieces  load %.2f -> %.2f%n",
                        name, cpu, wall, cpu * 100_000 / pieces, load0, os.getSystemLoadAverage());
                write(vecFile, out);
                vectors.put(name, out);
            }
        }
        List<String> names = new ArrayList<>(vectors.keySet());
        for (int r = 0; r < Math.min(2, names.size()); r++) {
            String ref = names.get(r);
            List<float[]> rv = vectors.get(ref);
            int[][] refNn = neighbours(rv);
            for (String name : names) {
                if (name.equals(ref)) {
                    continue;
                }
                List<float[]> v = vectors.get(name);
                double min = 1;
                double sum = 0;
                for (int i = 0; i < v.size(); i++) {
                    double c = Vectors.dot(v.get(i), rv.get(i));
                    min = Math.min(min, c);
                    sum += c;
                }
                System.out.printf("%-12s vs %-6s cos mean %.5f min %.5f  top-%d overlap %.4f%n", name, ref,
                        sum / v.size(), min, K, overlap(refNn, neighbours(v)));
            }
        }
    }

    /** The K nearest other chunks of every chunk by dot product, as indices. */
    private static int[][] neighbours(List<float[]> v) {
        int n = v.size();
        int[][] nn = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] best = new int[K];
            double[] score = new double[K];
            java.util.Arrays.fill(score, -2);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double s = Vectors.dot(v.get(i), v.get(j));
                if (s > score[K - 1]) {
                    int p = K - 1;
                    while (p > 0 && score[p - 1] < s) {
                        score[p] = score[p - 1];
                        best[p] = best[p - 1];
                        p--;
                    }
                    score[p] = s;
                    best[p] = j;
                }
            }
            nn[i] = best;
        }
        return nn;
    }

    /** The mean share of each chunk's reference neighbours that the other model also ranks in its top K. */
    private static double overlap(int[][] a, int[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            int hit = 0;
            for (int x : a[i]) {
                for (int y : b[i]) {
                    if (x == y) {
                        hit++;
                        break;
                    }
                }
            }
            sum += hit / (double) K;
        }
        return sum / a.length;
    }

    private static void write(Path f, List<float[]> v) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(f)))) {
            out.writeInt(v.size());
            out.writeInt(v.get(0).length);
            for (float[] x : v) {
                for (float y : x) {
                    out.writeFloat(y);
                }
            }
        }
    }

    private static List<float[]> read(Path f) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(f)))) {
            int n = in.readInt();
            int d = in.readInt();
            List<float[]> v = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                float[] x = new float[d];
                for (int j = 0; j < d; j++) {
                    x[j] = in.readFloat();
                }
                v.add(x);
            }
            return v;
        }
    }
}
