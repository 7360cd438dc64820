package org.dreamloom.coding.notation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.coding.Category;

/**
 * A social interaction (aggression, friendliness, sexuality): {@code INITIATOR LEVEL TYPE TARGET}, e.g.
 * {@code D 3> 1FMA + 1MKA}. Types: {@code >} directed, {@code =} mutual, {@code R}/{@code r} reciprocal,
 * {@code *} no target (then the target is absent). Levels: aggression 1-8 (5-8 physical), friendliness 1-7,
 * sexuality 1-5. Spacing varies in the cards ({@code 1MEA 6> D + 1FTT}, {@code D 3> 1FMA +1MKA}); the canonical
 * form puts one space between the parts and {@code " + "} inside groups.
 *
 * @param initiator who acts
 * @param level     the intensity level
 * @param type      one of {@code > = R r *}
 * @param target    who is acted upon; empty exactly when the type is {@code *}
 */
public record InteractionCode(Participants initiator, int level, char type, Optional<Participants> target)
        implements Code {
    static final String TYPES = ">=Rr*";
    // The same split as tools/hvdc_indicators.py: initiator, then whitespace, one digit, the type, the target.
    private static final Pattern SHAPE = Pattern.compile("^(.*?)\\s+(\\d)([>=Rr*])\\s*(.*)$");

    public InteractionCode {
        if (TYPES.indexOf(type) < 0) {
            throw new IllegalArgumentException("interaction type '" + type + "' is not one of > = R r *");
        }
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("interaction level " + level + " is not 1-8");
        }
        if ((type == '*') != target.isEmpty()) {
            throw new IllegalArgumentException("an interaction has no target exactly when its type is '*'");
        }
    }

    /** Parses an interaction code of any of the three kinds (levels 1-8). */
    public static InteractionCode parse(String code) {
        String s = code.strip();
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            throw new NotationException(code, "an interaction is INITIATOR LEVEL TYPE TARGET, e.g. 'D 3> 1FMA'"
                    + " (level 1-8, type one of > = R r *)");
        }
        int level = m.group(2).charAt(0) - '0';
        if (level < 1 || level > 8) {
            throw new NotationException(code, "level " + level + " is not 1-8");
        }
        Participants initiator = Participants.parse(m.group(1), code, false);
        char type = m.group(3).charAt(0);
        String rest = m.group(4).strip();
        Optional<Participants> target;
        if (type == '*') {
            if (!rest.isEmpty()) {
                throw new NotationException(code, "type '*' means no target, but '" + rest + "' follows");
            }
            target = Optional.empty();
        } else {
            if (rest.isEmpty()) {
                throw new NotationException(code, "type '" + type + "' needs a target (use '*' for none)");
            }
            target = Optional.of(Participants.parse(rest, code, false));
        }
        return new InteractionCode(initiator, level, type, target);
    }

    /** Parses an interaction code of one category, checking the level range of that kind. */
    public static InteractionCode parse(Category kind, String code) {
        InteractionCode c = parse(code);
        int max = maxLevel(kind);
        if (c.level > max) {
            throw new NotationException(code, kind.key() + " levels are 1-" + max + ", not " + c.level);
        }
        return c;
    }

    /** The highest level of an interaction category: aggression 8, friendliness 7, sexuality 5. */
    public static int maxLevel(Category kind) {
        return switch (kind) {
            case AGGRESSION -> 8;
            case FRIENDLINESS -> 7;
            case SEXUALITY -> 5;
            default -> throw new IllegalArgumentException(kind + " is not an interaction category");
        };
    }

    @Override
    public String format() {
        return initiator.format() + " " + level + type + target.map(t -> " " + t.format()).orElse("");
    }
}
