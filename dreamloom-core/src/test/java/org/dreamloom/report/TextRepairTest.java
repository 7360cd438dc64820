package org.dreamloom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    /** What a file goes through when UTF-8 is read as {@code wrong} and saved again. */
    private static String mojibake(String text, Charset wrong) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, wrong);
            // like browsers (WHATWG), bytes windows-1252 leaves undefined become the C1 control of that number
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    @Test
    void repairsTheSeedDocument() throws IOException {
        Path seeds = Path.of(System.getProperty("dreamloom.shared"), "data", "seeds");
        Path seed;
        try (Stream<Path> files = Files.list(seeds)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        String raw = Files.readString(seed);
        assertThat(raw).contains("caf√©");

        RepairedText r = TextRepair.repair(raw);

        assertThat(r.text()).contains("café").doesNotContain("√");
        assertThat(r.original()).isEqualTo(raw);
        assertThat(r.repairs()).singleElement().asString().contains("Mac Roman").contains("café");
    }

    @Test
    void undoesEachKindOfDoubleDecoding() {
        String good = "Café crème, naïve Zoë said “I’m déjà vu” — 5 € for Müller’s piñata";
        for (Charset cs : new Charset[] {Charset.forName("x-MacRoman"), Charset.forName("windows-1252"),
                StandardCharsets.ISO_8859_1}) {
            String broken = mojibake(good, cs);
            assertThat(broken).isNotEqualTo(good);
            assertThat(TextRepair.repair(broken).text()).as("via %s", cs).isEqualTo(good);
        }
    }

    @Test
    void undoesTwoRoundsOfMojibake() {
        String twice = mojibake(mojibake("café", Charset.forName("windows-1252")), Charset.forName("windows-1252"));
        assertThat(TextRepair.repair(twice).text()).isEqualTo("café");
    }

    @Test
    void fixesOneDamagedWordAndKeepsCorrectAccentsElsewhere() {
        String text = "Déjà vu at the caf√© again";
        assertThat(TextRepair.repair(text).text()).isEqualTo("Déjà vu at the café again");
    }

    @Test
    void leavesCorrectTextAlone() {
        for (String ok : new String[] {"Ich träumte von Äpfeln und Öl, über Straßen.", "« Élan » and «Élan»",
                "ÀÉÎ ÕÜ in capitals", "It cost £5 at 30°C — ½ price…", "Дом у моря", "夢の中で私は飛んだ",
                "I’m here…é", "Ã is a letter too", "emoji 🌙✨ dream", "NÃO É"}) {
            RepairedText r = TextRepair.repair(ok);
            assertThat(r.text()).as(ok).isEqualTo(ok);
            assertThat(r.changed()).as(ok).isFalse();
        }
    }

    @Test
    void normalisesToNfcAndSaysSo() {
        String decomposed = "cafe\u0301";
        RepairedText r = TextRepair.repair(decomposed);
        assertThat(r.text()).isEqualTo("café");
        assertThat(r.repairs()).containsExactly("normalised to Unicode NFC");
    }

    @Property(tries = 300)
    void neverChangesRealisticTextBeyondNfc(@ForAll("realisticText") String text) {
        assertThat(TextRepair.repair(text).text()).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Property(tries = 200)
    void macRomanMojibakeOfRealisticTextComesBack(@ForAll("realisticText") String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String broken = mojibake(nfc, Charset.forName("x-MacRoman"));
        assertThat(TextRepair.repair(broken).text()).isEqualTo(nfc);
    }

    /**
     * Words of Western European letters, separated by spaces and punctuation as in prose. (Symbols glued inside a
     * word to an accented capital, like "Ñ‘", are genuinely ambiguous: that is exactly the mojibake of "ё".)
     */
    @Provide
    Arbitrary<String> realisticText() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .withChars("éèêëàâäçîïôöùûüœæßñáíóúÉÈÀÇÔÖÜÑ’")
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> gap = Arbitraries.of(" ", ", ", ". ", "; ", " — ", " – ", "… ", " «", "» ", " “", "” ",
                " ‘", "’ ", " (", ") ", " £", " 5 €", "° ", "! ", "? ");
        return Arbitraries.lazy(() -> word).list().ofMaxSize(12)
                .flatMap(ws -> gap.list().ofSize(ws.size()).map(gs -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        b.append(ws.get(i)).append(gs.get(i));
                    }
                    return b.toString();
                }));
    }

    @Property(tries = 300)
    void neverChangesCyrillicOrGreekText(@ForAll("otherScripts") String text) {
        assertThat(TextRepair.repair(text).text()).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Provide
    Arbitrary<String> otherScripts() {
        return Arbitraries.strings().withChars("абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖ αβγδεζηθικλμνξοπρστυφχψω .,—–«»…’ёЁ")
                .ofMinLength(0).ofMaxLength(40);
    }
}
