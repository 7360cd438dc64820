package org.dreamloom.coding.notation;

/** A code string that does not follow the HVdC/DreamBank notation; the message names the code and what is wrong. */
public final class NotationException extends IllegalArgumentException {
    private final String code;

    public NotationException(String code, String problem) {
        super("'" + code + "': " + problem);
        this.code = code;
    }

    /** The code string that failed to parse. */
    public String code() {
        return code;
    }
}
