package org.dreamloom.coding.notation;

/**
 * A character code: number, sex, identity, age ({@code 1MKA} = one known adult male), or an animal
 * ({@code 1ANI}, {@code 2ANI}) or creature ({@code 1CZZ}) with a number in front.
 *
 * <p>Numbers: 1 individual, 2 group, 3 individual dead, 4 group dead, 5 individual imaginary, 6 group imaginary,
 * 7 original form, 8 changed form. Sexes: M F J(oint) I(ndefinite). Identities: F M X B T H W A D C I Y R (family
 * and relatives), K P O E S U. Ages: A T C B. The norms cards use all numbers but 6 and no creature; they do use
 * {@code 5MAB} (an imaginary baby son) and {@code 8ANI} (an animal someone turned into).
 */
public record CharacterCode(int number, char sex, char identity, char age) implements Code, Participant {
    static final String NUMBERS = "12345678";
    static final String SEXES = "MFJI";
    static final String IDENTITIES = "FMXBTHWADCIYRKPOESU";
    static final String AGES = "ATCB";
    private static final String ANIMAL = "ANI";
    private static final String CREATURE = "CZZ";

    public CharacterCode {
        String tail = "" + sex + identity + age;
        if (number < 1 || number > 8) {
            throw new NotationException(number + tail, "number " + number + " is not 1-8");
        }
        if (!tail.equals(ANIMAL) && !tail.equals(CREATURE)) {
            check(number + tail, SEXES, sex, "sex");
            check(number + tail, IDENTITIES, identity, "identity");
            check(number + tail, AGES, age, "age");
        }
    }

    /** Parses a 4-letter character code. */
    public static CharacterCode parse(String code) {
        return parse(code, code);
    }

    static CharacterCode parse(String token, String code) {
        String t = token.strip();
        if (t.length() != 4) {
            throw new NotationException(code, "character '" + t + "' must have 4 letters: number, sex, identity,"
                    + " age (e.g. 1MKA) or an animal/creature such as 1ANI, 1CZZ");
        }
        char n = t.charAt(0);
        if (NUMBERS.indexOf(n) < 0) {
            throw new NotationException(code, "character '" + t + "' starts with '" + n + "', not a number 1-8");
        }
        String tail = t.substring(1);
        if (!tail.equals(ANIMAL) && !tail.equals(CREATURE)) {
            check(code, t, SEXES, t.charAt(1), "sex");
            check(code, t, IDENTITIES, t.charAt(2), "identity");
            check(code, t, AGES, t.charAt(3), "age");
        }
        return new CharacterCode(n - '0', t.charAt(1), t.charAt(2), t.charAt(3));
    }

    /** True when {@code token} has the shape of a character code (4 characters, a digit first). */
    static boolean looksLike(String token) {
        return token.length() == 4 && Character.isDigit(token.charAt(0));
    }

    /** True for animals ({@code ANI}). */
    public boolean isAnimal() {
        return sex == 'A' && identity == 'N' && age == 'I';
    }

    /** True for creatures ({@code CZZ}). */
    public boolean isCreature() {
        return sex == 'C' && identity == 'Z' && age == 'Z';
    }

    /** True for human characters (neither animal nor creature). */
    public boolean isHuman() {
        return !isAnimal() && !isCreature();
    }

    /** True for groups (numbers 2, 4, 6). */
    public boolean isGroup() {
        return number == 2 || number == 4 || number == 6;
    }

    @Override
    public String format() {
        return "" + number + sex + identity + age;
    }

    private static void check(String code, String allowed, char c, String field) {
        check(code, code, allowed, c, field);
    }

    private static void check(String code, String token, String allowed, char c, String field) {
        if (allowed.indexOf(c) < 0) {
            throw new NotationException(code, "character '" + token + "' has " + field + " '" + c + "', not one of "
                    + String.join(" ", allowed.split("")));
        }
    }
}
