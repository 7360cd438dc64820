package org.dreamloom.library.embed;

/** The embedder set-ups the application uses. */
public final class Embedders {
    private Embedders() {}

    /**
     * The production embedder: one single-threaded MiniLM instance per core behind a {@link PooledEmbedder}
     * (the faster set-up on a small machine, see DESIGN.md), each run directly on ONNX Runtime
     * ({@link OnnxMiniLm}: same model and vectors as {@link MiniLmEmbedder}, less CPU). Close it when done.
     */
    public static Embedder standard() {
        return new PooledEmbedder(OnnxMiniLm::singleThreaded, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
