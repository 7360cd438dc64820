package org.dreamloom.coding.notation;

/**
 * A modifier: a scale letter and a sign, e.g. {@code S-} (small), {@code I+} (intense). Scales: S size, A age,
 * D density, C colour, V velocity, L linearity, I intensity, T temperature, E evaluation. Parsed leniently: any
 * capital letter followed by {@code +} or {@code -}.
 *
 * @param scale the scale letter
 * @param sign  {@code +} or {@code -}
 */
public record ModifierCode(char scale, char sign) implements Code {
    /** The scale letters of the HVdC manual (all of them occur in the norms cards). */
    public static final String SCALES = "SADCVLITE";

    /** Parses a modifier code. */
    public static ModifierCode parse(String code) {
        String s = code.replace(" ", "");
        if (s.length() != 2 || s.charAt(0) < 'A' || s.charAt(0) > 'Z' || (s.charAt(1) != '+' && s.charAt(1) != '-')) {
            throw new NotationException(code, "a modifier is a scale letter then + or - (e.g. S- or I+)");
        }
        return new ModifierCode(s.charAt(0), s.charAt(1));
    }

    /** True when the scale is one of the HVdC manual's letters. */
    public boolean isKnownScale() {
        return SCALES.indexOf(scale) >= 0;
    }

    @Override
    public String format() {
        return "" + scale + sign;
    }
}
