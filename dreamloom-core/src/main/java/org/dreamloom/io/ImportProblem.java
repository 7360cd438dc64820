package org.dreamloom.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something in an input that could not be imported, said so a person can fix it: the file, the line (0 when the
 * whole file is concerned), what is wrong and what to do.
 */
public record ImportProblem(Path file, int line, String what, String todo) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(what, "what");
        todo = todo == null ? "" : todo;
    }

    /** One line: {@code file:line: what; todo}. */
    public String describe() {
        String where = line > 0 ? file + ":" + line : file.toString();
        return where + ": " + what + (todo.isEmpty() ? "" : " — " + todo);
    }

    @Override
    public String toString() {
        return describe();
    }
}
