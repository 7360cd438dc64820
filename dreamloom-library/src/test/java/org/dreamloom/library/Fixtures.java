package org.dreamloom.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.store.Visibility;

/** The small fixture corpus written for these tests: 36 short dreams of five dreamers, some private. */
public final class Fixtures {
    private Fixtures() {}

    /** The fixture dreams, in file order. */
    public static List<IndexedDream> dreams() {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixture-dreams.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<IndexedDream> out = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Map<String, String> labels = new LinkedHashMap<>();
                for (String kv : f[8].split(";")) {
                    if (!kv.isBlank()) {
                        String[] p = kv.split("=", 2);
                        labels.put(p[0], p[1]);
                    }
                }
                List<String> codes = f[7].isBlank() ? List.of() : Arrays.asList(f[7].split(";"));
                out.add(IndexedDream.of(Long.parseLong(f[0]), f[1], Visibility.valueOf(f[2].toUpperCase()), f[3], f[4],
                        f[5].isBlank() ? null : LocalDate.parse(f[5]), f[6], f[9], codes, labels));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
