package org.dreamloom.library.store;

/** The library database failed or could not be opened; the message says which file and why. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
