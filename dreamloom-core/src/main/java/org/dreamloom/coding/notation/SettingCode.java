package org.dreamloom.coding.notation;

/**
 * A setting: a location letter I(ndoor), O(utdoor), A(mbiguous), then a familiarity letter F(amiliar),
 * D(istorted), G(eographical), U(nfamiliar), Q(uestionable); {@code NS} means no setting. One per scene.
 *
 * @param location     I, O, A or N (N only in {@code NS})
 * @param familiarity  F, D, G, U, Q, or S in {@code NS}
 */
public record SettingCode(char location, char familiarity) implements Code {
    /** No setting. */
    public static final SettingCode NONE = new SettingCode('N', 'S');

    public SettingCode {
        boolean none = location == 'N' && familiarity == 'S';
        if (!none && ("IOA".indexOf(location) < 0 || "FDGUQ".indexOf(familiarity) < 0)) {
            throw new NotationException("" + location + familiarity,
                    "a setting is a location I/O/A then a familiarity F/D/G/U/Q, or NS for no setting");
        }
    }

    /** Parses a two-letter setting code. */
    public static SettingCode parse(String code) {
        String s = code.strip();
        if (s.length() != 2) {
            throw new NotationException(code, "a setting has two letters: location I/O/A, familiarity F/D/G/U/Q"
                    + " (e.g. IQ), or NS");
        }
        if (s.equals("NS")) {
            return NONE;
        }
        if ("IOA".indexOf(s.charAt(0)) < 0) {
            throw new NotationException(code, "location '" + s.charAt(0) + "' is not one of I O A (or NS)");
        }
        if ("FDGUQ".indexOf(s.charAt(1)) < 0) {
            throw new NotationException(code, "familiarity '" + s.charAt(1) + "' is not one of F D G U Q");
        }
        return new SettingCode(s.charAt(0), s.charAt(1));
    }

    @Override
    public String format() {
        return "" + location + familiarity;
    }
}
