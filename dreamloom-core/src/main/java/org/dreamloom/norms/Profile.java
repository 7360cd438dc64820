package org.dreamloom.norms;

import java.util.List;
import org.dreamloom.coding.Card;

/**
 * The indicators of one set of dreams, ready to be compared: the totals, and per dream where the dreams are at
 * hand (the norms only have totals).
 *
 * @param label    how readings name this set, e.g. "b-baseline.jsonl" or "the female norms"
 * @param dreams   the number of dreams
 * @param values   the indicators over the whole set
 * @param perDream per dream, the indicators of that dream alone (for randomization tests), or null
 * @param kind     whose dreams these are, for the sample-size warning
 * @param notes    caveats that travel with the set into every comparison (e.g. estimated norm counts)
 */
public record Profile(String label, int dreams, List<IndicatorValue> values, List<List<IndicatorValue>> perDream,
                      SampleKind kind, List<String> notes) {

    public Profile {
        values = List.copyOf(values);
        perDream = perDream == null ? null : perDream.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** The profile of a set of cards, with per-dream values; needs {@link Indicators#compute}. */
    public static Profile of(String label, List<Card> cards, SampleKind kind) {
        List<List<IndicatorValue>> perDream = cards.stream().map(c -> Indicators.compute(List.of(c))).toList();
        return new Profile(label, cards.size(), Indicators.compute(cards), perDream, kind, List.of());
    }

    /** The indicator called {@code name}, or null. */
    public IndicatorValue get(String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    /** Per dream, the counts behind indicator {@code name} (dreams without it count 0 of 0); null without dreams. */
    public List<RandomizationTest.Counts> perDreamCounts(String name) {
        if (perDream == null) {
            return null;
        }
        return perDream.stream().map(list -> list.stream().filter(v -> v.name().equals(name)).findFirst()
                        .map(v -> new RandomizationTest.Counts(v.numerator(), v.denominator()))
                        .orElse(new RandomizationTest.Counts(0, 0)))
                .toList();
    }
}
