package org.dreamloom.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dreamloom.report.DecodedText;

/** Reads JSON Lines: one JSON object per line, one dream each, fields named as in {@link Columns}. */
final class JsonlReader implements FormatReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Path file, DecodedText decoded, ImportOptions options, ImportListener listener) {
        String source = file.toAbsolutePath().normalize().toString();
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
                listener.problem(new ImportProblem(file, lineNo, "not valid JSON (" + e.getOriginalMessage() + ")",
                        "write one JSON object per line"));
                continue;
            }
            if (node == null || !node.isObject()) {
                listener.problem(new ImportProblem(file, lineNo, "the line is not a JSON object",
                        "write one JSON object per line, e.g. {\"report\": \"...\"}"));
                continue;
            }
            List<String> header = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    header.add(e.getKey());
                    values.add(e.getValue().asText());
                } else if (e.getKey().equals("metadata") && e.getValue().isObject()) {
                    // Dreamloom's own JSONL export nests further fields here; read them back as columns
                    for (Iterator<Map.Entry<String, JsonNode>> m = e.getValue().fields(); m.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = m.next();
                        if (f.getValue().isValueNode() && !f.getValue().isNull() && !header.contains(f.getKey())) {
                            header.add(f.getKey());
                            values.add(f.getValue().asText());
                        }
                    }
                }
            }
            Columns columns;
            try {
                columns = Columns.resolve(header, options.columns());
            } catch (IllegalArgumentException e) {
                listener.problem(new ImportProblem(file, lineNo, e.getMessage(), "fix the --column option"));
                continue;
            }
            if (!columns.hasReport()) {
                listener.problem(new ImportProblem(file, lineNo, "no field holds the report text (the fields are: "
                        + String.join(", ", header) + ")",
                        "name it with --column report=NAME, or call it report, text, dream or content"));
                continue;
            }
            String key = columns.get(values, "key");
            ReportCheck.Fields fields = new ReportCheck.Fields(columns.get(values, "dreamer"),
                    columns.get(values, "date"), columns.get(values, "series"), source,
                    key.isEmpty() ? "line " + lineNo : key, columns.get(values, "title"), columns.extra(values));
            ReportCheck.Result r = ReportCheck.check(columns.get(values, "report"), fields, file, lineNo, lineNo,
                    decoded.malformedLines(), options);
            r.deliver(listener, file, lineNo, null);
        }
    }
}
