package org.dreamloom.library.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching dream documents per value of a doc-values field (dreamer, series). Counting runs on
 * segment ordinals and resolves them to strings once per segment, so it costs one array increment per hit.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Leafwise, Map<String, Long>> {
    private final String field;

    FacetCounter(String field) {
        this.field = field;
    }

    @Override
    public Leafwise newCollector() {
        return new Leafwise(field);
    }

    @Override
    public Map<String, Long> reduce(Collection<Leafwise> collectors) {
        Map<String, Long> out = new HashMap<>();
        for (Leafwise c : collectors) {
            c.flush();
            c.counts.forEach((k, v) -> out.merge(k, v, Long::sum));
        }
        return out;
    }

    /** One collector; not thread-safe, as Lucene uses one per slice. */
    static final class Leafwise extends SimpleCollector {
        private final String field;
        private final Map<String, Long> counts = new HashMap<>();
        private SortedDocValues values;
        private int[] perOrd = new int[0];

        Leafwise(String field) {
            this.field = field;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = DocValues.getSorted(context.reader(), field);
            perOrd = new int[values.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                perOrd[values.ordValue()]++;
            }
        }

        void flush() {
            if (values == null) {
                return;
            }
            try {
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) {
                        counts.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
