package org.dreamloom.coding.notation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity: {@code ACTORS TYPE [DIRECTION TARGET]}, e.g. {@code D M} (the dreamer moves),
 * {@code 1FMA V> D} (mother talks to the dreamer), {@code D + 1MKA L}. Types: P physical, M movement, L location
 * change, V verbal, E expressive, S seeing, A auditory, C cognitive (thinking). Directions: {@code >} directed,
 * {@code =} mutual, {@code R} reciprocal. Parsed leniently: any capital type letter, and actor or target tokens
 * that are neither D nor a character code are kept as they are (the cards hold {@code Q V> D}).
 *
 * @param actors    who acts
 * @param type      the activity letter
 * @param direction {@code > = R}, or empty for an activity without a target
 * @param target    the target group, present exactly when there is a direction
 */
public record ActivityCode(Participants actors, char type, Optional<Character> direction,
                           Optional<Participants> target) implements Code {
    /** The activity letters of the HVdC manual (all of them occur in the norms cards). */
    public static final String TYPES = "PMLVESAC";
    // Spaces around '+' vary; once they are gone an activity is two or three space-separated tokens.
    private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern TYPE = Pattern.compile("([A-Z])([>=R]?)");

    public ActivityCode {
        if (direction.isPresent() != target.isPresent()) {
            throw new IllegalArgumentException("an activity has a target exactly when it has a direction");
        }
    }

    /** Parses an activity code. */
    public static ActivityCode parse(String code) {
        String[] tokens = PLUS.matcher(code.strip()).replaceAll("+").split("\\s+");
        Matcher m = tokens.length < 2 || tokens.length > 3 ? null : TYPE.matcher(tokens[1]);
        if (m == null || !m.matches()) {
            throw new NotationException(code, "an activity is ACTORS TYPE[DIRECTION] [TARGET], e.g. 'D M' or"
                    + " '1FMA V> D'");
        }
        Participants actors = Participants.parse(tokens[0], code, true);
        String dir = m.group(2);
        String rest = tokens.length == 3 ? tokens[2] : "";
        if (dir.isEmpty() != rest.isEmpty()) {
            throw new NotationException(code, dir.isEmpty()
                    ? "a target '" + rest + "' needs a direction (> = R) after the activity letter"
                    : "direction '" + dir + "' needs a target");
        }
        return new ActivityCode(actors, m.group(1).charAt(0),
                dir.isEmpty() ? Optional.empty() : Optional.of(dir.charAt(0)),
                rest.isEmpty() ? Optional.empty() : Optional.of(Participants.parse(rest, code, true)));
    }

    @Override
    public String format() {
        return actors.format() + " " + type + direction.map(String::valueOf).orElse("")
                + target.map(t -> " " + t.format()).orElse("");
    }
}
