package org.dreamloom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.StandardCoders;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;

/**
 * CPU time per report of each coder of {@link StandardCoders#rest()}, measured with the thread's CPU clock so
 * that the figure holds on a machine shared with other work (JMH's wall-clock throughput does not). Reports
 * are analysed first; the coders then run six rounds and the last is printed.
 *
 * <pre>java -cp ... org.dreamloom.bench.RestCodersCpuTime [SERIES] (default alta; reads
 * ${dreamloom.shared:-../shared}/data/dreambank/SERIES.tsv)</pre>
 */
public final class RestCodersCpuTime {
    private RestCodersCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        String series = args.length > 0 ? args[0] : "alta";
        Path tsv = Path.of(System.getProperty("dreamloom.shared", "../shared"), "data", "dreambank", series + ".tsv");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<Document> docs = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t");
            docs.add(TextAnalyzer.shared().analyze(c[c.length - 1].replaceAll("^\"|\"$", "")));
        }
        Card card = new Card(series, "", "", Map.of(Category.CHARACTERS,
                List.of(CodedItem.human("1MKA"), CodedItem.human("1FSA"))));
        List<Coder> coders = StandardCoders.rest();
        long[] ns = new long[coders.size()];
        for (int round = 0; round < 6; round++) {
            Arrays.fill(ns, 0);
            for (Document d : docs) {
                for (int k = 0; k < coders.size(); k++) {
                    long t = mx.getCurrentThreadCpuTime();
                    coders.get(k).code(d, card);
                    ns[k] += mx.getCurrentThreadCpuTime() - t;
                }
            }
        }
        long total = 0;
        for (int k = 0; k < coders.size(); k++) {
            total += ns[k];
            System.out.printf("%-16s %8.1f us cpu/report%n", coders.get(k).id(), ns[k] / 1e3 / docs.size());
        }
        int tokens = docs.stream().mapToInt(Document::size).sum() / Math.max(1, docs.size());
        System.out.printf("all rest coders  %8.1f us cpu/report = %.0f reports/s per core (%d reports, %d tokens on average)%n",
                total / 1e3 / docs.size(), 1e9 * docs.size() / total, docs.size(), tokens);
    }
}
