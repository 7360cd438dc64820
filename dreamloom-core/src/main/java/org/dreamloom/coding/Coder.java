package org.dreamloom.coding;

import java.util.List;
import java.util.Set;
import org.dreamloom.nlp.Document;

/**
 * One stage of the coding pipeline: a pure function from an analysed report (and the codes earlier stages
 * produced) to the codes of the categories it produces.
 *
 * <p>Contract: implementations are stateless after construction and thread-safe — one instance codes many
 * reports concurrently; {@link #code} depends only on its arguments; every item carries evidence spans into
 * {@link Document#text()} and the coder id {@link #id()}.
 */
public interface Coder {
    /** A stable short name, e.g. {@code "characters"}. */
    String name();

    /** The version of the coding rules; bump it when outputs change. */
    int version();

    /** {@code name@version}, the string stored on every {@link CodedItem} this coder makes. */
    default String id() {
        return name() + "@" + version();
    }

    /** What this coder reads: document layers and categories earlier coders must produce. */
    Set<Artifact> requires();

    /** The category this coder fills; later coders may require it as {@link Artifact#of(Category)}. */
    Category produces();

    /**
     * Codes one report.
     *
     * @param document the analysed report
     * @param soFar    the card with the categories of earlier stages filled in
     * @return the items of {@link #produces()}, in the order they should appear on the card
     */
    List<CodedItem> code(Document document, Card soFar);
}
