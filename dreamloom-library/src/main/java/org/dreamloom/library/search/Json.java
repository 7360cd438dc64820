package org.dreamloom.library.search;

/**
 * A minimal streaming JSON writer for result objects, so the library needs no JSON dependency. Commas
 * between members are placed automatically. Not thread-safe.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    /** Opens an object. */
    public Json begin() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    /** Closes an object. */
    public Json end() {
        out.append('}');
        needComma = true;
        return this;
    }

    /** Opens an array. */
    public Json beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    /** Closes an array. */
    public Json endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    /** A member name; the value follows. */
    public Json key(String k) {
        comma();
        string(k);
        out.append(':');
        needComma = false;
        return this;
    }

    /** A string value, or null. */
    public Json value(String v) {
        comma();
        if (v == null) {
            out.append("null");
        } else {
            string(v);
        }
        needComma = true;
        return this;
    }

    /** A number value. */
    public Json value(long v) {
        comma();
        out.append(v);
        needComma = true;
        return this;
    }

    /** A number value; NaN and infinities become null, as JSON has no form for them. */
    public Json value(double v) {
        comma();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.append("null");
        } else {
            out.append(Math.round(v * 1e6) / 1e6);
        }
        needComma = true;
        return this;
    }

    /** A boolean value. */
    public Json value(boolean v) {
        comma();
        out.append(v);
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
