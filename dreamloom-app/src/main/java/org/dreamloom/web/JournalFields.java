package org.dreamloom.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.report.Dream;

/**
 * The journal fields of a dream written in the browser — text, date, title, tags, lucidity, mood, sleep quality,
 * visibility — checked, and kept in the dream's metadata under {@code tags}, {@code lucidity}, {@code mood} and
 * {@code sleep_quality}.
 */
final class JournalFields {
    static final int MAX_TEXT = 50_000;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 40;

    private JournalFields() {
    }

    /** A checked entry: the dream to store and who may see it. */
    record Entry(Dream dream, Visibility visibility) {
    }

    /** Reads and checks the JSON body of POST/PUT /api/dreams; 400 with a clear message for each bad field. */
    static Entry parse(Request r, String dreamer) {
        String text = Normalizer.normalize(r.str("text", MAX_TEXT), Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw ApiError.badRequest("'text' is required: write the dream");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw ApiError.badRequest("'text' holds a NUL character; send plain text");
        }
        String date = r.str("date", 20).strip();
        if (!date.isEmpty()) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("'date' must be a day like 2024-03-05, not '" + Request.clip(date) + "'");
            }
        }
        String title = r.str("title", 200).strip();
        Map<String, String> meta = new TreeMap<>();
        List<String> tags = tags(r.json().get("tags"));
        if (!tags.isEmpty()) {
            meta.put("tags", String.join(",", tags));
        }
        put(meta, "lucidity", r.intField("lucidity", 0, 4));
        put(meta, "mood", r.intField("mood", -2, 2));
        put(meta, "sleep_quality", r.intField("sleepQuality", 1, 5));
        JsonNode v = r.json().get("visibility");
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw ApiError.badRequest("'visibility' must be private, shared or public");
        }
        String vis = Request.oneOf("visibility", v == null || v.isNull() ? null : v.asText(), "private",
                "private", "shared", "public");
        Dream d = new Dream(text, text, dreamer, date, "", "journal", "", title, meta, List.of());
        return new Entry(d, Visibility.ofDb(vis));
    }

    private static void put(Map<String, String> meta, String key, Integer value) {
        if (value != null) {
            meta.put(key, String.valueOf(value));
        }
    }

    private static List<String> tags(JsonNode n) {
        List<String> raw = new ArrayList<>();
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isTextual()) {
            for (String t : n.asText().split(",")) {
                raw.add(t);
            }
        } else if (n.isArray()) {
            for (JsonNode t : n) {
                if (!t.isTextual()) {
                    throw ApiError.badRequest("'tags' must be a list of strings or one comma-separated string");
                }
                raw.add(t.asText());
            }
        } else {
            throw ApiError.badRequest("'tags' must be a list of strings or one comma-separated string");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : raw) {
            String tag = Normalizer.normalize(t, Normalizer.Form.NFC).strip().toLowerCase(java.util.Locale.ROOT)
                    .replace(',', ' ');
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG) {
                throw ApiError.badRequest("a tag may have at most " + MAX_TAG + " characters: '" + Request.clip(tag) + "'");
            }
            out.add(tag);
        }
        if (out.size() > MAX_TAGS) {
            throw ApiError.badRequest("at most " + MAX_TAGS + " tags per dream");
        }
        return List.copyOf(out);
    }

    /** The journal fields of a stored dream, for JSON. */
    static Map<String, Object> read(Dream d) {
        Map<String, Object> m = new LinkedHashMap<>();
        String tags = d.metadata().getOrDefault("tags", "");
        m.put("tags", tags.isEmpty() ? List.of() : List.of(tags.split(",")));
        m.put("lucidity", number(d, "lucidity"));
        m.put("mood", number(d, "mood"));
        m.put("sleepQuality", number(d, "sleep_quality"));
        return m;
    }

    static Integer number(Dream d, String key) {
        String v = d.metadata().get(key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
