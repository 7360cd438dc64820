package org.dreamloom.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;

/**
 * Codes reports with a chain of {@link Coder}s over one shared {@link Document} per report.
 *
 * <p>The chain is checked when it is built: every requirement of a coder must be met by the analyzer
 * (tokens, POS, lemmas) or by an earlier coder, and no two coders may produce the same category; otherwise
 * {@link #builder()}'s {@code build()} throws with a message naming the coder and what is missing. Each stage
 * is timed (cumulative nanoseconds, readable at any time through {@link #stageNanos()}). Thread-safe.
 */
public final class CodingPipeline {
    /** The name under which the text analysis stage is timed. */
    public static final String ANALYZE = "analyze";
    /** What a {@link TextAnalyzer} document offers. */
    public static final Set<Artifact> DOCUMENT_ARTIFACTS = Set.of(Artifact.TOKENS, Artifact.POS, Artifact.LEMMAS);

    private final TextAnalyzer analyzer;
    private final List<Coder> coders;
    private final LongAdder analyzeNanos = new LongAdder();
    private final List<LongAdder> coderNanos;
    private final LongAdder reports = new LongAdder();

    private CodingPipeline(TextAnalyzer analyzer, List<Coder> coders) {
        this.analyzer = analyzer;
        this.coders = List.copyOf(coders);
        this.coderNanos = coders.stream().map(c -> new LongAdder()).toList();
    }

    /** A builder for a pipeline. */
    public static Builder builder() {
        return new Builder();
    }

    /** Analyses {@code report} once and runs every coder over it. */
    public Card code(String series, String number, String report) {
        long t0 = System.nanoTime();
        Document doc = analyzer.analyze(report == null ? "" : report);
        long t1 = System.nanoTime();
        analyzeNanos.add(t1 - t0);
        Card card = Card.empty(series, number, report);
        for (int i = 0; i < coders.size(); i++) {
            Coder c = coders.get(i);
            long s = System.nanoTime();
            List<CodedItem> items = c.code(doc, card);
            coderNanos.get(i).add(System.nanoTime() - s);
            card = card.with(c.produces(), items);
        }
        reports.increment();
        return card;
    }

    /** The coders, in order. */
    public List<Coder> coders() {
        return coders;
    }

    /**
     * The version of this whole pipeline: every coder's {@code name@version} joined by '+', in chain order
     * (e.g. {@code characters@3+emotions@1}). A stored card is current when it was made by this version.
     */
    public String version() {
        return coders.stream().map(Coder::id).collect(Collectors.joining("+"));
    }

    /** Cumulative nanoseconds per stage: {@value #ANALYZE} first, then each coder by id, in chain order. */
    public Map<String, Long> stageNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put(ANALYZE, analyzeNanos.sum());
        for (int i = 0; i < coders.size(); i++) {
            out.put(coders.get(i).id(), coderNanos.get(i).sum());
        }
        return Collections.unmodifiableMap(out);
    }

    /** How many reports this pipeline has coded. */
    public long reportsCoded() {
        return reports.sum();
    }

    /** Collects coders in order and checks the chain on {@link #build()}. */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private final List<Coder> coders = new ArrayList<>();

        private Builder() {
        }

        /** The analyzer that builds each report's document (default: {@link TextAnalyzer#shared()}). */
        public Builder analyzer(TextAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /** Appends a coder to the chain. */
        public Builder add(Coder coder) {
            coders.add(Objects.requireNonNull(coder, "coder"));
            return this;
        }

        /**
         * Checks the chain and builds the pipeline.
         *
         * @throws IllegalStateException naming the first coder whose requirement no earlier stage meets, or the
         *                               second coder producing an already-produced category
         */
        public CodingPipeline build() {
            check(coders);
            return new CodingPipeline(analyzer == null ? TextAnalyzer.shared() : analyzer, coders);
        }

        /** The chain check on its own (no models are loaded). */
        static void check(List<Coder> coders) {
            Set<Artifact> available = new LinkedHashSet<>(DOCUMENT_ARTIFACTS);
            Map<Category, String> producer = new LinkedHashMap<>();
            for (int i = 0; i < coders.size(); i++) {
                Coder c = coders.get(i);
                List<Artifact> missing = c.requires().stream().filter(a -> !available.contains(a))
                        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("coder '" + c.id() + "' (stage " + (i + 1) + ") requires "
                            + missing.stream().map(Artifact::name).collect(Collectors.joining(", "))
                            + ", which no earlier stage produces (available: "
                            + available.stream().map(Artifact::name).collect(Collectors.joining(", "))
                            + "); add a coder that produces it before '" + c.id() + "'");
                }
                Category cat = Objects.requireNonNull(c.produces(), () -> "coder '" + c.id() + "' produces no category");
                String prev = producer.putIfAbsent(cat, c.id());
                if (prev != null) {
                    throw new IllegalStateException("coder '" + c.id() + "' produces " + cat.key()
                            + ", which '" + prev + "' already produces; keep one of them");
                }
                available.add(Artifact.of(cat));
            }
        }
    }
}
