package org.dreamloom.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.eval.BatchCoder;
import org.dreamloom.library.search.Hit;
import org.dreamloom.library.search.QuerySyntaxException;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.SearchResult;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredCoding;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.norms.SampleKind;

/**
 * Resolves the library selections — {@code dreamer:NAME}, {@code series:NAME}, {@code date:FROM..TO} (years or
 * ISO days, either end may be left out) and {@code query:TEXT} (a search, through the index beside the library)
 * — to the cards of the dreams the CLI's viewer may see. {@code --codes auto} takes the card the current coder
 * version stored ({@code dreamloom code --library}) and codes the others on the fly without storing them;
 * {@code --codes human} takes the human cards imported with the dreams and leaves out dreams that have none.
 */
public final class LibrarySelectionResolver implements SelectionResolver {
    /** The most dreams a {@code query:} selection takes. */
    static final int MAX_QUERY_HITS = 100_000;

    private final LibraryOption library;
    private final SearchSession.Options searchOptions;

    /** Resolves against the library {@code library} names (opened at each resolution). */
    public LibrarySelectionResolver(LibraryOption library) {
        this.library = library;
        this.searchOptions = new SearchSession.Options();
    }

    @Override
    public Optional<Selection> resolve(String spec, CodeSource codes) throws SelectionException {
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? "" : spec.substring(0, colon);
        String value = colon < 0 ? "" : spec.substring(colon + 1).strip();
        if (!List.of("dreamer", "series", "date", "query").contains(kind)) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            throw new SelectionException("'" + spec + "' names nothing: write " + kind + ":" + example(kind),
                    ExitCodes.USAGE);
        }
        List<StoredDream> dreams;
        List<Card> cards;
        List<String> problems = new ArrayList<>();
        if (kind.equals("query")) {
            try (SearchSession s = SearchSession.open(library, searchOptions, new java.io.PrintWriter(
                    new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true),
                    "selection", true)) {
                dreams = queried(s, value);
                cards = cards(s.store, s.ownerId, dreams, codes, problems);
            }
        } else {
            try (DreamStore store = library.openExisting()) {
                long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
                dreams = store.list(viewer, query(kind, value));
                cards = cards(store, viewer, dreams, codes, problems);
            }
        }
        if (dreams.isEmpty()) {
            throw new SelectionException("no dream in " + library.path() + " matches " + spec + " (see dreamloom list"
                    + " for the dreamers and series)", ExitCodes.DATA);
        }
        if (cards.isEmpty()) {
            throw new SelectionException("none of the " + dreams.size() + " dreams of " + spec + " has a human"
                    + " coding; use --codes auto, or import human cards with the dreams", ExitCodes.DATA);
        }
        SampleKind sample = kind.equals("dreamer") ? SampleKind.PERSON : SampleKind.UNKNOWN;
        return Optional.of(new Selection(spec, cards, sample, problems));
    }

    private static String example(String kind) {
        return switch (kind) {
            case "dreamer" -> "NAME";
            case "series" -> "NAME (e.g. series:b-baseline)";
            case "date" -> "FROM..TO (e.g. date:2001..2005 or date:1997-01-01..)";
            default -> "\"words\" (e.g. query:\"snake OR serpent\")";
        };
    }

    /** The store query of a dreamer, series or date selection. */
    static DreamQuery query(String kind, String value) throws SelectionException {
        return switch (kind) {
            case "dreamer" -> new DreamQuery(value, "", "", "", 0, 0);
            case "series" -> new DreamQuery("", value, "", "", 0, 0);
            default -> {
                int dots = value.indexOf("..");
                String from = dots < 0 ? value : value.substring(0, dots).strip();
                String to = dots < 0 ? value : value.substring(dots + 2).strip();
                if (!from.matches("|\\d{4}(-\\d{2}(-\\d{2})?)?") || !to.matches("|\\d{4}(-\\d{2}(-\\d{2})?)?")
                        || from.isEmpty() && to.isEmpty()) {
                    throw new SelectionException("date:" + value + " is not a date range: write date:FROM..TO with"
                            + " years, months or days (date:2001..2005, date:1997-03..1997-06, date:..1990)",
                            ExitCodes.USAGE);
                }
                yield new DreamQuery("", "", from, to, 0, 0);
            }
        };
    }

    /** The dreams a search finds (every match, not a page), in the index's order. */
    private static List<StoredDream> queried(SearchSession s, String text) throws SelectionException {
        String q = text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('"', 1) == text.length() - 1
                ? text.substring(1, text.length() - 1) : text;
        SearchResult r;
        try {
            r = s.index.search(s.viewer, new SearchRequest(q, SearchMode.LEXICAL, MAX_QUERY_HITS, 0));
        } catch (QuerySyntaxException e) {
            throw new SelectionException("query:" + text + ": " + e.getMessage(), ExitCodes.USAGE);
        }
        List<StoredDream> out = new ArrayList<>();
        for (Hit h : r.hits()) {
            s.store.find(s.ownerId, h.id()).ifPresent(out::add);
        }
        return out;
    }

    /** The cards of {@code dreams} with the codes asked for; what is left out goes to {@code problems}. */
    private static List<Card> cards(DreamStore store, long viewer, List<StoredDream> dreams, CodeSource codes,
            List<String> problems) {
        String wanted = codes == CodeSource.HUMAN ? DreamStore.HUMAN_CODER : Dreamloom.coderVersion();
        Map<Integer, Card> stored = new HashMap<>();
        List<Card> toCode = new ArrayList<>();
        List<Integer> toCodeAt = new ArrayList<>();
        int missingHuman = 0;
        for (int i = 0; i < dreams.size(); i++) {
            StoredDream d = dreams.get(i);
            Card found = null;
            for (StoredCoding c : store.codingsFor(viewer, d.id())) {
                if (c.coderVersion().equals(wanted)) {
                    found = c.card(); // oldest first: the last one is the latest
                }
            }
            if (found != null) {
                stored.put(i, found);
            } else if (codes == CodeSource.AUTO) {
                toCode.add(LibraryCoding.input(d));
                toCodeAt.add(i);
            } else {
                missingHuman++;
            }
        }
        if (missingHuman > 0) {
            problems.add(missingHuman + " of " + dreams.size() + " dreams have no human coding and were left out"
                    + " (use --codes auto to code them)");
        }
        if (!toCode.isEmpty()) {
            problems.add(toCode.size() + " of " + dreams.size() + " dreams were not coded by " + wanted
                    + " yet and were coded now (dreamloom code --library stores the cards)");
            int[] k = {0};
            BatchCoder.codeAll(toCode, Runtime.getRuntime().availableProcessors(), r -> {
                int at = toCodeAt.get(k[0]++);
                if (r.ok()) {
                    stored.put(at, r.predicted());
                } else {
                    problems.add("dream " + dreams.get(at).id() + ": " + r.error() + " (left out)");
                }
            });
        }
        List<Card> out = new ArrayList<>();
        for (int i = 0; i < dreams.size(); i++) {
            if (stored.containsKey(i)) {
                out.add(stored.get(i));
            }
        }
        return out;
    }
}
