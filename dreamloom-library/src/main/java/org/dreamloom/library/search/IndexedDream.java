package org.dreamloom.library.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.library.store.Visibility;

/**
 * What the search index holds of one dream: the input the store hands to {@link SearchIndex#rebuild}.
 *
 * @param id         the store's id of the dream, unique
 * @param owner      the user id of the dream's owner
 * @param visibility who besides the owner may see it
 * @param dreamer    the dreamer's name or code, may be empty
 * @param series     the series (collection) it belongs to, may be empty
 * @param date       when it was dreamt, or null when unknown
 * @param sex        the dreamer's sex as given by the source ("female", "male", …), may be empty
 * @param text       the report
 * @param codes      Hall/Van de Castle codes per category in DreamBank notation ("1FSA", "AP,D", "IQ")
 * @param labels     free labels such as lucid=true, nightmare=true; keys are letters, digits, '_' or '-'
 */
public record IndexedDream(
        long id,
        String owner,
        Visibility visibility,
        String dreamer,
        String series,
        LocalDate date,
        String sex,
        String text,
        Map<Category, List<String>> codes,
        Map<String, String> labels) {

    public IndexedDream {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(text, "text");
        dreamer = dreamer == null ? "" : dreamer;
        series = series == null ? "" : series;
        sex = sex == null ? "" : sex;
        EnumMap<Category, List<String>> c = new EnumMap<>(Category.class);
        if (codes != null) {
            codes.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    c.put(k, List.copyOf(v));
                }
            });
        }
        codes = Collections.unmodifiableMap(c);
        Map<String, String> l = new LinkedHashMap<>();
        if (labels != null) {
            labels.forEach((k, v) -> {
                if (!k.matches("[A-Za-z0-9_-]+")) {
                    throw new IllegalArgumentException("dream " + id + ": label key '" + k
                            + "' may hold only letters, digits, '_' and '-'");
                }
                l.put(k, Objects.requireNonNull(v, "label value"));
            });
        }
        labels = Collections.unmodifiableMap(l);
    }

    /**
     * A dream whose codes come as one flat list in DreamBank notation; each code's category is recognised by
     * its shape; codes of no recognisable shape go under ACTIVITIES, so that {@code code:} still finds them.
     */
    public static IndexedDream of(long id, String owner, Visibility visibility, String dreamer, String series,
            LocalDate date, String sex, String text, List<String> codes, Map<String, String> labels) {
        Map<Category, List<String>> byCategory = new EnumMap<>(Category.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            byCategory.computeIfAbsent(HvdcCodes.categoryOf(code), k -> new ArrayList<>()).add(code);
        }
        return new IndexedDream(id, owner, visibility, dreamer, series, date, sex, text, byCategory, labels);
    }

    /** The codes of a coding card, per category. */
    public static Map<Category, List<String>> codesOf(Card card) {
        Map<Category, List<String>> out = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            List<String> codes = card.codes(c);
            if (!codes.isEmpty()) {
                out.put(c, codes);
            }
        }
        return out;
    }

    /** Every code of every category, in category order. */
    public List<String> allCodes() {
        List<String> all = new ArrayList<>();
        codes.values().forEach(all::addAll);
        return all;
    }
}
