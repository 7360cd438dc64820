package org.dreamloom.io.cards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Names the kind of a JSON value for messages ("a number (5)", "a list") and reads JSON lines strictly, so
 * that a line that says the same key twice is an error instead of silently keeping the last value.
 */
public final class JsonKinds {
    /** A reader that rejects duplicate keys in an object. Thread-safe. */
    public static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonKinds() {
    }

    /** What a value is, for a message: {@code a number (5)}, {@code a list}, {@code an object}, {@code true}. */
    public static String describe(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "null";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "text";
    }

    /**
     * The key a duplicate-key error names, or null when {@code e} is another JSON error. Jackson words it
     * {@code Duplicate field 'NAME'}.
     */
    public static String duplicateKey(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        String prefix = "Duplicate field '";
        if (m == null || !m.startsWith(prefix)) {
            return null;
        }
        int end = m.indexOf('\'', prefix.length());
        return end < 0 ? m.substring(prefix.length()) : m.substring(prefix.length(), end);
    }

    /**
     * Jackson's description of a syntax error without the location it appends ("start marker at [Source: REDACTED
     * ...]"), which names no file or line a user could act on; the caller says where.
     */
    public static String message(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int source = m.indexOf("[Source");
        if (source > 0) {
            // "... (start marker at [Source: ...])", "... (for Array starting at [Source: ...])": drop the parenthesis
            int paren = m.lastIndexOf(" (", source);
            m = paren > 0 ? m.substring(0, paren) : m.substring(0, source).replaceAll("\\s*at\\s*$", "");
        }
        return m.strip();
    }
}
