package org.dreamloom.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dreamloom.io.cards.JsonKinds;
import org.dreamloom.report.DecodedText;

/** Reads JSON Lines: one JSON object per line, one dream each, fields named as in {@link Columns}. */
final class JsonlReader implements FormatReader {
    /** Strict: a line that names a key twice is refused rather than keeping whichever value came last. */
    private static final ObjectMapper JSON = JsonKinds.STRICT;

    @Override
    public void read(Path file, DecodedText decoded, ImportOptions options, ImportListener listener) {
        String source = file.toAbsolutePath().normalize().toString();
        List<Located> document = wholeDocument(decoded.text());
        if (document != null) {
            // one JSON array (or one object) spread over several lines: its records are read where they start
            for (Located l : document) {
                record(l.node(), l.line(), file, source, decoded, options, listener);
            }
            return;
        }
        int lineNo = 0;
        for (String line : (Iterable<String>) decoded.text().lines()::iterator) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                String twice = JsonKinds.duplicateKey(e);
                if (twice != null) {
                    listener.problem(new ImportProblem(file, lineNo, "the key '" + twice + "' appears twice on the line",
                            "keep one of them (this line is skipped; the other lines are still read)"));
                } else {
                    listener.problem(new ImportProblem(file, lineNo, "not valid JSON (" + JsonKinds.message(e) + ")",
                            "write one JSON object per line"));
                }
                continue;
            }
            record(node, lineNo, file, source, decoded, options, listener);
        }
    }

    /** A JSON value and the line it starts on. */
    private record Located(JsonNode node, int line) {
    }

    /**
     * The records of a file that is one JSON document — an array of records (on one line or many), or one
     * pretty-printed object — each with the line it starts on; null when the file is not that (JSON Lines, or
     * broken JSON, which the line-by-line reading then reports line by line).
     */
    private static List<Located> wholeDocument(String text) {
        String t = text.strip();
        if (!(t.startsWith("[") || t.startsWith("{"))) {
            return null;
        }
        List<Located> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = p.currentTokenLocation().getLineNr();
                    out.add(new Located(JSON.readTree(p), line));
                }
            } else {
                int line = p.currentTokenLocation().getLineNr(); // where the object opens, before reading to its end
                out.add(new Located(JSON.readTree(p), line));
            }
            if (p.nextToken() != null) {
                return null; // more than one value: JSON Lines
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return out;
    }

    /** Turns one parsed record into a dream or a problem. */
    private static void record(JsonNode node, int lineNo, Path file, String source, DecodedText decoded,
            ImportOptions options, ImportListener listener) {
        if (node == null || !node.isObject()) {
            listener.problem(new ImportProblem(file, lineNo, node != null && node.isArray()
                    ? "the line is a JSON list, not an object (JSON Lines has one object per line)"
                    : "the line is not a JSON object",
                    "write one JSON object per line, e.g. {\"report\": \"...\"}"));
            return;
        }
        // every key is a column, so that a report given as a number or a list is found and refused by name
        List<String> header = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("metadata") && e.getValue().isObject()) {
                // Dreamloom's own JSONL export nests further fields here; read them back as columns
                for (Iterator<Map.Entry<String, JsonNode>> m = e.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = m.next();
                    if (f.getValue().isValueNode() && !f.getValue().isNull() && !header.contains(f.getKey())) {
                        header.add(f.getKey());
                        nodes.add(f.getValue());
                    }
                }
            } else if (!header.contains(e.getKey())) {
                header.add(e.getKey());
                nodes.add(e.getValue());
            }
        }
        List<String> values = new ArrayList<>();
        for (JsonNode n : nodes) {
            // lists, objects and nulls have no text of their own: they never become a value or metadata
            values.add(n.isValueNode() && !n.isNull() ? n.asText() : "");
        }
        Columns columns;
        try {
            columns = Columns.resolve(header, options.columns());
        } catch (IllegalArgumentException e) {
            listener.problem(new ImportProblem(file, lineNo, e.getMessage(), "fix the --column option"));
            return;
        }
        if (!columns.hasReport()) {
            listener.problem(new ImportProblem(file, lineNo, "no field holds the report text (the fields are: "
                    + String.join(", ", header) + ")",
                    "name it with --column report=NAME, or call it report, text, dream or content"));
            return;
        }
        ImportProblem wrongType = wrongType(file, lineNo, header, nodes, columns);
        if (wrongType != null) {
            listener.problem(wrongType);
            return;
        }
        String key = columns.get(values, "key");
        ReportCheck.Fields fields = new ReportCheck.Fields(columns.get(values, "dreamer"),
                columns.get(values, "date"), columns.get(values, "series"), source,
                key.isEmpty() ? "line " + lineNo : key, columns.get(values, "title"), columns.extra(values));
        ReportCheck.Result r = ReportCheck.check(columns.get(values, "report"), fields, file, lineNo, lineNo,
                decoded.malformedLines(), options);
        r.deliver(listener, file, lineNo, null);
    }

    /**
     * The problem of a line whose dream fields have the wrong JSON type, or null: the report must be a string
     * (5 or ["..."] is not a dream's text); the other recognised fields a string or a number (an id or an age
     * may be written as a number).
     */
    private static ImportProblem wrongType(Path file, int lineNo, List<String> header, List<JsonNode> nodes,
            Columns columns) {
        for (String field : Columns.KNOWN.keySet()) {
            Integer idx = columns.index(field);
            if (idx == null) {
                continue;
            }
            JsonNode n = nodes.get(idx);
            boolean report = field.equals("report");
            boolean ok = n.isNull() || n.isTextual() || (!report && n.isNumber());
            if (!ok) {
                String name = header.get(idx);
                String what = name.strip().equalsIgnoreCase(field) ? "'" + name + "'" : "'" + name + "' (the " + field + ")";
                return new ImportProblem(file, lineNo,
                        what + " is " + JsonKinds.describe(n) + ", not " + (report ? "the dream's text" : "text"),
                        "write it as a string in quotes, e.g. \"" + name + "\": \"" + (report ? "I was flying over..." : "...")
                                + "\" (this line is skipped; the other lines are still read)");
            }
        }
        return null;
    }
}
