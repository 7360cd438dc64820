package org.dreamloom.cli;

import java.util.List;
import java.util.Optional;

/** The resolvers a SELECTION argument is offered to, in order; the first that recognises it wins. */
public final class Selections {
    /** What a SELECTION may be, for help texts and error messages. */
    public static final String FORMS = "a card JSONL file (PATH or cards:PATH), dreamer:NAME, series:NAME,"
            + " date:FROM..TO or query:TEXT";

    private final List<SelectionResolver> resolvers;

    public Selections(List<SelectionResolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    /** The resolvers of this build: card files, and a "not available yet" answer for library selections. */
    public static Selections standard() {
        return new Selections(List.of(new PlannedSelectionResolver(), new CardFileSelectionResolver()));
    }

    /** The resolvers of the command line: the library's selections (see {@link LibrarySelectionResolver}), card files. */
    public static Selections withLibrary(LibraryOption library) {
        return new Selections(List.of(new LibrarySelectionResolver(library), new CardFileSelectionResolver()));
    }

    /** Resolves {@code spec}, or throws with a usage message when no resolver recognises it. */
    public Selection resolve(String spec, CodeSource codes) throws SelectionException {
        for (SelectionResolver r : resolvers) {
            Optional<Selection> s = r.resolve(spec, codes);
            if (s.isPresent()) {
                return s.get();
            }
        }
        throw new SelectionException("'" + spec + "' is not a selection: no such file, and a SELECTION is " + FORMS,
                ExitCodes.USAGE);
    }
}
