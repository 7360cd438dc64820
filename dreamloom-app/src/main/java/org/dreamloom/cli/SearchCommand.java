package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.library.search.FacetCount;
import org.dreamloom.library.search.Hit;
import org.dreamloom.library.search.QuerySyntaxException;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom search QUERY}: finds dreams by words, codes, filters and meaning. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the library's dreams. Words, \"phrases\", wild*cards, AND/OR/NOT, and filters such as"
                + " dreamer:alta, series:b-baseline, date:[1990 TO 1995], sex:female, code:1FSA, emotion:AP,"
                + " nightmare:true.",
            "Prints the matching dreams with the matched words marked, and how many of each dreamer's and series'"
                + " dreams match (as DreamBank counts them). --semantic also finds dreams that say the same in other"
                + " words."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Mixin
    SearchSession.Options options;
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined with spaces).")
    List<String> query;
    @Option(names = "--semantic", description = "Rank by meaning as well as words (hybrid search).")
    boolean semantic;
    @Option(names = "--mode", paramLabel = "MODE", description = "lexical, semantic or hybrid (overrides --semantic).")
    String mode;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default 10).")
    int limit;
    @Option(names = "--json", description = "Print JSON: {\"total\", \"word_matches\", \"hits\": [{\"id\", \"score\", \"dreamer\", \"snippet\", ...}], \"facets\"}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchMode m = semantic ? SearchMode.HYBRID : SearchMode.LEXICAL;
        if (mode != null) {
            try {
                m = SearchMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("dreamloom search: --mode must be lexical, semantic or hybrid, not '" + mode + "'");
                return ExitCodes.USAGE;
            }
        }
        if (limit < 1) {
            err.println("dreamloom search: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        String q = String.join(" ", query);
        SearchResult r;
        try (SearchSession s = SearchSession.open(library, options, err, "search", true)) {
            r = s.index.search(s.viewer, new SearchRequest(q, m, limit, 0));
        } catch (QuerySyntaxException e) {
            err.println("dreamloom search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            out.println(r.toJson());
            out.flush();
            return ExitCodes.OK;
        }
        boolean terminal = System.console() != null;
        out.printf("%,d %s %s%s%n", r.total(), r.total() == 1 ? "dream matches" : "dreams match", q, modeNote(r));
        for (Hit h : r.hits()) {
            out.println();
            out.printf("#%d  %s%s%s  score %.3f%n", h.id(), h.dreamer().isEmpty() ? "(no dreamer)" : h.dreamer(),
                    h.series().isEmpty() ? "" : "  " + h.series(), h.date() == null ? "" : "  " + h.date(), h.score());
            out.println("  " + terminalSnippet(h.snippet(), terminal));
        }
        // in hybrid mode the facets count only the dreams with the words: say so beside them
        String counted = r.mode() == SearchMode.HYBRID ? " (dreams with the words)" : "";
        facets(out, "By dreamer" + counted, r.facets().dreamers());
        facets(out, "By series" + counted, r.facets().series());
        out.flush();
        return ExitCodes.OK;
    }

    /** After the total: the mode, and in hybrid mode how many of the dreams use the words. */
    private static String modeNote(SearchResult r) {
        return switch (r.mode()) {
            case LEXICAL -> "";
            case SEMANTIC -> " (semantic)";
            case HYBRID -> String.format(" (hybrid: %,d with the words, %,d more close in meaning)", r.wordMatches(),
                    r.total() - r.wordMatches());
        };
    }

    private static void facets(PrintWriter out, String title, List<FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        counts.forEach(c -> out.println("  " + c));
    }

    /**
     * The index's HTML snippet for a terminal: matched words bold (ANSI) on a console and in [brackets]
     * elsewhere, entities decoded, line breaks flattened.
     */
    static String terminalSnippet(String html, boolean ansi) {
        String open = ansi ? "\u001b[1m" : "[";
        String close = ansi ? "\u001b[0m" : "]";
        return html.replace("<b>", open).replace("</b>", close).replaceAll("\\s+", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
