package org.dreamloom.io.cards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;

/**
 * Reads and writes one coding card as one JSON line, in the schema of {@code data/hvdc/*.jsonl}: {@code series},
 * {@code number}, {@code report} and one list of code strings per category. Evidence and coder versions go under
 * the extra key {@code "evidence"} (scorers ignore it). Thread-safe.
 */
public final class CardJson {
    /** The extra key that carries evidence spans and coder versions. */
    public static final String EVIDENCE_KEY = "evidence";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Parses strictly: a card that names a key twice is a format error, not "the last one wins". */
    private static final ObjectMapper READER = JsonKinds.STRICT;

    private CardJson() {
    }

    /**
     * Parses one card line. Code lists of categories the line lacks are empty; codes carry the evidence found
     * under {@link #EVIDENCE_KEY}, or none (coder {@link CodedItem#HUMAN}).
     *
     * @throws CardFormatException when the line is not a JSON object, names a key twice, a category is not a list of
     *     strings, the report is not a string, or the series or number is not a string or a number
     */
    public static Card parse(String line) {
        JsonNode root;
        try {
            // a UTF-8 byte-order mark (Windows editors write one) before the first card is not part of it
            root = READER.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
        } catch (JsonProcessingException e) {
            String twice = JsonKinds.duplicateKey(e);
            throw new CardFormatException(twice != null
                    ? "the key '" + twice + "' appears twice"
                    : "not valid JSON: " + JsonKinds.message(e));
        }
        if (root == null || !root.isObject()) {
            throw new CardFormatException("a card must be a JSON object");
        }
        JsonNode evidence = root.path(EVIDENCE_KEY);
        Map<Category, List<CodedItem>> codes = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            JsonNode list = root.get(category.key());
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                throw new CardFormatException("'" + category.key() + "' must be a list of code strings");
            }
            JsonNode detail = evidence.path(category.key());
            List<CodedItem> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode code = list.get(i);
                if (!code.isTextual()) {
                    throw new CardFormatException("'" + category.key() + "' item " + (i + 1) + " is not a string");
                }
                if (!code.asText().isEmpty()) {
                    items.add(item(code.asText(), detail.path(i)));
                }
            }
            codes.put(category, items);
        }
        return new Card(text(root, "series"), text(root, "number"), nullableText(root, "report"), codes);
    }

    /**
     * Whether a card line names at least one category's code list (a look at the text): a line with none is a plain
     * dream record, whose "human codes" would be none at all.
     */
    public static boolean hasCodeLists(String line) {
        for (Category c : Category.values()) {
            if (line.contains("\"" + c.key() + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** Formats a card as one JSON line (no line break), evidence included when any code has some. */
    public static String format(Card card) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("series", card.series());
        root.put("number", card.number());
        ObjectNode evidence = MAPPER.createObjectNode();
        for (Category category : Category.values()) {
            ArrayNode list = root.putArray(category.key());
            ArrayNode detail = MAPPER.createArrayNode();
            boolean anyDetail = false;
            for (CodedItem item : card.items(category)) {
                list.add(item.code());
                ObjectNode d = detail.addObject();
                d.put("coder", item.coder());
                ArrayNode spans = d.putArray("spans");
                for (Evidence e : item.evidence()) {
                    spans.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text());
                }
                anyDetail |= !item.coder().equals(CodedItem.HUMAN) || !item.evidence().isEmpty();
            }
            if (anyDetail) {
                evidence.set(category.key(), detail);
            }
        }
        root.put("report", card.report());
        if (!evidence.isEmpty()) {
            root.set(EVIDENCE_KEY, evidence);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a card tree always serialises", e);
        }
    }

    private static CodedItem item(String code, JsonNode detail) {
        if (detail.isMissingNode() || !detail.isObject()) {
            return CodedItem.human(code);
        }
        List<Evidence> spans = new ArrayList<>();
        for (JsonNode s : detail.path("spans")) {
            spans.add(new Evidence(s.path("start").asInt(), s.path("end").asInt(), s.path("text").asText("")));
        }
        return new CodedItem(code, spans, detail.path("coder").asText(CodedItem.HUMAN));
    }

    /** A series or number: a string, or a number written without quotes ({@code "number": 12}). */
    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual() && !n.isNumber()) {
            throw new CardFormatException("'" + field + "' is " + JsonKinds.describe(n) + ", not a string");
        }
        return n.asText();
    }

    /** The report: a string, or null when absent; a number or list is an error, never its text form. */
    private static String nullableText(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new CardFormatException("'" + field + "' is " + JsonKinds.describe(n) + ", not the dream's text in quotes");
        }
        return n.asText();
    }
}
