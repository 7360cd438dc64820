package org.dreamloom.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.norms.SampleKind;

/**
 * Resolves a path to a card JSONL file (optionally written {@code cards:PATH}). Human codes are the file's own;
 * automatic codes re-code each report with {@link Dreamloom#code(String, String, String)}. Bad lines are reported
 * with file and line and skipped; cards without a report are skipped too, as the reference indicator tool does.
 */
public final class CardFileSelectionResolver implements SelectionResolver {

    @Override
    public Optional<Selection> resolve(String spec, CodeSource codes) throws SelectionException {
        String pathText = spec.startsWith("cards:") ? spec.substring("cards:".length()) : spec;
        if (pathText.isBlank()) {
            throw new SelectionException("'cards:' names nothing: write cards:PATH (a card JSONL file)", ExitCodes.USAGE);
        }
        Path path = Path.of(pathText);
        if (Files.isDirectory(path)) {
            throw new SelectionException(pathText + " is a folder; give a card JSONL file (one card per line)",
                    ExitCodes.NO_INPUT);
        }
        if (!Files.exists(path)) {
            if (spec.startsWith("cards:") || pathText.endsWith(".jsonl") || pathText.endsWith(".json")) {
                throw new SelectionException("card file " + pathText + " does not exist; give the path to a card"
                        + " JSONL file (one card per line)", ExitCodes.NO_INPUT);
            }
            return Optional.empty();
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SelectionException(pathText + " is not a readable file", ExitCodes.NO_INPUT);
        }
        List<Card> cards = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int noReport = 0;
        int noCodeLists = 0;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Card card;
                try {
                    card = CardJson.parse(line);
                } catch (CardFormatException e) {
                    problems.add(pathText + ":" + number + ": " + e.getMessage() + "; the line was skipped (fix it"
                            + " to a card object of data/hvdc's schema to include it)");
                    continue;
                }
                if (card.report() == null || card.report().isBlank()) {
                    noReport++;
                    continue;
                }
                if (codes == CodeSource.HUMAN && !CardJson.hasCodeLists(line)) {
                    noCodeLists++; // a dream record: it has no human codes, not "no codes found by a human"
                    continue;
                }
                cards.add(codes == CodeSource.AUTO ? Dreamloom.code(card.series(), card.number(), card.report())
                        : card);
            }
        } catch (CharacterCodingException e) {
            throw new SelectionException(pathText + " is not UTF-8 text; save the card file as UTF-8", ExitCodes.DATA);
        } catch (IOException e) {
            throw new SelectionException(pathText + " cannot be read: " + e.getMessage(), ExitCodes.NO_INPUT);
        }
        if (noCodeLists > 0) {
            problems.add(pathText + ": " + noCodeLists + " line(s) hold no code lists (characters, emotions, ...): "
                    + "dream records, not coding cards, were left out; use --codes auto to code their reports");
        }
        if (noReport > 0) {
            problems.add(pathText + ": " + noReport + " card(s) without a report were left out");
        }
        if (cards.isEmpty()) {
            throw new SelectionException(pathText + " holds no usable card with a report"
                    + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"), ExitCodes.DATA);
        }
        return Optional.of(new Selection(path.getFileName().toString(), cards, SampleKind.UNKNOWN, problems));
    }
}
