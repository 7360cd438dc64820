package org.dreamloom.library.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents whose dream id (doc values) is one of a given set: in hybrid search, how many of the
 * dreams found by meaning also match the words exactly, counted in the same pass as the total and the facets
 * instead of by a second query.
 */
final class IdsAmongCounter implements CollectorManager<IdsAmongCounter.Leafwise, Long> {
    private final Set<Long> ids;

    IdsAmongCounter(Set<Long> ids) {
        this.ids = ids;
    }

    @Override
    public Leafwise newCollector() {
        return new Leafwise(ids);
    }

    @Override
    public Long reduce(Collection<Leafwise> collectors) {
        long n = 0;
        for (Leafwise c : collectors) {
            n += c.count;
        }
        return n;
    }

    /** One collector; not thread-safe, as Lucene uses one per slice. */
    static final class Leafwise extends SimpleCollector {
        private final Set<Long> ids;
        private NumericDocValues values;
        private long count;

        Leafwise(Set<Long> ids) {
            this.ids = ids;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = ids.isEmpty() ? null : context.reader().getNumericDocValues(Fields.ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc) && ids.contains(values.longValue())) {
                count++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
