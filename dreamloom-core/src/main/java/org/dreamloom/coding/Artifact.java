package org.dreamloom.coding;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a pipeline stage needs or makes: a layer of the analysed {@link org.dreamloom.nlp.Document}
 * (tokens, POS tags, lemmas) or the codes of one {@link Category}. Coders declare artifacts so that the
 * pipeline can check its chain once, when it is built.
 */
public record Artifact(String name) {
    /** Sentences and tokens with character offsets. */
    public static final Artifact TOKENS = new Artifact("tokens");
    /** Universal-dependencies POS tags. */
    public static final Artifact POS = new Artifact("pos");
    /** Lemmas. */
    public static final Artifact LEMMAS = new Artifact("lemmas");

    public Artifact {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an artifact needs a name");
        }
    }

    /** The artifact "codes of {@code category}", e.g. {@code category:characters}. */
    public static Artifact of(Category category) {
        return new Artifact("category:" + category.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
