package org.dreamloom.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's fixed query set, read from the {@code queries.tsv} resource beside this class (or any text in
 * the same format): one query per line, tab-separated kind, Dreamloom query, FTS5 expression, filter and scan spec.
 */
public final class QuerySet {
    private final List<BenchQuery> queries;

    private QuerySet(List<BenchQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The query set that ships with Dreamloom. */
    public static QuerySet standard() {
        try (InputStream in = QuerySet.class.getResourceAsStream("queries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the resource org/dreamloom/bench/queries.tsv is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "queries.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries.tsv", e);
        }
    }

    /**
     * Parses a query file; {@code source} names it in error messages. Lines starting with '#' and blank lines are
     * skipped; a malformed line fails with its file and line number.
     */
    public static QuerySet parse(String text, String source) {
        List<BenchQuery> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1);
            String[] f = line.split("\t", -1);
            BenchQuery.Kind kind;
            try {
                kind = BenchQuery.Kind.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown query kind '" + f[0]
                        + "'; use lexical, filtered, semantic or hybrid");
            }
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(where + ": no query after the kind; write kind<TAB>query");
            }
            boolean peers = kind == BenchQuery.Kind.LEXICAL || kind == BenchQuery.Kind.FILTERED;
            if (!peers) {
                out.add(new BenchQuery(kind, f[1].strip(), "", null, List.of()));
                continue;
            }
            if (f.length != 5) {
                throw new IllegalArgumentException(where + ": a " + kind.key() + " query needs 5 tab-separated fields "
                        + "(kind, query, fts, filter, scan), found " + f.length);
            }
            BenchQuery.Filter filter = filter(f[3].strip(), where);
            if (kind == BenchQuery.Kind.FILTERED && filter == null) {
                throw new IllegalArgumentException(where + ": a filtered query needs a filter such as series=alta");
            }
            out.add(new BenchQuery(kind, f[1].strip(), f[2].strip(), filter, scan(f[4].strip(), where)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": no queries");
        }
        return new QuerySet(out);
    }

    private static BenchQuery.Filter filter(String spec, String where) {
        if (spec.isEmpty() || spec.equals("-")) {
            return null;
        }
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(where + ": filter '" + spec + "' is not field=value");
        }
        String field = spec.substring(0, eq);
        String value = spec.substring(eq + 1);
        switch (field) {
            case "series", "sex" -> {
                return new BenchQuery.Filter(field, value, 0, 0);
            }
            case "year" -> {
                String[] r = value.split("\\.\\.");
                try {
                    return new BenchQuery.Filter(field, value, Integer.parseInt(r[0]), Integer.parseInt(r[r.length - 1]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": year filter '" + value + "' is not FROM..TO");
                }
            }
            default -> throw new IllegalArgumentException(where + ": unknown filter field '" + field
                    + "'; use series, sex or year");
        }
    }

    private static List<BenchQuery.ScanGroup> scan(String spec, String where) {
        List<BenchQuery.ScanGroup> groups = new ArrayList<>();
        for (String g : spec.split(";")) {
            String s = g.strip();
            boolean neg = s.startsWith("!");
            if (neg) {
                s = s.substring(1);
            }
            List<String> alts = new ArrayList<>();
            for (String a : s.split("\\|")) {
                if (!a.isBlank()) {
                    alts.add(a.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (alts.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty group in scan spec '" + spec + "'");
            }
            groups.add(new BenchQuery.ScanGroup(alts, neg));
        }
        return groups;
    }

    /** Every query, in file order. */
    public List<BenchQuery> all() {
        return queries;
    }

    /** The queries of one kind, in file order. */
    public List<BenchQuery> of(BenchQuery.Kind kind) {
        return queries.stream().filter(q -> q.kind() == kind).toList();
    }

    /** How many queries of each kind. */
    public Map<BenchQuery.Kind, Integer> counts() {
        Map<BenchQuery.Kind, Integer> m = new EnumMap<>(BenchQuery.Kind.class);
        for (BenchQuery q : queries) {
            m.merge(q.kind(), 1, Integer::sum);
        }
        return m;
    }
}
