package org.dreamloom.coding;

import java.util.List;
import java.util.Objects;

/**
 * One code on a card, in DreamBank notation (e.g. {@code "1FSA"}, {@code "D 3> 1FMA"}, {@code "AP,D"}), with
 * the evidence spans that justify it and the coder (name and version) that produced it. Human codes read
 * from a card file have no evidence and the coder {@link #HUMAN}.
 */
public record CodedItem(String code, List<Evidence> evidence, String coder) {
    /** The coder name given to codes that came from a human-coded card. */
    public static final String HUMAN = "human";

    public CodedItem {
        Objects.requireNonNull(code, "code");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(coder, "coder");
    }

    /** A human code, with no evidence. */
    public static CodedItem human(String code) {
        return new CodedItem(code, List.of(), HUMAN);
    }
}
