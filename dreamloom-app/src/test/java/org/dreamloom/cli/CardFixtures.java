package org.dreamloom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small human-coded card files written by the tests (the dreams are made up for them). */
final class CardFixtures {
    private CardFixtures() {
    }

    static Path write(Path dir, String name, int dreams, boolean withBadLine) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= dreams; i++) {
            boolean fight = i % 3 == 0;
            lines.add("{\"series\": \"fixture\", \"number\": \"" + i + "\", "
                    + "\"characters\": [\"1MKA\", \"1FSA\"" + (i % 4 == 0 ? ", \"1ANI\"" : "") + "], "
                    + "\"aggression\": [" + (fight ? "\"1MKA 3> D\"" : "") + "], "
                    + "\"friendliness\": [\"D 4> 1FSA\"], \"sexuality\": [], "
                    + "\"settings\": [\"" + (i % 2 == 0 ? "IF" : "OU") + "\"], \"objects\": [\"AR\", \"BH\"], "
                    + "\"activities\": [], \"modifiers\": [], \"failure\": [], "
                    + "\"success\": [" + (i % 5 == 0 ? "\"SU,D\"" : "") + "], "
                    + "\"misfortune\": [" + (fight ? "\"M5,D\"" : "") + "], \"good_fortune\": [], "
                    + "\"emotions\": [\"" + (fight ? "AN,D" : "HA,D") + "\"], "
                    + "\"report\": \"I walked to my friend's house number " + i + " and a woman I did not know"
                    + " waved at me from the garden.\"}");
            if (withBadLine && i == 2) {
                lines.add("{\"series\": \"fixture\", \"characters\": \"1MKA\"}");
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
