package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dreamloom.io.ImportFormat;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.io.ImportProblem;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryImport;
import org.dreamloom.library.store.Visibility;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom import PATH...}: reads dream archives into the library. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import dream reports from files and folders (read recursively).",
            "Formats: plain text and Markdown journals, DreamBank series (<series>.tsv + .json), CSV/TSV with a header, "
                    + "JSONL, HVdC card JSONL. Reports already in the library are skipped; bad rows are reported "
                    + "with file and line and the good ones kept."},
        footer = {"", "Exit codes: 0 all imported, 1 some input rejected (the rest kept), 2 bad command line, 65 nothing usable, "
                + "66 no input found, 73 the library cannot be opened or created at --library."})
public final class ImportCommand implements Callable<Integer> {
    /** Imports larger than this show progress even when stderr is not a terminal. */
    static final long LARGE_IMPORT_BYTES = 8L * 1024 * 1024;
    private static final int MAX_PRINTED_PROBLEMS = 50;

    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;
    @Option(names = "--dreamer", paramLabel = "NAME", description = "The dreamer of every imported report (overrides the files).")
    String dreamer;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, text, dreambank, csv, jsonl or cards (default: ${DEFAULT-VALUE}, chosen per file).")
    String format;
    @Option(names = "--column", paramLabel = "FIELD=NAME",
            description = "Which CSV column or JSON field holds a dream field: report, dreamer, date, sex, age, title, series, key.")
    List<String> columnSpecs = new java.util.ArrayList<>();
    @Option(names = "--max-report-chars", paramLabel = "N", defaultValue = "" + ImportOptions.DEFAULT_MAX_REPORT_CHARS,
            description = "Reject reports longer than this (default: ${DEFAULT-VALUE} characters).")
    int maxReportChars;
    @Option(names = "--visibility", paramLabel = "V", defaultValue = "private",
            description = "private, shared or public (default: ${DEFAULT-VALUE}).")
    String visibility;
    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + LibraryImport.DEFAULT_BATCH,
            description = "Dreams per committed transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;
    @Option(names = "--json", description = "Print the summary (with every problem) as JSON.")
    boolean json;
    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportFormat fmt;
        Visibility vis;
        try {
            fmt = ImportFormat.of(format);
        } catch (IllegalArgumentException e) {
            err.println("dreamloom import: --format must be auto, text, dreambank, csv, jsonl or cards, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        try {
            vis = Visibility.valueOf(visibility.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("dreamloom import: --visibility must be private, shared or public, not '" + visibility + "'");
            return ExitCodes.USAGE;
        }
        if (maxReportChars <= 0) {
            err.println("dreamloom import: --max-report-chars must be at least 1, not " + maxReportChars);
            return ExitCodes.USAGE;
        }
        if (batchSize <= 0) {
            err.println("dreamloom import: --batch-size must be at least 1, not " + batchSize);
            return ExitCodes.USAGE;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String spec : columnSpecs) {
            int eq = spec.indexOf('=');
            String field = eq < 0 ? "" : spec.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            String name = eq < 0 ? "" : spec.substring(eq + 1).strip();
            if (field.isEmpty() || name.isEmpty()) {
                err.println("dreamloom import: --column takes FIELD=NAME (e.g. --column report=narrative), not '" + spec + "'");
                return ExitCodes.USAGE;
            }
            String before = columns.put(field, name);
            if (before != null && !before.equals(name)) {
                // picocli's map would keep the last one silently; two columns for one field is a contradiction
                err.println("dreamloom import: --column " + field + " is given twice (" + before + " and " + name
                        + "); give one column per field");
                return ExitCodes.USAGE;
            }
        }
        ImportOptions options = new ImportOptions(fmt, dreamer, columns, maxReportChars);
        LibraryImport.Summary summary;
        int[] printed = {0};
        try (DreamStore store = library.open(); Progress progress = Progress.start(totalBytes(paths), !noProgress)) {
            long owner = store.ownerId(DreamStore.LOCAL_OWNER);
            LibraryImport job = new LibraryImport(store, owner, vis, batchSize, p -> {
                if (!json && printed[0]++ < MAX_PRINTED_PROBLEMS) {
                    err.println("dreamloom: " + p.describe());
                    err.flush();
                }
            }, progress);
            summary = job.run(paths, options);
            progress.done(summary);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("imported", summary.imported());
            m.put("duplicates", summary.duplicates());
            m.put("rejected", summary.rejected());
            m.put("skipped", summary.skipped());
            m.put("problems", describe(summary.problems()));
            m.put("warnings", describe(summary.warnings()));
            out.println(Json.pretty(m));
        } else {
            if (printed[0] > MAX_PRINTED_PROBLEMS) {
                err.printf("dreamloom: ... and %,d more problems (use --json to see them all)%n", printed[0] - MAX_PRINTED_PROBLEMS);
            }
            out.printf("Imported %,d · duplicates %,d · rejected %,d · skipped files %,d%s%n", summary.imported(),
                    summary.duplicates(), summary.rejected(), summary.skipped(),
                    summary.warnings().isEmpty() ? "" : String.format(" · warnings %,d", summary.warnings().size()));
        }
        out.flush();
        err.flush();
        return exitCode(summary);
    }

    private static List<Map<String, Object>> describe(List<ImportProblem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ImportProblem p : problems) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("file", p.file().toString());
            pm.put("line", p.line());
            pm.put("what", p.what());
            pm.put("todo", p.todo());
            out.add(pm);
        }
        return out;
    }

    static int exitCode(LibraryImport.Summary s) {
        if (s.rejected() == 0) {
            return ExitCodes.OK;
        }
        if (s.imported() + s.duplicates() > 0) {
            return ExitCodes.PARTIAL;
        }
        boolean allMissing = s.problems().stream().allMatch(p -> p.line() == 0 && !Files.exists(p.file()));
        return allMissing ? ExitCodes.NO_INPUT : ExitCodes.DATA;
    }

    private static long totalBytes(List<Path> paths) {
        long total = 0;
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        total += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                    }
                } else if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // the importer reports unreadable paths with a proper message; progress just counts less
            }
        }
        return total;
    }

    /** A progress bar over the bytes of the input files, on stderr; does nothing for small non-interactive imports. */
    private static final class Progress implements LibraryImport.Progress, AutoCloseable {
        private final ProgressBar bar;
        private long doneBytes;
        private long currentBytes;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(long totalBytes, boolean allowed) {
            boolean terminal = System.console() != null;
            if (!allowed || (!terminal && totalBytes < LARGE_IMPORT_BYTES)) {
                return new Progress(null);
            }
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(totalBytes)
                    .setUnit(" MB", 1024 * 1024);
            if (terminal) {
                b.setConsumer(new ConsoleProgressBarConsumer(System.err));
            } else {
                // a log, not a terminal: plain ASCII lines every few seconds
                b.setConsumer(new DelegatingProgressBarConsumer(System.err::println)).setUpdateIntervalMillis(5000)
                        .setStyle(ProgressBarStyle.ASCII);
            }
            return new Progress(b.build());
        }

        @Override
        public void file(Path file, long bytes) {
            doneBytes += currentBytes;
            currentBytes = bytes;
            if (bar != null) {
                bar.stepTo(doneBytes);
            }
        }

        @Override
        public void committed(long dreamsRead) {
            if (bar != null) {
                bar.setExtraMessage(String.format("%,d dreams", dreamsRead));
            }
        }

        void done(LibraryImport.Summary s) {
            if (bar != null) {
                bar.stepTo(doneBytes + currentBytes);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
