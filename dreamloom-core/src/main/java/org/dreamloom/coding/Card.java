package org.dreamloom.coding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A Hall/Van de Castle coding card: the codes of one dream report per category. Immutable; a category with no
 * codes maps to an empty list.
 *
 * @param series the series the dream belongs to (copied from the input), may be empty
 * @param number the dream's number or key within its series, may be empty
 * @param report the report text that was coded, or null where a card has none
 * @param codes  the codes per category
 */
public record Card(String series, String number, String report, Map<Category, List<CodedItem>> codes) {

    public Card {
        series = series == null ? "" : series;
        number = number == null ? "" : number;
        EnumMap<Category, List<CodedItem>> copy = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            List<CodedItem> items = codes == null ? null : codes.get(c);
            copy.put(c, items == null ? List.of() : List.copyOf(items));
        }
        codes = Collections.unmodifiableMap(copy);
    }

    /** A card with no codes at all. */
    public static Card empty(String series, String number, String report) {
        return new Card(series, number, report, Map.of());
    }

    /** The coded items of one category. */
    public List<CodedItem> items(Category category) {
        return codes.get(category);
    }

    /** The code strings of one category, in order. */
    public List<String> codes(Category category) {
        return codes.get(category).stream().map(CodedItem::code).toList();
    }

    /** This card with the items of {@code category} replaced. */
    public Card with(Category category, List<CodedItem> items) {
        EnumMap<Category, List<CodedItem>> copy = new EnumMap<>(codes);
        copy.put(category, items);
        return new Card(series, number, report, copy);
    }
}
