package org.dreamloom.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Number and JSON formatting that reproduces Python's exactly, so that the Java scorer prints what
 * {@code tools/hvdc_score.py} prints: {@code round(x, n)}, {@code f"{x:.nf}"}, {@code repr(float)} and
 * {@code json.dumps} (default separators, ASCII escapes).
 */
final class PyFormat {
    private PyFormat() {
    }

    /**
     * Python's {@code round(x, digits)}: the exact binary value rounded half-to-even to {@code digits} decimals, back
     * to the nearest double.
     */
    static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code format(x, ".{digits}f")}: the exact binary value rounded half-to-even. */
    static String fixed(double x, int digits) {
        String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        // Python keeps the sign of a negative value that rounds to zero ("-0.00"); BigDecimal drops it.
        return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
    }

    /**
     * Python's {@code repr(float)} for the values the scorer prints (plain notation between 1e-4 and 1e16): the
     * shortest decimal that reads back as the same double, with at least one digit after the point.
     */
    static String repr(double x) {
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        for (int scale = 0; scale <= 340; scale++) {
            BigDecimal d = exact.setScale(scale, RoundingMode.HALF_EVEN);
            if (d.doubleValue() == x) {
                String s = d.toPlainString();
                return s.contains(".") ? s : s + ".0";
            }
        }
        return Double.toString(x);
    }

    /** {@code json.dumps(value)} of a tree of maps (insertion order), lists, strings, integers, doubles and nulls. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (v instanceof Double d) {
            out.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : repr(d));
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            string(v.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's {@code str.ljust}/{@code f"{s:Ns}"}: pads on the right to {@code width}. */
    static String left(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Python's {@code f"{s:>Ns}"}: pads on the left to {@code width}. */
    static String right(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
