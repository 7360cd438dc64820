package org.dreamloom.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;

/**
 * Codes many reports with {@link Dreamloom#code(String, String, String)} on a fixed number of threads and hands
 * the results back in input order. Each report is coded from its text alone: the codes of the input cards are
 * ignored; series and number are copied.
 */
public final class BatchCoder {
    private BatchCoder() {
    }

    /**
     * The coding of one input card.
     *
     * @param input     the input card
     * @param predicted the predicted card (series and number of the input), or null when coding failed
     * @param error     why coding failed, or null
     */
    public record Result(Card input, Card predicted, String error) {
        /** True when the report was coded. */
        public boolean ok() {
            return predicted != null;
        }
    }

    /** Codes every input and returns the results in input order. */
    public static List<Result> codeAll(List<Card> inputs, int threads) {
        List<Result> out = new ArrayList<>(inputs.size());
        codeAll(inputs, threads, out::add);
        return out;
    }

    /**
     * Codes every input on {@code threads} threads and passes each result to {@code sink} in input order, as soon
     * as it and all before it are done (so output can stream). A card without a report gets an empty predicted
     * card; a report whose coding throws gets a result with the error.
     */
    public static void codeAll(List<Card> inputs, int threads, Consumer<Result> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dreamloom-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>(inputs.size());
            for (Card input : inputs) {
                futures.add(pool.submit(() -> codeOne(input)));
            }
            for (Future<Result> f : futures) {
                sink.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Codes one card from its report alone. */
    public static Result codeOne(Card input) {
        if (input.report() == null || input.report().isBlank()) {
            return new Result(input, Card.empty(input.series(), input.number(), input.report()), null);
        }
        try {
            Card coded = Dreamloom.code(input.series(), input.number(), input.report());
            // Series and number are the input's, whatever the coder put there.
            return new Result(input, new Card(input.series(), input.number(), input.report(), coded.codes()), null);
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(input, null, "coding failed: " + why);
        }
    }
}
