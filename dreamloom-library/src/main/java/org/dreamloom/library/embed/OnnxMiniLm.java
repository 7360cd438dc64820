package org.dreamloom.library.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The quantised all-MiniLM-L6-v2 model (384 dimensions, the same ONNX file and tokenizer as
 * {@link MiniLmEmbedder}) run directly on ONNX Runtime: the production embedder's engine.
 *
 * <p>Why not LangChain4j's encoder: for every text it tokenises three times (tokenise, rebuild the sentence,
 * tokenise again to check the round trip, then encode); here each text is encoded once and its ids go straight
 * into one reused-shape ONNX call, and the mean is pooled from the flat output buffer without boxing. Measured
 * on 565 DreamBank chunks: about 12% less CPU, vectors equal to LangChain4j's within rounding.
 *
 * <p>{@link #wordPieces} splits a whole report once with offsets so the {@link Chunker} counts sentences from it, and
 * {@link #embedChunks} runs the ids each chunk carries, so a report is tokenised once, not once to count and again to
 * embed (same ids, hence the same vectors, as tokenising each chunk's text).
 *
 * <p>Texts are deliberately <em>not</em> batched: the model is dynamically quantised, so every MatMul's
 * int8 scale is computed over the whole input tensor, and another text in the same batch (even one of the same
 * length, without padding) moves a vector by up to 0.015 in cosine, while saving little CPU (measured, see
 * docs/BENCHMARKS.md). One text per call keeps every vector independent of its neighbours.
 *
 * <p>Thread-safe: ONNX sessions and the Rust tokenizer may be called concurrently; use one instance per
 * worker with one intra-op thread behind a {@link PooledEmbedder} (see {@link Embedders#standard()}).
 */
public final class OnnxMiniLm implements Embedder {
    static {
        // DJL's tokenizer library probes a cloud metadata address on first load unless these are set.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
    }

    private static final int DIMENSION = 384;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private final String id;
    private final long cls;
    private final long sep;

    /** @param intraOpThreads ONNX Runtime threads inside one call (1 when several instances run side by side) */
    public OnnxMiniLm(int intraOpThreads) {
        this(bundledModel(), "all-minilm-l6-v2-q/w" + MiniLmEmbedder.MAX_TOKENS, intraOpThreads);
    }

    /**
     * Another ONNX export of all-MiniLM-L6-v2 (same tokenizer, same inputs and {@code last_hidden_state} output), for
     * benchmarks that compare model files; {@code id} names it in the index.
     */
    public static OnnxMiniLm fromFile(java.nio.file.Path model, String id, int intraOpThreads) {
        try {
            return new OnnxMiniLm(java.nio.file.Files.readAllBytes(model), id, intraOpThreads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model file " + model, e);
        }
    }

    private OnnxMiniLm(byte[] model, String id, int intraOpThreads) {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("need at least 1 thread, was " + intraOpThreads);
        }
        this.id = id;
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            // Every text has its own length; ORT's memory-pattern cache only helps repeated shapes.
            options.setMemoryPatternOptimization(false);
            session = env.createSession(model, options);
            typeIds = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model: " + e.getMessage(), e);
        }
        tokenizer = untruncatedTokenizer();
        long[] special = tokenizer.encode("", true, false).getIds();
        cls = special[0];
        sep = special[special.length - 1];
    }

    private static byte[] bundledModel() {
        try (InputStream modelIn = MiniLmResources.resource(MiniLmResources.MODEL)) {
            return modelIn.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from the classpath", e);
        }
    }

    /** One instance for one worker thread. */
    public static OnnxMiniLm singleThreaded() {
        return new OnnxMiniLm(1);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int maxTokens() {
        return MiniLmEmbedder.MAX_TOKENS;
    }

    @Override
    public int countTokens(String text) {
        return tokenizer.encode(text, true, false).getIds().length;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot embed blank text");
        }
        return embedIds(tokenizer.encode(text, true, false).getIds());
    }

    @Override
    public WordPieces wordPieces(String text) {
        Encoding enc = tokenizer.encode(text, false, false);
        CharSpan[] spans = enc.getCharTokenSpans();
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        // The tokenizer counts characters as code points; Java indexes UTF-16 units (an emoji is two).
        int[] unit = null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            unit = new int[text.codePointCount(0, text.length()) + 1];
            for (int cp = 0, u = 0; cp < unit.length; cp++) {
                unit[cp] = u;
                u = u < text.length() ? u + Character.charCount(text.codePointAt(u)) : u;
            }
        }
        for (int i = 0; i < spans.length; i++) {
            starts[i] = unit == null ? spans[i].getStart() : unit[spans[i].getStart()];
            ends[i] = unit == null ? spans[i].getEnd() : unit[spans[i].getEnd()];
        }
        return new WordPieces(enc.getIds(), starts, ends, enc.getWordIds());
    }

    @Override
    public List<float[]> embedChunks(List<Chunk> chunks) {
        List<float[]> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            long[] pieces = c.pieceIds();
            if (pieces == null || pieces.length == 0) {
                out.add(embed(c.text()));
                continue;
            }
            long[] ids = new long[pieces.length + 2];
            ids[0] = cls;
            System.arraycopy(pieces, 0, ids, 1, pieces.length);
            ids[ids.length - 1] = sep;
            out.add(embedIds(ids));
        }
        return out;
    }

    /** The pooled vector of one text's ids, [CLS] and [SEP] included. */
    private float[] embedIds(long[] ids) {
        if (ids.length > MiniLmEmbedder.MAX_TOKENS) {
            // The chunker keeps within the window; past it the model was never trained, so cut, keeping [SEP].
            long last = ids[ids.length - 1];
            ids = Arrays.copyOf(ids, MiniLmEmbedder.MAX_TOKENS);
            ids[ids.length - 1] = last;
        }
        int len = ids.length;
        long[] mask = new long[len];
        Arrays.fill(mask, 1L);
        long[] shape = {1, len};
        try (OnnxTensor idsT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typesT = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[len]), shape)) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", idsT, "attention_mask", maskT, "token_type_ids", typesT)
                    : Map.of("input_ids", idsT, "attention_mask", maskT);
            try (OrtSession.Result result = session.run(inputs)) {
                // last_hidden_state [1, len, 384], read flat rather than boxed into float[][][].
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] mean = new float[DIMENSION];
                for (int t = 0; t < len; t++) {
                    int off = t * DIMENSION;
                    for (int j = 0; j < DIMENSION; j++) {
                        mean[j] += hidden.get(off + j);
                    }
                }
                // Mean over every token with [CLS] and [SEP], as LangChain4j pools; the scale goes with normalising.
                return Vectors.normalize(mean);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to embed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory only; nothing to report to the caller.
        }
    }

    /** The bundled tokenizer with its 128-token truncation and fixed padding removed ({@link MiniLmResources}). */
    private static HuggingFaceTokenizer untruncatedTokenizer() {
        try (InputStream in = MiniLmResources.untruncatedTokenizer()) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM tokenizer from the classpath", e);
        }
    }
}
