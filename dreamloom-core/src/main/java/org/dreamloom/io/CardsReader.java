package org.dreamloom.io;

import java.nio.file.Path;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.report.DecodedText;

/**
 * Reads HVdC coding cards (JSONL in the format of {@link CardJson}): each card's report becomes a dream and
 * its codes come along as the human coding of that dream.
 */
final class CardsReader implements FormatReader {
    @Override
    public void read(Path file, DecodedText decoded, ImportOptions options, ImportListener listener) {
        String source = file.toAbsolutePath().normalize().toString();
        int lineNo = 0;
        for (String line : (Iterable<String>) decoded.text().lines()::iterator) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Card card;
            try {
                card = CardJson.parse(line);
            } catch (CardFormatException e) {
                listener.problem(new ImportProblem(file, lineNo, "not a coding card: " + e.getMessage(),
                        "write one card JSON object per line, each key once, the report and the codes as strings in "
                                + "quotes (this card is skipped; the other cards are still read)"));
                continue;
            }
            if (!CardJson.hasCodeLists(line)) {
                // a plain dream record read as a card would be stored as a human coding with no codes at all
                listener.problem(new ImportProblem(file, lineNo, "not a coding card: none of the code lists ("
                        + "characters, emotions, ...) is on the line",
                        "import dream records with --format jsonl (or auto), or add the card's code lists"));
                continue;
            }
            if (card.report() == null || card.report().isBlank()) {
                listener.problem(new ImportProblem(file, lineNo, "the card has no report text",
                        "cards are imported with their report; add it or drop the card"));
                continue;
            }
            ReportCheck.Fields fields = new ReportCheck.Fields("", "", card.series(), source,
                    card.number().isEmpty() ? "line " + lineNo : card.number(), "", Map.of());
            ReportCheck.Result r = ReportCheck.check(card.report(), fields, file, lineNo, lineNo,
                    decoded.malformedLines(), options);
            r.deliver(listener, file, lineNo, card);
        }
    }

    /** Whether a first line looks like a coding card rather than a plain dream record. */
    static boolean looksLikeCard(String firstLine) {
        return firstLine.contains("\"characters\"") && firstLine.contains("\"emotions\"");
    }
}
