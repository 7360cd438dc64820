import java.nio.file.*;
import java.util.*;
import java.io.*;
import com.fasterxml.jackson.databind.*;
import org.dreamloom.library.embed.OnnxMiniLm;
import org.dreamloom.nlp.*;

/**
 * Writes one line per sentence of every gold report: card number, sentence index, its 384 MiniLM values (the
 * product's int8 model). Input of presence_probe.py. Usage: EmbedGold GOLD.jsonl OUT.tsv
 */
public class EmbedGold {
    public static void main(String[] a) throws Exception {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
        ObjectMapper m = new ObjectMapper();
        try (OnnxMiniLm e = OnnxMiniLm.singleThreaded();
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[1])))) {
            for (String line : Files.readAllLines(Path.of(a[0]))) {
                JsonNode c = m.readTree(line);
                if (c.get("report") == null || c.get("report").isNull()) continue;
                String text = c.get("report").asText();
                Document d = TextAnalyzer.shared().analyze(text);
                for (int s = 0; s < d.sentenceCount(); s++) {
                    int[] sp = d.sentenceSpan(s); String sent = text.substring(sp[0], sp[1]);
                    float[] v = e.embed(sent);
                    StringBuilder b = new StringBuilder(c.get("number").asText()).append('\t').append(s);
                    for (float f : v) b.append('\t').append(f);
                    out.println(b);
                }
            }
        }
    }
}
