package org.dreamloom.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates archives write ({@code 1996-04-03}, {@code (10/14/92)}, {@code 06/??/68}, {@code 1997-??-??},
 * {@code (1957)}) into ISO-8601 text as precise as the source: {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}.
 * ISO text sorts and compares as dates, which is what date-range filters need. Stateless.
 */
public final class DreamDate {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-([\\d?]{1,2})(?:-([\\d?]{1,2}))?)?\\b");
    private static final Pattern US = Pattern.compile("^([\\d?]{1,2})/([\\d?]{1,2})/(\\d{2}|\\d{4})\\b");
    /** The date DreamBank writes at the start of some reports, e.g. {@code (2000-05-20 (9)) I was ...}. */
    private static final Pattern TEXT_PREFIX = Pattern.compile("^\\((\\d{4}-[\\d?]{2}-[\\d?]{2})");
    /** Two-digit years up to this are 20xx; later ones 19xx (DreamBank spans the 1940s to the 2010s). */
    private static final int PIVOT = 30;

    private DreamDate() {
    }

    /** The ISO form of {@code raw}, or empty when it holds no recognisable date. */
    public static String iso(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        while (s.startsWith("(")) {
            s = s.substring(1).strip();
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return compose(m.group(1), m.group(2), m.group(3));
        }
        m = US.matcher(s);
        if (m.find()) {
            String y = m.group(3);
            if (y.length() == 2) {
                int yy = Integer.parseInt(y);
                y = (yy <= PIVOT ? "20" : "19") + y;
            }
            return compose(y, m.group(1), m.group(2));
        }
        return "";
    }

    /** The date a report starts with, DreamBank style, or empty. */
    public static String fromTextPrefix(String text) {
        Matcher m = TEXT_PREFIX.matcher(text);
        return m.find() ? iso(m.group(1)) : "";
    }

    private static String compose(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1800 || y > 2200) {
            return "";
        }
        Integer mo = number(month);
        if (mo == null || mo < 1 || mo > 12) {
            return year;
        }
        Integer d = number(day);
        if (d == null || d < 1 || d > 31) {
            return String.format("%s-%02d", year, mo);
        }
        return String.format("%s-%02d-%02d", year, mo, d);
    }

    private static Integer number(String s) {
        if (s == null || s.isEmpty() || s.contains("?")) {
            return null;
        }
        return Integer.parseInt(s);
    }
}
