package org.dreamloom.io;

import java.nio.file.Path;

/** Receives what an import reads, in file order. Called from the importing thread only. */
public interface ImportListener {
    /** A report was read and passed validation. */
    void dream(ImportedDream dream);

    /** Something was rejected. */
    void problem(ImportProblem problem);

    /**
     * The dream about to be delivered was imported, but part of its record could not be read as written (e.g. an
     * impossible date); said so the user can correct it. Rejections go to {@link #problem} instead.
     */
    default void warning(ImportProblem warning) {
    }

    /** A series description was read (DreamBank metadata), before the series' dreams. */
    default void series(SeriesInfo series) {
    }

    /** A file was skipped on purpose (not a dream file, e.g. LICENSE.txt or metadata), with the reason. */
    default void skipped(Path file, String reason) {
    }

    /** A file is about to be read; {@code bytes} is its size, for progress reporting. */
    default void fileStarted(Path file, long bytes) {
    }
}
