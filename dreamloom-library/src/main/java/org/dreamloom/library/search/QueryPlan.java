package org.dreamloom.library.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A parsed query split into the parts each search path needs.
 *
 * @param strict       the query as written (default operator AND): decides what "matches" for totals and facets
 * @param ranking      the same filters, but the report words relaxed to "any of them", for BM25 ranking
 * @param filter       the top-level clauses that do not touch the report text, for the kNN path; null if none
 * @param semanticText the words to embed for the kNN path: the query without field filters and operators
 * @param hasText      whether any top-level clause searches the report text
 */
record QueryPlan(Query strict, Query ranking, Query filter, String semanticText, boolean hasText) {

    // field:value, field:"phrase", field:[a TO b], field:{a TO b}, field:(a OR b), with an optional +/- sign.
    private static final Pattern FIELD_CLAUSE = Pattern.compile(
            "[+-]?(?<![\\w\\\\])([A-Za-z_][\\w-]*):(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|\\([^)]*\\)|\\S+)");
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\||[+\\-!(){}\\[\\]^\"~*?:\\\\/]");

    /** Splits {@code parsed}, the parse of {@code raw}. */
    static QueryPlan of(String raw, Query parsed) {
        List<BooleanClause> clauses = parsed instanceof BooleanQuery bq
                ? bq.clauses()
                : List.of(new BooleanClause(parsed, Occur.MUST));
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean anyText = false;
        boolean anyFilter = false;
        boolean anyShould = false;
        for (BooleanClause c : clauses) {
            Set<String> fields = fields(c.getQuery());
            // No field at all means the words were all stop words: still a text clause, not a filter.
            boolean text = fields.isEmpty() || fields.contains(Fields.TEXT) || fields.contains(Fields.TEXT_EXACT);
            if (text) {
                anyText = true;
                // Relax required words to optional ones so partial matches still rank; keep exclusions.
                Occur o = c.getOccur() == Occur.MUST_NOT ? Occur.MUST_NOT : Occur.SHOULD;
                anyShould |= o == Occur.SHOULD;
                ranking.add(c.getQuery(), o);
            } else {
                Occur o = switch (c.getOccur()) {
                    case MUST, FILTER -> Occur.FILTER;
                    case MUST_NOT -> Occur.MUST_NOT;
                    case SHOULD -> Occur.SHOULD;
                };
                if (o == Occur.SHOULD) {
                    // An optional filter ("a OR dreamer:x") cannot be separated from the words; keep it for ranking only.
                    anyShould = true;
                    ranking.add(c.getQuery(), o);
                    continue;
                }
                anyFilter = true;
                ranking.add(c.getQuery(), o);
                filter.add(c.getQuery(), o);
            }
        }
        if (anyShould) {
            ranking.setMinimumNumberShouldMatch(1);
        }
        if (anyFilter) {
            filter.add(new MatchAllDocsQuery(), Occur.FILTER); // a pure MUST_NOT query would match nothing
        }
        String semantic = semanticText(raw);
        return new QueryPlan(parsed, anyText ? ranking.build() : parsed, anyFilter ? filter.build() : null,
                semantic, anyText);
    }

    /** The words of the query without field filters, operators or syntax characters. */
    static String semanticText(String raw) {
        String s = FIELD_CLAUSE.matcher(raw).replaceAll(m -> m.group(1).equals(Fields.TEXT) ? " " + Matcher.quoteReplacement(m.group(2)) + " " : " ");
        s = OPERATORS.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").trim();
    }

    /** The fields a query touches. */
    static Set<String> fields(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
