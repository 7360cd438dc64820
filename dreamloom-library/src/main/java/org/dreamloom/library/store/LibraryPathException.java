package org.dreamloom.library.store;

/**
 * The library cannot be opened or created at the path given: a folder, a file that is not a library, a folder
 * that cannot be created or written. The message says which path, why, and what to do; no stack trace is needed.
 */
public final class LibraryPathException extends RuntimeException {
    public LibraryPathException(String message, Throwable cause) {
        super(message, cause);
    }
}
