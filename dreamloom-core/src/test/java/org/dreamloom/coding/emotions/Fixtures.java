package org.dreamloom.coding.emotions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;

/** Test helpers: analyse a hand-written report and make a card holding given characters. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Document doc(String text) {
        return TextAnalyzer.shared().analyze(text);
    }

    public static Card withCharacters(String report, String... codes) {
        List<CodedItem> items = Arrays.stream(codes).map(CodedItem::human).toList();
        return new Card("test", "1", report, Map.of(Category.CHARACTERS, items));
    }

    public static List<String> codes(List<CodedItem> items) {
        return items.stream().map(CodedItem::code).toList();
    }

    public static List<String> evidenceTexts(List<CodedItem> items) {
        return items.stream().flatMap(i -> i.evidence().stream()).map(e -> e.text()).toList();
    }
}
