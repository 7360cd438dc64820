package org.dreamloom.coding.notation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An object code: one two-letter {@link ObjectClass}, e.g. {@code AE}. */
public record ObjectCode(ObjectClass objectClass) implements Code {

    /** Parses a two-letter object class. */
    public static ObjectCode parse(String code) {
        String s = code.strip();
        for (ObjectClass c : ObjectClass.values()) {
            if (c.name().equals(s)) {
                return new ObjectCode(c);
            }
        }
        throw new NotationException(code, "not an object class; the classes are "
                + Arrays.stream(ObjectClass.values()).map(Enum::name).collect(Collectors.joining(" ")));
    }

    @Override
    public String format() {
        return objectClass.name();
    }
}
