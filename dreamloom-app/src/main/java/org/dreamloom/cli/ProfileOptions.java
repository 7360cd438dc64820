package org.dreamloom.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dreamloom.coding.Card;
import org.dreamloom.io.export.CodeCountsCsv;
import org.dreamloom.norms.SampleKind;
import picocli.CommandLine.Option;

/** The options {@code stats} and {@code compare} share: which codes, which kind of sample, JSON, CSV export. */
final class ProfileOptions {
    @Option(names = "--codes", paramLabel = "auto|human", defaultValue = "human",
            description = "human: the codes stored with the dreams (a card file's own); auto: re-code every report"
                    + " with Dreamloom's coder (default: ${DEFAULT-VALUE})")
    String codes;

    @Option(names = "--sample", paramLabel = "person|group",
            description = "whose dreams the selection holds, for the sample-size warning (75-100 reports"
                    + " recommended for a person, 100-125 for a group); default: unknown")
    String sample;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--export", paramLabel = "FILE.csv",
            description = "also write the code counts of every dream of the selection as CSV (one row per dream,"
                    + " one column per code class) for R or SPSS")
    Path export;

    /** The code source, or null when {@code --codes} is neither auto nor human. */
    CodeSource codeSource() {
        return switch (codes.toLowerCase(Locale.ROOT)) {
            case "auto" -> CodeSource.AUTO;
            case "human" -> CodeSource.HUMAN;
            default -> null;
        };
    }

    /**
     * The sample kind {@code --sample} names; UNKNOWN when not given (the selection's own kind then stands), or null
     * when it is not person/group.
     */
    SampleKind sampleKind() {
        if (sample == null) {
            return SampleKind.UNKNOWN;
        }
        return switch (sample.toLowerCase(Locale.ROOT)) {
            case "person" -> SampleKind.PERSON;
            case "group" -> SampleKind.GROUP;
            default -> null;
        };
    }

    /** {@code selection} with the kind {@code --sample} names, or as it is when the option was not given. */
    Selection applySample(Selection selection) {
        return sample == null ? selection : selection.withKind(sampleKind());
    }

    /** Writes the CSV export when asked for; throws with the file named when it cannot be written. */
    void exportIfAsked(List<Card> cards) throws IOException {
        if (export == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            CodeCountsCsv.write(cards, out);
        }
    }
}
