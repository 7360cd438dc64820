package org.dreamloom.cli;

/** A selection that cannot be resolved; the message says what and what to do, the exit code how bad it is. */
public final class SelectionException extends Exception {
    private final int exitCode;

    public SelectionException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The exit code the command should return ({@link ExitCodes}). */
    public int exitCode() {
        return exitCode;
    }
}
