package org.dreamloom.library.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model (384 dimensions), run in-process by ONNX
 * Runtime from the model bundled in LangChain4j's jar; no network.
 *
 * <p>Two set-ups: {@link #stock()} is LangChain4j's own shared model, whose ONNX session spreads one call
 * over all cores; {@link #singleThreaded()} builds a private session limited to one intra-op thread, to
 * be used one instance per worker thread (see {@link PooledEmbedder}), which is faster on a small machine
 * because the threads do not contend inside ONNX. Thread-safe: ONNX sessions and the Rust tokenizer may
 * be called concurrently.
 */
public final class MiniLmEmbedder implements Embedder {
    static {
        // DJL's tokenizer library probes a cloud metadata address on first load unless these are set; they
        // must be set before any DJL or LangChain4j class loads, which happens only after this class inits.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
    }

    /** The window MiniLM was trained with, in word pieces including [CLS] and [SEP]. */
    public static final int MAX_TOKENS = 256;
    /**
     * The window of LangChain4j's stock set-up: its bundled tokenizer file truncates every input at 128 word
     * pieces (measured: a text and its first 128 pieces get the same vector), so chunks must fit in 128.
     */
    public static final int STOCK_MAX_TOKENS = 128;

    private final EmbeddingModel model;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtSession session;
    private final String id;
    private final int maxTokens;

    private MiniLmEmbedder(EmbeddingModel model, OrtSession session, String id, int maxTokens) {
        this.model = model;
        this.session = session;
        this.id = id;
        this.maxTokens = maxTokens;
        // Our own tokenizer for counting: the bundled tokenizer file truncates at 128, which would hide length.
        try (InputStream in = MiniLmResources.resource(MiniLmResources.TOKENIZER)) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM tokenizer from the classpath", e);
        }
    }

    /** LangChain4j's shared model with stock ONNX settings (one call may use every core). */
    public static MiniLmEmbedder stock() {
        return new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run), null,
                "all-minilm-l6-v2-q/w" + STOCK_MAX_TOKENS, STOCK_MAX_TOKENS);
    }

    /** A private model instance whose ONNX session uses one intra-op thread; use one per worker thread. */
    public static MiniLmEmbedder singleThreaded() {
        try (InputStream modelIn = MiniLmResources.resource(MiniLmResources.MODEL);
                InputStream tokIn = MiniLmResources.untruncatedTokenizer()) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(modelIn.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokIn, PoolingMode.MEAN);
            return new MiniLmEmbedder(new Local(encoder), session, "all-minilm-l6-v2-q/w" + MAX_TOKENS, MAX_TOKENS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model: " + e.getMessage(), e);
        }
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public int countTokens(String text) {
        return tokenizer.tokenize(text).size();
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot embed blank text");
        }
        return Vectors.normalize(model.embed(text).content().vector());
    }

    @Override
    public void close() {
        tokenizer.close();
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                // Closing frees native memory only; nothing to report to the caller.
            }
        }
    }

    /** LangChain4j's in-process model around our own encoder, run in the calling thread. */
    private static final class Local extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Local(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
