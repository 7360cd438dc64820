package org.dreamloom.cli;

import java.nio.file.Path;

/**
 * A command that reads a library was pointed at a path where none exists: most often a typo in {@code --library},
 * which must not silently create a new, empty library and report "0 dreams".
 */
final class NoLibraryException extends RuntimeException {
    NoLibraryException(Path path) {
        super("no library at " + path.toAbsolutePath().normalize() + " — check --library, or import dreams into it first "
                + "(dreamloom import --library " + path + " PATH)");
    }
}
