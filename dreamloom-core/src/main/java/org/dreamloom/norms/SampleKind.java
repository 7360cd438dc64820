package org.dreamloom.norms;

import java.util.Optional;

/**
 * Whose dreams a set holds, which decides the recommended sample size: 75–100 reports for one person's series,
 * 100–125 for a group (Domhoff 1996).
 */
public enum SampleKind {
    /** One dreamer's series. */
    PERSON(75, 100),
    /** Dreams of several people. */
    GROUP(100, 125),
    /** Not known (e.g. a card file): the person thresholds apply, and the group ones are mentioned. */
    UNKNOWN(75, 100);

    private final int low;
    private final int high;

    SampleKind(int low, int high) {
        this.low = low;
        this.high = high;
    }

    /** The lower end of the recommended sample size. */
    public int low() {
        return low;
    }

    /** The upper end of the recommended sample size. */
    public int high() {
        return high;
    }

    /**
     * A warning when {@code dreams} is below the recommended size for this kind of set: below the lower end the
     * indicators are unstable; between the ends they are usable but tentative. Empty when the set is big enough.
     */
    public Optional<String> sizeWarning(String label, int dreams) {
        String who = switch (this) {
            case PERSON -> "one person's series";
            case GROUP -> "a group";
            case UNKNOWN -> "one person's series (100–125 for a group)";
        };
        String recommended = low + "–" + high + " reports recommended for " + who;
        if (dreams < low) {
            return Optional.of(label + ": only " + dreamCount(dreams) + ", below the " + recommended
                    + "; indicators are unstable, read effect sizes with caution");
        }
        if (this == UNKNOWN && dreams < GROUP.low) {
            return Optional.of(label + ": " + dreams + " dreams is enough for one person's series but below the "
                    + GROUP.low + "–" + GROUP.high + " reports recommended if this is a group");
        }
        if (dreams < high) {
            return Optional.of(label + ": " + dreams + " dreams, at the low end of the " + recommended);
        }
        return Optional.empty();
    }

    private static String dreamCount(int dreams) {
        return dreams == 1 ? "1 dream" : dreams + " dreams";
    }
}
