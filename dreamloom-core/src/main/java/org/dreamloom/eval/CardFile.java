package org.dreamloom.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;

/**
 * Reads a card JSONL file leniently: blank lines are skipped, a bad line becomes a problem naming the file and the
 * line, and the good lines are kept.
 */
public final class CardFile {
    private CardFile() {
    }

    /**
     * The cards of one file and the problems met reading it.
     *
     * @param cards    the cards of the good lines, in file order
     * @param problems one message per bad line, {@code file:line: what is wrong}
     */
    public record Loaded(List<Card> cards, List<String> problems) {
        public Loaded {
            cards = List.copyOf(cards);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Loaded read(Path file) throws IOException {
        List<Card> cards = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark is not part of the first card
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    cards.add(CardJson.parse(line));
                } catch (CardFormatException e) {
                    problems.add(file + ":" + no + ": " + e.getMessage() + " (the line is skipped; fix or remove it)");
                }
            }
        }
        return new Loaded(cards, problems);
    }
}
