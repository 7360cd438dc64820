package org.dreamloom.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.dreamloom.report.Dream;
import org.dreamloom.report.DreamDate;
import org.dreamloom.report.RepairedText;
import org.dreamloom.report.TextRepair;

/**
 * Turns a raw report and its fields into a {@link Dream}, or into an {@link ImportProblem} when the report is
 * empty, too long, or sits on lines whose bytes were not valid in the file's encoding. Repairs the text.
 */
final class ReportCheck {
    private ReportCheck() {
    }

    /** The fields of one raw record besides the text. */
    record Fields(String dreamer, String date, String series, String source, String sourceKey, String title,
            Map<String, String> metadata) {
    }

    /** Either a dream (with a warning when part of it could not be read) or a problem. */
    record Result(Dream dream, ImportProblem problem, ImportProblem warning) {
        /** Tells the listener: the problem, or the warning and then the dream read from {@code line}. */
        void deliver(ImportListener listener, Path file, int line, org.dreamloom.coding.Card humanCard) {
            if (problem != null) {
                listener.problem(problem);
                return;
            }
            if (warning != null) {
                listener.warning(warning);
            }
            listener.dream(new ImportedDream(dream, file, line, humanCard));
        }
    }

    static Result check(String raw, Fields f, Path file, int firstLine, int lastLine, Set<Integer> malformedLines,
            ImportOptions options) {
        return check(raw, f, file, firstLine, lastLine, malformedLines, options,
                "write the dream text in the report field or remove the row");
    }

    /** As above, with what to do about an empty report said in the words of the file's format. */
    static Result check(String raw, Fields f, Path file, int firstLine, int lastLine, Set<Integer> malformedLines,
            ImportOptions options, String whenEmpty) {
        for (int l = firstLine; l <= lastLine; l++) {
            if (malformedLines.contains(l)) {
                return problem(file, l, "the bytes on this line are not valid UTF-8",
                        "re-save the file as UTF-8 (this record is skipped; the rest of the file is still read)");
            }
        }
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return problem(file, firstLine, "the report is empty", whenEmpty);
        }
        if (text.length() > options.maxReportChars()) {
            return problem(file, firstLine, String.format("the report is %,d characters long; the limit is %,d",
                    text.length(), options.maxReportChars()),
                    "check that the file's fields are separated properly, or split it into separate dreams");
        }
        RepairedText repaired = TextRepair.repair(text);
        String dreamer = options.dreamer().isEmpty() ? f.dreamer() : options.dreamer();
        // dates become ISO text so they sort and filter; what the source wrote is kept beside it
        String written = f.date().strip();
        String date = written.isEmpty() ? DreamDate.fromTextPrefix(text) : DreamDate.iso(written);
        Map<String, String> metadata = f.metadata();
        if (!written.isEmpty() && !written.equals(date)) {
            metadata = new java.util.LinkedHashMap<>(metadata);
            metadata.put("date_as_written", written);
        }
        String series = options.series().isEmpty() ? f.series() : options.series();
        Dream d = new Dream(repaired.text(), text, dreamer, date, series, f.source(), f.sourceKey(),
                f.title(), metadata, repaired.repairs());
        ImportProblem warning = written.isEmpty() || DreamDate.readInFull(written) ? null
                : new ImportProblem(file, firstLine, "the date '" + clip(written) + "' is not a date Dreamloom can read in "
                        + "full; the dream was imported " + (date.isEmpty() ? "without a date" : "dated " + date)
                        + " and the date as written is kept with it",
                        "write dates as yyyy-mm-dd (or mm/dd/yyyy, or 'March 5, 2024') to date it exactly");
        return new Result(d, null, warning);
    }

    private static Result problem(Path file, int line, String what, String todo) {
        return new Result(null, new ImportProblem(file, line, what, todo), null);
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The last line of a record that starts at {@code firstLine} and holds {@code text}. */
    static int lastLine(int firstLine, String text) {
        int n = firstLine;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
