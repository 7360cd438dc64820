package org.dreamloom.cli;

import org.dreamloom.library.store.DreamQuery;
import picocli.CommandLine.Option;

/** The filters {@code list} and {@code export} share. */
public final class QueryOptions {
    @Option(names = "--dreamer", paramLabel = "NAME", description = "Only this dreamer's reports.")
    String dreamer;
    @Option(names = "--series", paramLabel = "NAME", description = "Only reports imported from this series (e.g. izzy0).")
    String series;
    @Option(names = "--from", paramLabel = "DATE", converter = DateFilterConverter.class,
            description = "Only reports dated on or after DATE (yyyy-mm-dd, yyyy-mm or yyyy).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", converter = DateFilterConverter.class,
            description = "Only reports dated on or before DATE (yyyy-mm-dd, yyyy-mm or yyyy: the whole month or year).")
    String to;

    /** Why --from and --to make no range (from after to), or null; --to covers its whole month or year. */
    String rangeProblem() {
        if (from != null && to != null && DreamQuery.endsBeforeItStarts(from, to)) {
            return "--from " + from + " is after --to " + to + "; swap them";
        }
        return null;
    }

    DreamQuery query(int limit, int offset) {
        return new DreamQuery(dreamer, series, from, to, limit, offset);
    }
}
