package org.dreamloom.coding.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A group of one or more participants joined with {@code +} (e.g. {@code D + 1FMA}). Spacing around {@code +}
 * varies in the human cards ({@code D +1MKA}, {@code D+ 2IUA}); the canonical form is {@code " + "}.
 *
 * @param members the participants, in the order written; never empty
 */
public record Participants(List<Participant> members) {
    /** The canonical separator between group members. */
    public static final String JOIN = " + ";

    public Participants {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group of participants is never empty");
        }
    }

    /** A group of the given members. */
    public static Participants of(Participant... members) {
        return new Participants(List.of(members));
    }

    /** True when the dreamer is one of the members. */
    public boolean includesDreamer() {
        return members.stream().anyMatch(Participant::isDreamer);
    }

    /** The canonical spelling: members joined with {@code " + "}. */
    public String format() {
        return members.stream().map(Participant::format).collect(Collectors.joining(JOIN));
    }

    /**
     * Parses a {@code +}-joined group, whatever the spacing.
     *
     * @param text    the group text
     * @param code    the whole code, for error messages
     * @param lenient accept tokens that are neither {@code D} nor a character code
     */
    static Participants parse(String text, String code, boolean lenient) {
        String compact = text.replace(" ", "");
        if (compact.isEmpty()) {
            throw new NotationException(code, "a participant is missing (expected D, Q or a character code such as 1MKA)");
        }
        List<Participant> out = new ArrayList<>();
        for (String token : compact.split("\\+", -1)) {
            if (token.isEmpty()) {
                throw new NotationException(code, "empty member in the group '" + text.strip()
                        + "' (members are joined with a single '+')");
            }
            if (lenient && !token.equals("D") && !token.equals("Q") && !CharacterCode.looksLike(token)) {
                out.add(new Participant.Other(token));
            } else {
                out.add(Participant.parse(token, code));
            }
        }
        return new Participants(out);
    }
}
