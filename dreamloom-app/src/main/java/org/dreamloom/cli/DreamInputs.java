package org.dreamloom.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dreamloom.coding.Card;
import org.dreamloom.io.DreamImporter;
import org.dreamloom.io.ImportFormat;
import org.dreamloom.io.ImportListener;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.io.ImportProblem;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.report.Dream;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;

/**
 * Reads the dreams a command is asked to code, in every format the importers know. Card JSONL ({@code .jsonl},
 * {@code .ndjson}, {@code .json} whose first record is a card) is read here line by line so series and number are
 * copied; plain text ({@code .txt}, {@code .text} or no extension) is one dream per file, series "" and number =
 * the file name. Everything else — Markdown journals, DreamBank TSV (+ its .json), CSV/TSV with a header, dream
 * JSONL — goes through {@link DreamImporter}: series = the dream's series, number = its key in the source (row,
 * DreamBank number, heading), else its line.
 */
final class DreamInputs {
    private DreamInputs() {
    }

    /**
     * One dream to code and where it came from.
     *
     * @param dream  the input card (its codes are ignored by the coder)
     * @param origin {@code file:line} or {@code file}, for messages
     */
    record Input(Card dream, String origin) {
    }

    /**
     * The dreams of one file and the problems met reading it.
     *
     * @param inputs   the good dreams, in file order
     * @param problems one message per bad line or unusable file, naming file and line
     * @param exitCode {@link ExitCodes#OK}, {@link ExitCodes#PARTIAL} (bad lines skipped), {@link ExitCodes#DATA}
     *                 (the file is unusable) or {@link ExitCodes#NO_INPUT} (it does not exist or cannot be read)
     */
    record Loaded(List<Input> inputs, List<String> problems, int exitCode) {
        static Loaded failed(String problem, int exitCode) {
            return new Loaded(List.of(), List.of(problem), exitCode);
        }
    }

    /** Reads one input file, keeping the good dreams of a half-bad file. */
    static Loaded read(Path file) {
        if (Files.isDirectory(file)) {
            return Loaded.failed(file + ": is a directory; give the files in it", ExitCodes.DATA);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        try {
            return switch (ext) {
                case "jsonl", "ndjson", "json" -> isCardFile(file) ? cards(file) : imported(file);
                case "", "txt", "text" -> text(file, name);
                case "md", "markdown", "csv", "tsv" -> imported(file);
                default -> Loaded.failed(file + ": unsupported input format '." + ext + "'; give card JSONL"
                        + " (.jsonl), plain text (.txt, one dream per file), Markdown (.md), DreamBank TSV (.tsv with"
                        + " its .json), CSV/TSV with a header, or dream JSONL", ExitCodes.DATA);
            };
        } catch (NoSuchFileException e) {
            return Loaded.failed(file + ": no such file", ExitCodes.NO_INPUT);
        } catch (IOException e) {
            return Loaded.failed(file + ": cannot be read (" + e.getMessage() + ")", ExitCodes.NO_INPUT);
        }
    }

    /**
     * Whether the first non-blank line of a JSON-lines file is a coding card (not a plain dream record): it has
     * the card's "number" key or its category lists.
     */
    private static boolean isCardFile(Path file) throws IOException {
        String first;
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            // ISO-8859-1 never fails to decode; the card keys looked for are ASCII
            first = lines.filter(l -> !l.isBlank()).findFirst().orElse("");
        }
        return first.isEmpty() || first.matches(".*\"number\"\\s*:.*")
                || DreamImporter.detect(file, first) == ImportFormat.CARDS;
    }

    /** Reads a file through the foundation importers, keeping its good dreams and describing the bad ones. */
    private static Loaded imported(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DreamImporter.importPath(file, ImportOptions.defaults(), new ImportListener() {
            @Override
            public void dream(ImportedDream d) {
                Dream dream = d.dream();
                String number = !dream.sourceKey().isEmpty() ? dream.sourceKey()
                        : !dream.title().isEmpty() ? dream.title() : Integer.toString(d.line());
                String where = d.line() > 0 ? d.file() + ":" + d.line() : d.file().toString();
                inputs.add(new Input(Card.empty(dream.series(), number, dream.text()), where));
            }

            @Override
            public void problem(ImportProblem p) {
                problems.add(p.describe() + (p.line() > 0 ? " (the record is skipped)" : ""));
            }
        });
        int exit = problems.isEmpty() ? ExitCodes.OK
                : inputs.isEmpty() ? ExitCodes.DATA : ExitCodes.PARTIAL;
        return new Loaded(inputs, problems, exit);
    }

    private static Loaded text(Path file, String name) throws IOException {
        try {
            String text = strictUtf8().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            // a byte-order mark is not part of the dream, and Windows line ends read as plain ones
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n");
            if (text.isBlank()) {
                return Loaded.failed(file + ": the file is empty; a text input holds one dream report",
                        ExitCodes.DATA);
            }
            return new Loaded(List.of(new Input(Card.empty("", name, text.strip()), file.toString())), List.of(),
                    ExitCodes.OK);
        } catch (CharacterCodingException e) {
            return Loaded.failed(file + ": not valid UTF-8 text; convert it to UTF-8", ExitCodes.DATA);
        }
    }

    private static Loaded cards(Path file) throws IOException {
        // Lines are decoded one by one, so that one badly encoded line does not lose the others.
        byte[] bytes = Files.readAllBytes(file);
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CharsetDecoder utf8 = strictUtf8();
        // a UTF-8 byte-order mark (Windows editors write one) is not part of the first card
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int no = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            no++;
            String where = file + ":" + no;
            try {
                String line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
                if (!line.isBlank()) {
                    inputs.add(new Input(CardJson.parse(line), where));
                }
            } catch (CharacterCodingException e) {
                problems.add(where + ": not valid UTF-8 (the line is skipped; convert the file to UTF-8)");
            } catch (CardFormatException e) {
                problems.add(where + ": " + e.getMessage() + " (the line is skipped; fix or remove it)");
            }
            start = end + 1;
        }
        if (inputs.isEmpty() && problems.isEmpty()) {
            return Loaded.failed(file + ": the file holds no cards; a card file has one card JSON object per line",
                    ExitCodes.DATA);
        }
        return new Loaded(inputs, problems, problems.isEmpty() ? ExitCodes.OK
                : inputs.isEmpty() ? ExitCodes.DATA : ExitCodes.PARTIAL);
    }

    private static CharsetDecoder strictUtf8() {
        // newDecoder() reports malformed input instead of replacing it.
        return StandardCharsets.UTF_8.newDecoder();
    }
}
