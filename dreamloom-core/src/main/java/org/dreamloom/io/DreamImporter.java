package org.dreamloom.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dreamloom.report.BinaryContentException;
import org.dreamloom.report.DecodedText;
import org.dreamloom.report.EncodingDetector;

/**
 * Reads dream archives — files and folders, recursively — in any supported format and streams the dreams and
 * problems to a listener. Never throws for bad input: every unreadable file, row or report becomes an
 * {@link ImportProblem} and the rest goes on. Stateless and thread-safe.
 */
public final class DreamImporter {
    /** The extensions read when walking a folder; other files in a folder are skipped. */
    private static final Set<String> KNOWN = Set.of("txt", "text", "md", "markdown", "csv", "tsv", "jsonl", "ndjson");
    /** Names of files that travel with archives but hold no dreams. */
    private static final Set<String> NOT_DREAMS = Set.of("license", "licence", "readme", "notice", "copying", "changelog");
    /**
     * Files larger than this are refused outright: a file is decoded whole, and this keeps that well inside the
     * launcher's 2 GB heap (the largest DreamBank series is about 3 MB).
     */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private DreamImporter() {
    }

    /** Imports every path in order. */
    public static void importPaths(List<Path> paths, ImportOptions options, ImportListener listener) {
        for (Path p : paths) {
            importPath(p, options, listener);
        }
    }

    /** Imports one file, or every dream file below a folder. */
    public static void importPath(Path path, ImportOptions options, ImportListener listener) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                listener.problem(new ImportProblem(path, 0, "the folder cannot be read (" + e.getMessage() + ")",
                        "check its permissions"));
                return;
            }
            for (Path f : files) {
                if (isSeriesMetadata(f)) {
                    continue; // read with its .tsv: not a skipped file, whatever the summary's count says
                }
                String why = skipReason(path, f, options);
                if (why != null) {
                    listener.skipped(f, why);
                } else {
                    importFile(f, options, listener);
                }
            }
        } else if (!Files.exists(path)) {
            listener.problem(new ImportProblem(path, 0, "no such file or folder", path.toString().equals("-")
                    ? "to read standard input, give /dev/stdin" : "check the path"));
        } else {
            importFile(path, options, listener);
        }
    }

    /** Whether {@code f} is the {@code .json} of a DreamBank series, read together with the {@code .tsv} beside it. */
    private static boolean isSeriesMetadata(Path f) {
        String name = f.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json")
                && Files.isRegularFile(f.resolveSibling(name.substring(0, name.length() - 5) + ".tsv"));
    }

    private static String skipReason(Path root, Path f, ImportOptions options) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Path rel = root.relativize(f);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return "hidden";
            }
        }
        String stem = lower.contains(".") ? lower.substring(0, lower.indexOf('.')) : lower;
        if (NOT_DREAMS.contains(stem)) {
            return "not a dream file (" + name + ")";
        }
        String ext = extension(lower);
        if (!KNOWN.contains(ext)) {
            return "not a dream file type (." + ext + "); give the file explicitly to import it";
        }
        return null;
    }

    static void importFile(Path file, ImportOptions options, ImportListener listener) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                listener.problem(new ImportProblem(file, 0, String.format("the file is %,d bytes; the limit is %,d",
                        size, MAX_FILE_BYTES), "split it into smaller files"));
                return;
            }
            listener.fileStarted(file, size);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            listener.problem(new ImportProblem(file, 0, "no such file", "check the path"));
            return;
        } catch (IOException e) {
            listener.problem(new ImportProblem(file, 0, "the file cannot be read (" + e.getMessage() + ")",
                    "check that it exists and is readable"));
            return;
        }
        DecodedText decoded;
        try {
            decoded = EncodingDetector.decode(bytes);
        } catch (BinaryContentException e) {
            listener.problem(new ImportProblem(file, 0, "not imported: " + e.getMessage(),
                    "import text, Markdown, CSV/TSV, JSONL or card files"));
            return;
        }
        reader(file, decoded, options).read(file, decoded, options, listener);
    }

    /** The reader for a file: the one asked for, or one chosen from the file's name and first line. */
    static FormatReader reader(Path file, DecodedText decoded, ImportOptions options) {
        ImportFormat format = options.format() == ImportFormat.AUTO ? detect(file, decoded.text()) : options.format();
        return switch (format) {
            case TEXT, AUTO -> new TextReader();
            case DREAMBANK -> new DreamBankReader();
            case CSV -> new CsvReader();
            case JSONL -> new JsonlReader();
            case CARDS -> new CardsReader();
        };
    }

    /** Chooses a format from the file name and content. */
    public static ImportFormat detect(Path file, String text) {
        String ext = extension(file.getFileName().toString().toLowerCase(Locale.ROOT));
        switch (ext) {
            case "tsv":
                // a series uploaded alone (the web app takes one file) has no .json beside it: its header tells
                return DreamBankReader.hasMetadata(file) || DreamBankReader.hasSeriesHeader(text)
                        ? ImportFormat.DREAMBANK : ImportFormat.CSV;
            case "csv":
                return ImportFormat.CSV;
            case "jsonl", "ndjson", "json": {
                String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
                return CardsReader.looksLikeCard(first) ? ImportFormat.CARDS : ImportFormat.JSONL;
            }
            default:
                return ImportFormat.TEXT;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
