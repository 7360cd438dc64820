package org.dreamloom.coding.characters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.eval.CardFile;
import org.dreamloom.eval.GoldSplit;

/**
 * Development tool (not a test): prints, per dev card, gold vs. predicted character codes with the evidence of
 * each prediction, and counts the kinds of error. Usage: {@code CharacterErrorDump GOLD.jsonl [dev|holdout] [all]}.
 */
public final class CharacterErrorDump {
    private CharacterErrorDump() {
    }

    public static void main(String[] args) throws Exception {
        List<Card> cards = GoldSplit.of(args.length > 1 ? args[1] : "dev").select(CardFile.read(Path.of(args[0])).cards());
        boolean all = args.length > 2 && args[2].equals("all");
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> extra = new TreeMap<>();
        for (Card gold : cards) {
            if (gold.report() == null) { continue; }
            Card pred = Dreamloom.code(gold.series(), gold.number(), gold.report());
            List<String> g = new ArrayList<>(gold.codes(Category.CHARACTERS));
            List<CodedItem> items = pred.items(Category.CHARACTERS);
            List<String> p = new ArrayList<>();
            for (CodedItem it : items) {
                p.add(it.code());
            }
            List<String[]> pairs = align(g, p);
            if (System.getenv("TSV") != null) {
                List<String> used = new ArrayList<>();
                for (CodedItem it : items) {
                    String match = "NONE";
                    for (String[] pr : pairs) {
                        if (pr[1].equals(it.code()) && !used.contains(pr[0] + pr[1] + System.identityHashCode(pr))) {
                            match = pr[0];
                            used.add(pr[0] + pr[1] + System.identityHashCode(pr));
                            break;
                        }
                    }
                    var e0 = it.evidence().get(0);
                    String before = gold.report().substring(Math.max(0, e0.start() - 40), e0.start()).replace('\n', ' ').replace('\t', ' ');
                    String after = gold.report().substring(e0.end(), Math.min(gold.report().length(), e0.end() + 40)).replace('\n', ' ').replace('\t', ' ');
                    System.out.println("TSV\t" + gold.number() + "\t" + it.code() + "\t" + match + "\t" + e0.text().toLowerCase() + "\t" + it.evidence().size() + "\t" + before + "\t" + after);
                }
            }
            List<String> lines = new ArrayList<>();
            for (String[] pr : pairs) {
                if (!pr[0].equals(pr[1])) {
                    for (int k = 0; k < 4; k++) {
                        if (pr[0].charAt(k) != pr[1].charAt(k)) {
                            String kind = "field" + k + " " + pr[0].charAt(k) + "->" + pr[1].charAt(k);
                            kinds.merge(kind, 1, Integer::sum);
                        }
                    }
                    lines.add("  MISMATCH " + pr[0] + " -> " + pr[1]);
                }
            }
            for (String s : g) {
                missed.merge(s, 1, Integer::sum);
                lines.add("  MISSED " + s);
            }
            for (String s : p) {
                extra.merge(s, 1, Integer::sum);
                lines.add("  EXTRA " + s);
            }
            if (!lines.isEmpty() || all) {
                System.out.println("== " + gold.number() + " gold=" + gold.codes(Category.CHARACTERS));
                for (CodedItem it : items) {
                    StringBuilder ev = new StringBuilder();
                    it.evidence().forEach(e -> ev.append('[').append(e.text()).append("] "));
                    System.out.println("  pred " + it.code() + " " + ev);
                }
                lines.forEach(System.out::println);
                System.out.println("  TEXT " + String.valueOf(gold.report()).replace('\n', ' '));
            }
        }
        System.out.println("### field mismatches " + top(kinds));
        System.out.println("### missed " + top(missed) + " total " + missed.values().stream().mapToInt(i -> i).sum());
        System.out.println("### extra " + top(extra) + " total " + extra.values().stream().mapToInt(i -> i).sum());
    }

    private static String top(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> b.getValue() - a.getValue());
        return l.subList(0, Math.min(40, l.size())).toString();
    }

    /** Aligns like the scorer; removes aligned codes from both lists, leaving the unpaired. */
    static List<String[]> align(List<String> g, List<String> p) {
        List<String[]> pairs = new ArrayList<>();
        for (String code : List.copyOf(g)) {
            if (p.contains(code)) {
                p.remove(code);
                g.remove(code);
                pairs.add(new String[] {code, code});
            }
        }
        // pair only codes agreeing in at least two positions; the rest are misses and extras
        while (!g.isEmpty() && !p.isEmpty()) {
            String bg = null, bp = null;
            int best = -1;
            for (String a : g) {
                for (String b : p) {
                    int k = 0;
                    for (int i = 0; i < 4; i++) {
                        k += a.charAt(i) == b.charAt(i) ? 1 : 0;
                    }
                    if (k > best) {
                        best = k;
                        bg = a;
                        bp = b;
                    }
                }
            }
            if (best < 2) {
                break;
            }
            g.remove(bg);
            p.remove(bp);
            pairs.add(new String[] {bg, bp});
        }
        return pairs;
    }
}
