package org.dreamloom.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says why an output file (export, chart, CSV) could not be written and what to do, from the file system's
 * state rather than the exception's bare path ("cannot write x.csv: x.csv" told the user nothing).
 */
final class OutputFailure {
    private OutputFailure() {
    }

    /** {@code cannot write FILE: why — what to do}. */
    static String describe(String what, Path file, IOException e) {
        Path abs = file.toAbsolutePath();
        Path folder = abs.getParent();
        String why;
        if (Files.isDirectory(abs)) {
            why = "it is a folder — give the name of a file inside it";
        } else if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            why = folder + " is a file, not a folder — choose another path";
        } else if (folder != null && !Files.isDirectory(folder)) {
            why = "the folder " + folder + " does not exist — create it first, or choose another path";
        } else if (e instanceof AccessDeniedException || (folder != null && !Files.isWritable(folder))) {
            why = "permission denied — choose a folder you can write to";
        } else if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            why = "the path cannot be created — check it and choose another";
        } else {
            why = e.getMessage() + " — check the path and that the folder is writable";
        }
        return "cannot write " + what + file + ": " + why;
    }
}
