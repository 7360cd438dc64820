package org.dreamloom.norms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published Hall &amp; Van de Castle norms (500 male and 500 female dreams), read from the resource
 * {@code hvdc-norms.json} beside this class. Each indicator carries its published value and the sample size behind
 * it; where that size is an estimate the resource says so, and the profile carries a note.
 */
public final class Norms {
    /** The resource that holds the norms. */
    public static final String RESOURCE = "hvdc-norms.json";

    /** The two norm samples. */
    public enum Sex {
        FEMALE, MALE;

        /** The JSON key, e.g. "female". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sex named {@code text} ("female"/"male", any case), or null. */
        public static Sex parse(String text) {
            for (Sex s : values()) {
                if (s.key().equalsIgnoreCase(text)) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * One indicator of one norm sample.
     *
     * @param name              the indicator name, as in {@link IndicatorValue#name()}
     * @param value             the published value (a proportion, or a rate per character for the indices)
     * @param denominator       the count the value is taken over
     * @param denominatorSource "published" (dreams in the sample), "cards" (recomputed from the human codes of the
     *                          norm cards) or "estimated" (see the resource's {@code denominator_sources})
     */
    public record Entry(String name, double value, double denominator, String denominatorSource) {
        /** The entry as an indicator value whose numerator is the published value times the denominator. */
        public IndicatorValue toIndicatorValue() {
            return new IndicatorValue(name, value * denominator, denominator);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Norms() {
    }

    /** The entries of one norm sample, in the resource's order. */
    public static List<Entry> entries(Sex sex) {
        JsonNode root = resource();
        List<Entry> entries = new ArrayList<>();
        for (JsonNode indicator : root.path("indicators")) {
            JsonNode side = indicator.path(sex.key());
            entries.add(new Entry(indicator.path("name").asText(), side.path("value").asDouble(),
                    side.path("denominator").asDouble(), side.path("denominator_source").asText()));
        }
        return entries;
    }

    /** The norms of one sex as a profile (totals only, no per-dream data). */
    public static Profile profile(Sex sex) {
        JsonNode root = resource();
        JsonNode sample = root.path("samples").path(sex.key());
        List<Entry> entries = entries(sex);
        List<String> notes = new ArrayList<>();
        List<String> estimated = entries.stream().filter(e -> e.denominatorSource().equals("estimated"))
                .map(Entry::name).toList();
        if (!estimated.isEmpty()) {
            notes.add("the sample sizes behind " + sample.path("label").asText() + " are estimates for "
                    + estimated.size() + " indicators (" + root.path("denominator_sources").path("estimated").asText()
                    + ")");
        }
        return new Profile(sample.path("label").asText(), sample.path("dreams").asInt(),
                entries.stream().map(Entry::toIndicatorValue).toList(), null, SampleKind.GROUP, notes);
    }

    private static JsonNode resource() {
        try (InputStream in = Norms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the norms resource " + RESOURCE + " is missing from the build");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the norms resource " + RESOURCE + " cannot be read", e);
        }
    }
}
