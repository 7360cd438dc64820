package org.dreamloom.library.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax with Dreamloom's fields: words, "phrases", AND/OR/NOT, wildcards, /regular
 * expressions/, fuzzy~ and field filters ({@code dreamer:}, {@code date:[2001 TO 2005]}, {@code code:1FSA},
 * label keys such as {@code lucid:true}). The default operator is AND. Wildcards, regular expressions and
 * fuzzy terms on the report run on its unstemmed words, so {@code fl*ing} finds "flying". Not thread-safe:
 * make one per query.
 */
final class DreamQueryParser extends QueryParser {
    private final java.util.function.Predicate<String> labelKnown;
    private final java.util.function.Supplier<Set<String>> knownLabels;

    /**
     * @param labelKnown  whether a (lower-cased) label key is used by a dream the viewer may see
     * @param knownLabels all such label keys, for the error message
     */
    DreamQueryParser(Analyzer analyzer, java.util.function.Predicate<String> labelKnown,
            java.util.function.Supplier<Set<String>> knownLabels) {
        super(Fields.TEXT, analyzer);
        this.labelKnown = labelKnown;
        this.knownLabels = knownLabels;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(true);
    }

    /** The index field a query field name stands for; an unknown name is an error listing the known ones. */
    private String resolve(String field) throws ParseException {
        if (field.equals(Fields.TEXT) || field.equals("*") || Fields.QUERYABLE.containsKey(field)) {
            return field;
        }
        if (!field.equals(field.toLowerCase(java.util.Locale.ROOT))) {
            return resolve(field.toLowerCase(java.util.Locale.ROOT));
        }
        // Only labels of dreams the viewer may see count, so an error never reveals others' private labels.
        if (labelKnown.test(field)) {
            return Fields.label(field);
        }
        Set<String> labels = new TreeSet<>(knownLabels.get());
        throw new ParseException("unknown field '" + field + ":'. Known fields: "
                + String.join(", ", new TreeSet<>(Fields.QUERYABLE.keySet()))
                + (labels.isEmpty() ? "" : "; labels: " + String.join(", ", labels))
                + ". To search for the word itself, escape the colon: " + field + "\\:");
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String f = resolve(field);
        if (f.equals(Fields.DATE)) {
            LocalDate[] range = period(queryText);
            return IntPoint.newRangeQuery(Fields.DATE, ymd(range[0]), ymd(range[1]));
        }
        if (f.equals(Fields.ID)) {
            return LongPoint.newExactQuery(Fields.ID, number(queryText));
        }
        Query q = super.getFieldQuery(f, queryText, quoted);
        // A word made only of stop words ("the") analyses to nothing; match nothing rather than fail.
        return q == null ? new MatchNoDocsQuery("only stop words: " + queryText) : q;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return super.getFieldQuery(resolve(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        String f = resolve(field);
        if (f.equals(Fields.DATE)) {
            int lo = Integer.MIN_VALUE;
            int hi = Integer.MAX_VALUE;
            if (part1 != null && !part1.equals("*")) {
                LocalDate[] p = period(part1);
                lo = startInclusive ? ymd(p[0]) : ymd(p[1].plusDays(1));
            }
            if (part2 != null && !part2.equals("*")) {
                LocalDate[] p = period(part2);
                hi = endInclusive ? ymd(p[1]) : ymd(p[0].minusDays(1));
            }
            return IntPoint.newRangeQuery(Fields.DATE, lo, hi);
        }
        if (f.equals(Fields.ID)) {
            long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : number(part1) + (startInclusive ? 0 : 1);
            long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : number(part2) - (endInclusive ? 0 : 1);
            return LongPoint.newRangeQuery(Fields.ID, lo, hi);
        }
        return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(termField(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(termField(field), termStr);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        String f = termField(field);
        try {
            return super.getRegexpQuery(f, termStr);
        } catch (IllegalArgumentException e) {
            throw new ParseException("bad regular expression /" + termStr + "/: " + e.getMessage());
        }
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(termField(field), termStr, minSimilarity);
    }

    /** The field a term-pattern query runs on: the unstemmed words for the report, the field itself else. */
    private String termField(String field) throws ParseException {
        String f = resolve(field);
        if (f.equals(Fields.DATE) || f.equals(Fields.ID)) {
            throw new ParseException("'" + field + ":' takes a value or a range such as [2001 TO 2005], "
                    + "not a wildcard, regular expression or fuzzy term");
        }
        return f.equals(Fields.TEXT) ? Fields.TEXT_EXACT : f;
    }

    /** The first and last day of a year ("2003"), month ("2003-05") or day ("2003-05-07"). */
    private static LocalDate[] period(String text) throws ParseException {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                YearMonth m = YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                LocalDate d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                return new LocalDate[] {d, d};
            }
        } catch (DateTimeException e) {
            throw new ParseException("no such date '" + t + "': " + e.getMessage());
        }
        throw new ParseException("cannot read the date '" + t + "'; write a year (2003), a month (2003-05) "
                + "or a day (2003-05-07), or a range such as date:[2001 TO 2005]");
    }

    static int ymd(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    private static long number(String text) throws ParseException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ParseException("'" + text + "' is not a dream id (a whole number)");
        }
    }
}
