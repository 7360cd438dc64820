package org.dreamloom.cli;

/** Exit codes of the command line (BSD sysexits where one fits). */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command ran but some input was rejected (e.g. bad rows in an import); the good part was kept. */
    public static final int PARTIAL = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** An input file or data was unusable. */
    public static final int DATA = 65;
    /** An input file does not exist or cannot be read. */
    public static final int NO_INPUT = 66;
    /** An unexpected internal error. */
    public static final int SOFTWARE = 70;
    /** A file could not be written. */
    public static final int CANT_CREATE = 73;

    private ExitCodes() {
    }
}
