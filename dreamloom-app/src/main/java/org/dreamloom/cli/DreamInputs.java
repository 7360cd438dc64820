package org.dreamloom.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;

/**
 * Reads the dreams a command is asked to code. This is the one place that knows input formats: card JSONL
 * ({@code .jsonl}, {@code .ndjson}) and plain text (any other file: one dream per file, series "" and number =
 * the file name). The importers of other formats plug in here.
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
     * @param problems one message per bad line or unreadable file, naming file and line
     * @param missing  true when the file does not exist or cannot be read
     */
    record Loaded(List<Input> inputs, List<String> problems, boolean missing) {
    }

    /** Reads one input file, keeping the good dreams of a half-bad file. */
    static Loaded read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return new Loaded(List.of(), List.of(file + ": is a directory; give the files in it"), true);
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return cards(file);
            }
            // A strict decoder: a file in another encoding is reported, not silently garbled.
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            String number = file.getFileName().toString();
            return new Loaded(List.of(new Input(Card.empty("", number, text.strip()), file.toString())), List.of(),
                    false);
        } catch (NoSuchFileException e) {
            return new Loaded(List.of(), List.of(file + ": no such file"), true);
        } catch (CharacterCodingException e) {
            return new Loaded(List.of(), List.of(file + ": not valid UTF-8 text; convert it to UTF-8"), false);
        } catch (IOException e) {
            return new Loaded(List.of(), List.of(file + ": cannot be read (" + e.getMessage() + ")"), true);
        }
    }

    private static Loaded cards(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                inputs.add(new Input(CardJson.parse(lines.get(i)), where));
            } catch (CardFormatException e) {
                problems.add(where + ": " + e.getMessage() + " (the line is skipped; fix or remove it)");
            }
        }
        return new Loaded(inputs, problems, false);
    }
}
