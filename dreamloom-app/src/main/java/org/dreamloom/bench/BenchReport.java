package org.dreamloom.bench;

import java.util.Map;

/** Renders a benchmark result tree for files: JSON for machines (the Markdown tables in docs are written by hand). */
public final class BenchReport {
    private BenchReport() {
    }

    /** The result as indented JSON. */
    public static String json(Map<String, Object> result) {
        return JsonOut.write(result);
    }
}
