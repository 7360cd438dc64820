package org.dreamloom.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.report.DecodedText;

/**
 * Reads plain-text and Markdown dream files. A text file is one dream. A Markdown journal with two or more
 * headings that have text under them is one dream per heading (the heading is the title; a date in it, such
 * as {@code 2024-03-05}, is the dream's date); otherwise the whole file is one dream.
 */
final class TextReader implements FormatReader {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private record Section(int level, String title, int line, int lastLine, String body) {
    }

    @Override
    public void read(Path file, DecodedText decoded, ImportOptions options, ImportListener listener) {
        String source = file.toAbsolutePath().normalize().toString();
        String name = file.getFileName().toString();
        boolean markdown = name.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)$");
        String text = decoded.text();
        List<Section> sections = markdown ? sections(text) : List.of();
        if (sections.size() >= 2) {
            int i = 0;
            for (Section s : sections) {
                i++;
                emit(s.body(), s.title(), s.line(), s.lastLine(), source, "#" + i + " " + s.title(), file, decoded,
                        options, listener);
            }
            return;
        }
        String title = stem(name);
        String body = text;
        if (markdown && sections.size() == 1) {
            title = sections.get(0).title();
            body = sections.get(0).body();
        }
        emit(body, title, 1, ReportCheck.lastLine(1, text), source, "", file, decoded, options, listener);
    }

    private static void emit(String body, String title, int line, int lastLine, String source, String key, Path file,
            DecodedText decoded, ImportOptions options, ImportListener listener) {
        Matcher m = ISO_DATE.matcher(title);
        String date = m.find() ? m.group(1) : "";
        ReportCheck.Fields fields = new ReportCheck.Fields("", date, "", source, key, title, Map.of());
        ReportCheck.Result r = ReportCheck.check(body, fields, file, line, lastLine, decoded.malformedLines(), options,
                key.isEmpty() ? "write the dream in the file, or leave the file out"
                        : "write the dream under its heading, or remove the heading");
        r.deliver(listener, file, line, null);
    }

    /** The sections under headings that have text; text before the first heading is ignored when headings exist. */
    private static List<Section> sections(String text) {
        List<Section> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String title = null;
        int level = 0;
        int start = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADING.matcher(lines[i]);
            if (m.matches()) {
                if (title != null && !body.toString().isBlank()) {
                    out.add(new Section(level, title, start, i, body.toString()));
                }
                title = m.group(2);
                level = m.group(1).length();
                start = i + 1;
                body.setLength(0);
            } else if (title != null) {
                body.append(lines[i]).append('\n');
            }
        }
        if (title != null && !body.toString().isBlank()) {
            out.add(new Section(level, title, start, lines.length, body.toString()));
        }
        // a single top-level heading above deeper ones is the journal's title; its text is an introduction
        int top = out.stream().mapToInt(Section::level).min().orElse(0);
        boolean deeper = out.stream().anyMatch(s -> s.level() > top);
        if (deeper && out.stream().filter(s -> s.level() == top).count() == 1) {
            out.removeIf(s -> s.level() == top);
        }
        return out;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
