package org.dreamloom.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates archives write ({@code 1996-04-03}, {@code (10/14/92)}, {@code 06/??/68}, {@code 1997-??-??},
 * {@code (1957)}, {@code March 5, 2024}, {@code 5.3.2024}) into ISO-8601 text as precise as the source:
 * {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}.
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

    /** "March 5, 2024", "5 March 2024", "Mar. 5th, 2024", "March 2024": how journals and exports write dates. */
    private static final Pattern NAMED = Pattern.compile("^(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?"
            + "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+"
            + "(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** Day.month.year, as most of Europe writes it (slashes stay American, as DreamBank writes them). */
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** A date as read: its ISO text and whether a part the source stated was dropped as impossible. */
    private record Read(String iso, boolean dropped) {
        static final Read NOTHING = new Read("", true);
    }

    /** The ISO form of {@code raw}, or empty when it holds no recognisable date. */
    public static String iso(String raw) {
        return read(raw).iso();
    }

    /**
     * Whether {@code raw} is a date read in full: every part it states (unknown {@code ??} parts aside) is in
     * {@link #iso}. False for text that is no date ("yesterday") and for impossible parts ("2020-13-45"), which an
     * import reports so the user can correct them.
     */
    public static boolean readInFull(String raw) {
        Read r = read(raw);
        return !r.iso().isEmpty() && !r.dropped();
    }

    private static Read read(String raw) {
        if (raw == null) {
            return Read.NOTHING;
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
        m = NAMED.matcher(s);
        if (m.find()) {
            String month = String.valueOf(MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) / 3 + 1);
            if (m.group(1) != null && m.group(3) != null) {
                return new Read(compose(m.group(4), month, null).iso(), true);
            }
            return compose(m.group(4), month, m.group(1) != null ? m.group(1) : m.group(3));
        }
        m = DOTTED.matcher(s);
        if (m.find()) {
            return compose(m.group(3), m.group(2), m.group(1));
        }
        return Read.NOTHING;
    }

    /** The date DreamBank writes at the start of some reports, e.g. {@code (2000-05-20 (9)) I was ...}. */
    public static String fromTextPrefix(String text) {
        Matcher m = TEXT_PREFIX.matcher(text);
        return m.find() ? iso(m.group(1)) : "";
    }

    private static Read compose(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1800 || y > 2200) {
            return Read.NOTHING;
        }
        Integer mo = number(month);
        if (mo == null || mo < 1 || mo > 12) {
            return new Read(year, mo != null || number(day) != null);
        }
        Integer d = number(day);
        if (d == null || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
            return new Read(String.format("%s-%02d", year, mo), d != null);
        }
        return new Read(String.format("%s-%02d-%02d", year, mo, d), false);
    }

    private static Integer number(String s) {
        if (s == null || s.isEmpty() || s.contains("?")) {
            return null;
        }
        return Integer.parseInt(s);
    }
}
