package org.dreamloom.coding.characters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.junit.jupiter.api.Test;

/** The two seed dreams the project started from come out with sensible characters. */
class SeedCharactersTest {
    private static String seed(String prefix) throws IOException {
        Path dir = Path.of(System.getProperty("dreamloom.shared", "../shared"), "data", "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    private static CodedItem withEvidence(Card card, String word) {
        return card.items(Category.CHARACTERS).stream()
                .filter(i -> i.evidence().stream().map(Evidence::text).anyMatch(word::equals))
                .findFirst().orElseThrow(() -> new AssertionError("no character with evidence '" + word + "' in "
                        + card.codes(Category.CHARACTERS)));
    }

    @Test
    void theWomanWithDarkCurlsIsAFemaleStrangerAndTheChildrenAGroupOfChildStrangers() throws IOException {
        Card card = Dreamloom.code("seeds", "000", seed("000_"));
        assertThat(withEvidence(card, "woman").code()).isEqualTo("1FSA");
        assertThat(withEvidence(card, "children").code()).matches("2J[SU]C");
        List<String> codes = card.codes(Category.CHARACTERS);
        assertThat(codes).hasSizeBetween(2, 6);
    }

    @Test
    void theSecondSeedCodesTheStrangersAsAGroup() throws IOException {
        Card card = Dreamloom.code("seeds", "002", seed("002_"));
        assertThat(withEvidence(card, "Strangers").code()).isEqualTo("2JSA");
        assertThat(card.codes(Category.CHARACTERS)).doesNotContain("1IKA");
    }
}
