package org.dreamloom.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV/TSV text into records: quoted fields may hold delimiters, doubled quotes and line breaks. A record
 * that cannot be parsed (a quote that never closes, text after a closing quote) comes back with an error, and
 * parsing resumes on the line after the one where that record started — so one broken quote costs one row,
 * not the rest of the file. Not thread-safe; one instance per text.
 */
final class DelimitedParser {
    /** One record: its first line, its fields, or an error (then fields are empty). */
    record Row(int line, List<String> fields, String error) {
    }

    private final String s;
    private final char delim;
    private int pos;
    private int line = 1;

    DelimitedParser(String text, char delimiter) {
        this.s = text;
        this.delim = delimiter;
    }

    /** The next record, or null at the end. Blank lines are skipped. */
    Row next() {
        while (pos < s.length() && (s.charAt(pos) == '\n' || s.charAt(pos) == '\r')) {
            if (s.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
        if (pos >= s.length()) {
            return null;
        }
        int startPos = pos;
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            field.setLength(0);
            if (pos < s.length() && s.charAt(pos) == '"') {
                pos++;
                boolean closed = false;
                while (pos < s.length()) {
                    char c = s.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < s.length() && s.charAt(pos + 1) == '"') {
                            field.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        closed = true;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                    pos++;
                }
                if (!closed) {
                    return recover(startPos, startLine, "a quoted field opened on this line is never closed");
                }
                if (pos < s.length() && s.charAt(pos) != delim && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                    return recover(startPos, startLine, "unexpected text after a closing quote (line "
                            + line + "): a quote inside a field must be doubled (\"\")");
                }
            } else {
                int start = pos;
                while (pos < s.length() && s.charAt(pos) != delim && s.charAt(pos) != '\n') {
                    pos++;
                }
                int end = pos;
                if (end > start && s.charAt(end - 1) == '\r') {
                    end--;
                }
                field.append(s, start, end);
            }
            fields.add(field.toString());
            if (pos >= s.length()) {
                return new Row(startLine, fields, null);
            }
            char c = s.charAt(pos);
            if (c == delim) {
                pos++;
                continue;
            }
            if (c == '\r') {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == '\n') {
                pos++;
                line++;
            }
            return new Row(startLine, fields, null);
        }
    }

    private Row recover(int startPos, int startLine, String error) {
        int nl = s.indexOf('\n', startPos);
        pos = nl < 0 ? s.length() : nl + 1;
        line = startLine + 1;
        return new Row(startLine, List.of(), error);
    }
}
