package org.dreamloom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.IndicatorValue;

/** Formats indicator lists and comparisons for the terminal (aligned text) and for programs (JSON). */
final class ProfileFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileFormat() {
    }

    /** An indicator value for people: percentages as "48.0%", rates as "0.24", missing as "n/a". */
    static String value(String name, Double v) {
        if (v == null) {
            return "n/a";
        }
        boolean rate = name.contains("index") || name.contains("per dream");
        return rate ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    static String stats(Selection s, CodeSource codes, List<IndicatorValue> values) {
        StringBuilder out = new StringBuilder();
        out.append(s.label()).append(": ").append(s.cards().size()).append(" dreams, ")
                .append(codes.name().toLowerCase(Locale.ROOT)).append(" codes\n\n");
        out.append(String.format(Locale.ROOT, "%-32s %8s  %s%n", "indicator", "value", "counts"));
        for (IndicatorValue v : values) {
            out.append(String.format(Locale.ROOT, "%-32s %8s  %s / %s%n", v.name(), value(v.name(), v.value()),
                    count(v.numerator()), count(v.denominator())));
        }
        return out.toString();
    }

    static String statsJson(Selection s, CodeSource codes, List<IndicatorValue> values, List<String> warnings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("selection", s.label());
        root.put("dreams", s.cards().size());
        root.put("codes", codes.name().toLowerCase(Locale.ROOT));
        ArrayNode list = root.putArray("indicators");
        for (IndicatorValue v : values) {
            ObjectNode o = list.addObject();
            o.put("name", v.name());
            putNullable(o, "value", v.value());
            o.put("numerator", v.numerator());
            o.put("denominator", v.denominator());
        }
        warnings(root, warnings);
        return write(root);
    }

    static String comparison(Comparison c, CodeSource codes) {
        StringBuilder out = new StringBuilder();
        out.append(c.label()).append(" (").append(c.dreams()).append(" dreams, ")
                .append(codes.name().toLowerCase(Locale.ROOT)).append(" codes) vs ").append(c.referenceLabel())
                .append(" (").append(c.referenceDreams()).append(" dreams)\n\n");
        out.append(String.format(Locale.ROOT, "%-30s %7s %7s %6s %7s %7s %-5s %s%n", "indicator", "value", "ref", "h",
                "p", "p(BH)", "test", "reading"));
        for (Comparison.Row r : c.indicators()) {
            out.append(String.format(Locale.ROOT, "%-30s %7s %7s %6s %7s %7s %-5s %s%n", r.name(),
                    value(r.name(), r.value()), value(r.name(), r.reference()),
                    r.h() == null ? "-" : signed(r.h()), p(r.p()), p(r.pAdjusted()),
                    test(r.test()), r.reading()));
        }
        out.append("\nh = Cohen's h (A/C, F/C, S/C capped to [0,1] first); tests: z = two-proportion z,"
                + " pois = Poisson rate z, perm = randomization over dreams; p(BH) = Benjamini-Hochberg adjusted.\n"
                + "A real difference needs p(BH) < 0.05 and |h| >= 0.2 (small; 0.5 medium, 0.8 large).\n");
        if (!c.warnings().isEmpty()) {
            out.append("\nwarnings:\n");
            c.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        return out.toString();
    }

    static String comparisonJson(Comparison c, CodeSource codes, int permutations, long seed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("selection", c.label());
        root.put("reference_label", c.referenceLabel());
        root.put("codes", codes.name().toLowerCase(Locale.ROOT));
        ObjectNode sizes = root.putObject("sample_sizes");
        sizes.put("selection", c.dreams());
        sizes.put("reference", c.referenceDreams());
        ArrayNode list = root.putArray("indicators");
        for (Comparison.Row r : c.indicators()) {
            ObjectNode o = list.addObject();
            o.put("name", r.name());
            putNullable(o, "value", r.value());
            putNullable(o, "reference", r.reference());
            putNullable(o, "h", r.h());
            putNullable(o, "p", r.p());
            putNullable(o, "p_adjusted", r.pAdjusted());
            o.put("reading", r.reading());
            o.put("test", r.test().name().toLowerCase(Locale.ROOT));
            o.put("n", r.n());
            o.put("reference_n", r.referenceN());
        }
        ObjectNode method = root.putObject("method");
        method.put("h", "Cohen's h = 2 asin(sqrt p1) - 2 asin(sqrt p2); rate indices capped to [0,1] first");
        method.put("permutations", permutations);
        method.put("seed", seed);
        method.put("significance", "Benjamini-Hochberg adjusted p < 0.05 and |h| >= 0.2");
        warnings(root, c.warnings());
        return write(root);
    }

    private static void warnings(ObjectNode root, List<String> warnings) {
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
    }

    private static void putNullable(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** h with its sign, and without the "-0.00" that a tiny negative h would print as. */
    private static String signed(double h) {
        return String.format(Locale.ROOT, "%+.2f", Math.abs(h) < 0.005 ? 0.0 : h);
    }

    private static String p(Double p) {
        if (p == null) {
            return "-";
        }
        return p < 0.0001 ? "<.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String test(Comparison.Test t) {
        return switch (t) {
            case TWO_PROPORTION_Z -> "z";
            case POISSON_RATE_Z -> "pois";
            case RANDOMIZATION -> "perm";
            case NONE -> "-";
        };
    }

    private static String count(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
