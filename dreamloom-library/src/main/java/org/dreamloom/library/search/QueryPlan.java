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
 * @param common       the common report terms, which snippets leave unmarked when the query has other words
 */
record QueryPlan(Query strict, Query ranking, Query filter, String semanticText, boolean hasText,
        Set<org.apache.lucene.index.Term> common) {

    // field:value, field:"phrase", field:[a TO b], field:{a TO b}, field:(a OR b), with an optional +/- sign.
    private static final Pattern FIELD_CLAUSE = Pattern.compile(
            "[+-]?(?<![\\w\\\\])([A-Za-z_][\\w-]*):(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|\\([^)]*\\)|\\S+)");
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\||[+\\-!(){}\\[\\]^\"~*?:\\\\/]");

    // "a dream where …", "dreams about …", "I dreamt that …": words that describe every report in the library
    // and so only pull the ranking towards reports that talk about dreaming (lucid dreams) in both BM25 and kNN.
    private static final Pattern FRAMING = Pattern.compile(
            "(?i)^\\s*(?:(?:a|an|the|any|my|some)\\s+)?(?:dreams?|nightmares?)\\s+(?:where|in which|about|that|of|with|when)\\b"
                    + "|^\\s*i\\s+(?:dreamt|dreamed|dream|had a dream|had a nightmare)(?:\\s+(?:that|of|about|where))?\\b");

    /** The query without a leading "a dream where" / "I dreamt that"; used for meaning-based modes only. */
    static String stripFraming(String raw) {
        String s = FRAMING.matcher(raw).replaceFirst("");
        return s.isBlank() ? raw : s.trim();
    }

    /**
     * A report word found in more than this share of reports is "common" for ranking: it adds to the BM25
     * score but does not count towards the words a report must share with the query (the idea of Lucene's
     * CommonTermsQuery). Pronouns and auxiliaries (I, my, could) are in nearly every dream report.
     */
    static final double COMMON_SHARE = 0.2;

    /** Splits {@code parsed}, the parse of {@code raw}, with no word treated as common. */
    static QueryPlan of(String raw, Query parsed) {
        return of(raw, parsed, t -> 0.0);
    }

    /**
     * Splits {@code parsed}, the parse of {@code raw}; {@code share} gives the share of reports holding a
     * report term, to tell common words from content words.
     */
    static QueryPlan of(String raw, Query parsed, java.util.function.ToDoubleFunction<org.apache.lucene.index.Term> share) {
        List<BooleanClause> clauses = parsed instanceof BooleanQuery bq
                ? bq.clauses()
                : List.of(new BooleanClause(parsed, Occur.MUST));
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        BooleanQuery.Builder content = new BooleanQuery.Builder();
        List<Query> common = new java.util.ArrayList<>();
        int contentCount = 0;
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
                if (c.getOccur() == Occur.MUST_NOT) {
                    ranking.add(c.getQuery(), Occur.MUST_NOT);
                } else if (c.getQuery() instanceof org.apache.lucene.search.TermQuery tq
                        && share.applyAsDouble(tq.getTerm()) > COMMON_SHARE) {
                    common.add(c.getQuery());
                } else {
                    content.add(c.getQuery(), Occur.SHOULD);
                    contentCount++;
                }
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
        if (contentCount > 0) {
            // Asking for half of the content words keeps BM25's list to reports that share the query's substance.
            content.setMinimumNumberShouldMatch(contentCount > 2 ? (contentCount + 1) / 2 : 1);
            ranking.add(content.build(), Occur.MUST);
            common.forEach(q -> ranking.add(q, Occur.SHOULD));
        } else if (!common.isEmpty()) {
            common.forEach(q -> ranking.add(q, Occur.SHOULD));
            anyShould = true;
        }
        if (anyShould) {
            ranking.setMinimumNumberShouldMatch(1);
        }
        if (anyFilter) {
            filter.add(new MatchAllDocsQuery(), Occur.FILTER); // a pure MUST_NOT query would match nothing
        }
        String semantic = semanticText(raw);
        Set<org.apache.lucene.index.Term> commonTerms = new HashSet<>();
        if (contentCount > 0) {
            common.forEach(q -> commonTerms.add(((org.apache.lucene.search.TermQuery) q).getTerm()));
        }
        return new QueryPlan(parsed, anyText ? ranking.build() : parsed, anyFilter ? filter.build() : null,
                semantic, anyText, Set.copyOf(commonTerms));
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
