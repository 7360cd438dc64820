package org.dreamloom.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the column (or JSON field) names of an export onto the fields of a dream: the common names of SDDb,
 * krank and journal exports are recognised, and {@code --column field=NAME} overrides them.
 */
final class Columns {
    /** The dream fields and, for each, the column names recognised without an override, in order of preference. */
    static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("report", List.of("report", "text", "dream", "content", "dream_text", "report_text", "body", "narrative"));
        KNOWN.put("dreamer", List.of("dreamer", "author", "id", "dreamer_id", "user", "participant", "subject"));
        KNOWN.put("date", List.of("date", "dream_date", "created", "created_at", "timestamp"));
        KNOWN.put("sex", List.of("sex", "gender"));
        KNOWN.put("age", List.of("age"));
        KNOWN.put("title", List.of("title", "heading"));
        KNOWN.put("series", List.of("series", "collection", "survey"));
        KNOWN.put("key", List.of("n", "number", "key", "dream_id", "report_id", "record_id"));
    }

    private final Map<String, Integer> fieldToIndex = new HashMap<>();
    private final List<String> header;

    private Columns(List<String> header) {
        this.header = header;
    }

    /**
     * Resolves the columns of a header.
     *
     * @throws IllegalArgumentException when an override names a missing column or a field is unknown
     */
    static Columns resolve(List<String> header, Map<String, String> overrides) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        Columns c = new Columns(header);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String field = o.getKey().strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.containsKey(field)) {
                throw new IllegalArgumentException("unknown field '" + o.getKey() + "' in --column; use one of "
                        + String.join(", ", KNOWN.keySet()));
            }
            int idx = names.indexOf(o.getValue().strip().toLowerCase(Locale.ROOT));
            if (idx < 0) {
                throw new IllegalArgumentException("--column " + o.getKey() + "=" + o.getValue()
                        + " names a column the file does not have (it has: " + String.join(", ", header) + ")");
            }
            c.fieldToIndex.put(field, idx);
        }
        for (Map.Entry<String, List<String>> k : KNOWN.entrySet()) {
            if (c.fieldToIndex.containsKey(k.getKey())) {
                continue;
            }
            for (String candidate : k.getValue()) {
                int idx = names.indexOf(candidate);
                if (idx >= 0 && !c.fieldToIndex.containsValue(idx)) {
                    c.fieldToIndex.put(k.getKey(), idx);
                    break;
                }
            }
        }
        return c;
    }

    /** The column index of a dream field, or null when no column holds it. */
    Integer index(String field) {
        return fieldToIndex.get(field);
    }

    boolean hasReport() {
        return fieldToIndex.containsKey("report");
    }

    /** The value of {@code field} in {@code row}, or empty. */
    String get(List<String> row, String field) {
        Integer idx = fieldToIndex.get(field);
        return idx == null || idx >= row.size() ? "" : row.get(idx).strip();
    }

    /** The columns that map to no dream field, as metadata (empty values left out). */
    Map<String, String> extra(List<String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
            if (!fieldToIndex.containsValue(i) && !row.get(i).isBlank()) {
                m.put(header.get(i).replace("\uFEFF", "").strip(), row.get(i).strip());
            }
        }
        String sex = get(row, "sex");
        if (!sex.isEmpty()) {
            m.put("sex", sex);
        }
        String age = get(row, "age");
        if (!age.isEmpty()) {
            m.put("age", age);
        }
        return m;
    }
}
