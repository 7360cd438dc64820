package org.dreamloom.cli;

import java.nio.file.Path;
import org.dreamloom.library.store.DreamStore;
import picocli.CommandLine.Option;

/** The {@code --library PATH} option every command shares, and where the library lives by default. */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "PATH",
            description = "The library file (default: $XDG_DATA_HOME/dreamloom/library.db or ~/.local/share/dreamloom/library.db).")
    Path library;

    /** The chosen library file, or the default one in the user's data folder. */
    public Path path() {
        return library != null ? library : dataDir().resolve("library.db");
    }

    /** Opens the chosen library (creating it when new). */
    public DreamStore open() {
        return DreamStore.open(path());
    }

    /**
     * Opens the chosen library for a command that only reads it or works on its dreams.
     *
     * @throws NoLibraryException when no library exists there (a mistyped path must not create an empty one)
     */
    public DreamStore openExisting() {
        if (!java.nio.file.Files.exists(path())) {
            throw new NoLibraryException(path());
        }
        return open();
    }

    /** The user's Dreamloom data folder: {@code $XDG_DATA_HOME/dreamloom}, else {@code ~/.local/share/dreamloom}. */
    public static Path dataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "dreamloom");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "dreamloom");
    }
}
