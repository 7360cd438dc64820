package org.dreamloom.bench;

import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;

/** Prints the characters coded for each argument, with their evidence: a quick look while tuning the coder. */
public final class CodeText {
    private CodeText() {
    }

    public static void main(String[] args) {
        for (String text : args) {
            Card card = Dreamloom.code(text);
            System.out.println(text);
            for (CodedItem item : card.items(Category.CHARACTERS)) {
                System.out.println("  " + item.code() + "  " + item.evidence().stream()
                        .map(e -> e.text() + "@" + e.start()).toList());
            }
        }
    }
}
