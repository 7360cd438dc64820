package org.dreamloom.norms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;

/**
 * The reproducible step behind the female denominators of {@code hvdc-norms.json}: recomputes the counts behind
 * every indicator from the human codes of the female norm cards and checks them against the resource.
 *
 * <pre>java -cp ... org.dreamloom.norms.NormsDerivation /work/shared/data/hvdc/norms-female-cards.jsonl</pre>
 * prints one line per indicator (name, numerator, denominator, the resource's denominator, OK/DIFFERS) and exits
 * 1 when any "cards" denominator differs. Cards without a report are left out, as {@code hvdc_indicators.py} does.
 */
public final class NormsDerivation {
    private NormsDerivation() {
    }

    /** The cards of a card file that have a report. */
    public static List<Card> readCardsWithReport(Path file) throws IOException {
        List<Card> cards = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                Card card = CardJson.parse(text);
                if (card.report() != null && !card.report().isBlank()) {
                    cards.add(card);
                }
            } catch (CardFormatException e) {
                throw new IOException(file + ":" + line + ": " + e.getMessage(), e);
            }
        }
        return cards;
    }

    /** The counts behind each indicator over {@code cards}, by name. */
    public static Map<String, IndicatorValue> derive(List<Card> cards) {
        Map<String, IndicatorValue> byName = new LinkedHashMap<>();
        for (IndicatorValue v : Indicators.compute(cards)) {
            byName.put(v.name(), v);
        }
        return byName;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: NormsDerivation NORMS-FEMALE-CARDS.jsonl");
            System.exit(2);
        }
        Map<String, IndicatorValue> derived = derive(readCardsWithReport(Path.of(args[0])));
        boolean same = true;
        for (Norms.Entry e : Norms.entries(Norms.Sex.FEMALE)) {
            IndicatorValue v = derived.get(e.name());
            boolean ok = !e.denominatorSource().equals("cards") || (v != null && v.denominator() == e.denominator());
            same &= ok;
            System.out.printf("%-32s %8s %8s  resource %8.0f (%s) %s%n", e.name(),
                    v == null ? "-" : String.format("%.0f", v.numerator()),
                    v == null ? "-" : String.format("%.0f", v.denominator()), e.denominator(), e.denominatorSource(),
                    ok ? "OK" : "DIFFERS");
        }
        System.exit(same ? 0 : 1);
    }
}
