package org.dreamloom.library.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the ways a library path can be unusable — a folder, a file that is not SQLite, a parent that is a file, a
 * folder without write permission — into one-line messages with what to do, instead of JDBC and Flyway traces.
 */
final class LibraryPaths {
    private static final String ADVICE = "give --library a file path in a folder you can write to";

    private LibraryPaths() {
    }

    /** Refuses a path that names a folder before SQLite tries to open it. */
    static void checkUsable(Path abs) {
        if (Files.isDirectory(abs)) {
            throw new LibraryPathException("the library " + abs + " is a folder, not a library file — "
                    + "give a file path, such as " + abs.resolve("library.db"), null);
        }
    }

    /** Why the folder of a new library could not be made. */
    static LibraryPathException cannotCreateFolder(Path abs, IOException e) {
        String why;
        if (e instanceof FileAlreadyExistsException f) {
            why = (f.getFile() != null ? f.getFile() : e.getMessage()) + " is a file, not a folder";
        } else if (e instanceof AccessDeniedException a) {
            why = "permission denied on " + (a.getFile() != null ? a.getFile() : e.getMessage());
        } else {
            why = String.valueOf(e.getMessage());
        }
        return new LibraryPathException("cannot create the folder of the library " + abs + ": " + why + " — "
                + ADVICE, e);
    }

    /** Why SQLite or the schema migration refused the file, from the innermost cause's first line. */
    static LibraryPathException cannotOpen(Path abs, StoreException e) {
        String root = rootMessage(e);
        String lower = root.toLowerCase(Locale.ROOT);
        String what;
        if (lower.contains("sqlite_notadb") || lower.contains("not a database")) {
            what = abs + " is not a Dreamloom library (not an SQLite database) — give the path of a library, "
                    + "or a new file name to create one";
        } else if (lower.contains("sqlite_cantopen") || lower.contains("unable to open")) {
            what = "cannot open or create the library " + abs + " (" + (Files.isWritable(abs.getParent() == null
                    ? abs : abs.getParent()) ? "SQLite cannot open it" : "its folder is not writable") + ") — " + ADVICE;
        } else if (lower.contains("readonly") || lower.contains("read-only")) {
            what = "the library " + abs + " is read-only — " + ADVICE + ", or make the file writable";
        } else {
            what = "cannot prepare the library " + abs + " (is it a Dreamloom library?): " + root;
        }
        return new LibraryPathException(what, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
