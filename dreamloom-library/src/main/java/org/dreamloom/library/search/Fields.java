package org.dreamloom.library.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.CharArraySet;

/** The names of the index's fields and the analysis of each. */
final class Fields {
    private Fields() {}

    /** "dream" for a dream's main document, "chunk" for the documents carrying its chunk vectors. */
    static final String TYPE = "type";
    static final String DREAM = "dream";
    static final String CHUNK = "chunk";

    static final String ID = "id";
    /** The id as a string term, on the dream and all its chunks, so one delete removes them all. */
    static final String ID_KEY = "id_key";
    static final String OWNER = "owner";
    static final String VISIBILITY = "visibility";
    static final String DREAMER = "dreamer";
    static final String SERIES = "series";
    static final String SEX = "sex";
    /** Doc values of dreamer and series on dream documents only, for facet counting. */
    static final String DREAMER_FACET = "dreamer_facet";
    static final String SERIES_FACET = "series_facet";
    /** yyyymmdd as an int point. */
    static final String DATE = "date";
    /** The report, English analysis with stemming: words and phrases, ranked by BM25. */
    static final String TEXT = "text";
    /** The report, lower-cased words without stemming: where wildcards and regular expressions run. */
    static final String TEXT_EXACT = "text_exact";
    static final String CODE = "code";
    static final String CHARACTER = "character";
    static final String EMOTION = "emotion";
    static final String SETTING = "setting";
    /** Label fields are named {@code label_<key>}; the query writes just {@code key:value}. */
    static final String LABEL_PREFIX = "label_";
    /** The label keys of a dream (lower-cased), so the parser can tell which labels the viewer's dreams use. */
    static final String LABEL_KEYS = "label_keys";
    static final String CHUNK_VECTOR = "chunk_vector";
    static final String CHUNK_START = "chunk_start";
    static final String CHUNK_END = "chunk_end";
    /** The dream's mean vector, stored (not searched): for similar dreams and themes. */
    static final String MEAN_VECTOR = "mean_vector";
    /** Stored originals for rebuilding the record. */
    static final String CODES_STORED = "codes_stored";
    static final String LABELS_STORED = "labels_stored";
    static final String DATE_STORED = "date_stored";
    static final String FINGERPRINT = "fingerprint";

    /** The fields a query may name, with what they mean. */
    static final Map<String, String> QUERYABLE = Map.ofEntries(
            Map.entry(TEXT, "words of the report (the default)"),
            Map.entry(DREAMER, "the dreamer"),
            Map.entry(SERIES, "the series"),
            Map.entry(SEX, "the dreamer's sex"),
            Map.entry(DATE, "date: a year, yyyy-mm or yyyy-mm-dd, or a range [2001 TO 2005]"),
            Map.entry(CODE, "any HVdC code, e.g. code:1FSA"),
            Map.entry(CHARACTER, "a character code, e.g. character:1MKA"),
            Map.entry(EMOTION, "an emotion, e.g. emotion:AP or emotion:\"AP,D\""),
            Map.entry(SETTING, "a setting code, e.g. setting:O*"),
            Map.entry(OWNER, "the owning user"),
            Map.entry(VISIBILITY, "private, shared or public"),
            Map.entry(ID, "the dream's id"));

    /** Fields matched as whole lower-cased values. */
    static final Set<String> KEYWORD = Set.of(DREAMER, SERIES, SEX, CODE, CHARACTER, EMOTION, SETTING, VISIBILITY);

    /** The label field for a label key. */
    static String label(String key) {
        return LABEL_PREFIX + key.toLowerCase(Locale.ROOT);
    }

    /** A keyword value as indexed. */
    static String norm(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** Whole value, lower-cased; used for every keyword field (and label fields) at index and query time. */
    static final class KeywordLowerAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new LowerCaseFilter(t));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** The analyzer for queries and indexing: English for text, plain words for text_exact, keywords else. */
    static Analyzer analyzer() {
        Analyzer keyword = new KeywordLowerAnalyzer();
        return new PerFieldAnalyzerWrapper(keyword, Map.of(
                TEXT, new EnglishAnalyzer(),
                TEXT_EXACT, new StandardAnalyzer(CharArraySet.EMPTY_SET),
                OWNER, new org.apache.lucene.analysis.core.KeywordAnalyzer()));
    }
}
