package org.dreamloom.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs the text of a report: undoes double-decoding mojibake (UTF-8 bytes that were read as Mac Roman,
 * windows-1252 or Latin-1 and saved again, e.g. {@code caf√©} → {@code café}) and NFC-normalises.
 *
 * <p>The repair works on each run of non-ASCII characters separately, so one damaged word is fixed even when
 * the rest of the text is correct. A run is only replaced when re-encoding it in the suspected charset gives
 * bytes that are valid UTF-8 <em>and</em> the result looks less odd than the run (fewer stray symbols and
 * control characters); correct accented text never round-trips to valid UTF-8 with lower oddity, so it is left
 * alone. Stateless and thread-safe.
 */
public final class TextRepair {
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset[] SUSPECTS = {MAC_ROMAN, WINDOWS_1252, StandardCharsets.ISO_8859_1};
    private static final String ODD_SYMBOLS = "√ƒ≈∆…◊∞≤≥∂∑∏π∫Ω¬†‡‰‹›ﬁﬂ‚„ˆ˜˘˙˚˝˛ˇı€ŠŒŽ™šœžŸ";
    private static final int MAX_PASSES = 3;

    private TextRepair() {
    }

    /** Repairs {@code text}; returns it unchanged (and with no repairs listed) when nothing needed doing. */
    public static RepairedText repair(String text) {
        List<String> repairs = new ArrayList<>();
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Map<String, List<String>> fixes = new LinkedHashMap<>();
            String next = fixMojibake(current, fixes);
            if (next.equals(current)) {
                break;
            }
            for (Map.Entry<String, List<String>> e : fixes.entrySet()) {
                List<String> examples = e.getValue();
                repairs.add("undid mojibake (UTF-8 read as " + e.getKey() + ") in " + examples.size()
                        + (examples.size() == 1 ? " place" : " places") + ", e.g. " + examples.get(0));
            }
            current = next;
        }
        if (!Normalizer.isNormalized(current, Normalizer.Form.NFC)) {
            current = Normalizer.normalize(current, Normalizer.Form.NFC);
            repairs.add("normalised to Unicode NFC");
        }
        return new RepairedText(current, text, repairs);
    }

    private static String fixMojibake(String text, Map<String, List<String>> fixes) {
        StringBuilder out = null;
        int i = 0;
        int n = text.length();
        int copiedUpTo = 0;
        while (i < n) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) >= 0x80) {
                i++;
            }
            String run = text.substring(start, i);
            String fixed = null;
            String via = null;
            int oddity = oddity(run);
            if (oddity > 0) {
                for (Charset cs : SUSPECTS) {
                    String candidate = roundTrip(run, cs);
                    if (candidate != null && oddity(candidate) < oddity) {
                        fixed = candidate;
                        via = cs.equals(MAC_ROMAN) ? "Mac Roman" : cs.name();
                        break;
                    }
                }
            }
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copiedUpTo, start).append(fixed);
                copiedUpTo = i;
                String prefix = wordBefore(text, start);
                fixes.computeIfAbsent(via, k -> new ArrayList<>()).add(prefix + run + " → " + prefix + fixed);
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copiedUpTo, n).toString();
    }

    /** The run encoded in {@code cs} and decoded as strict UTF-8, or null when either step fails. */
    private static String roundTrip(String run, Charset cs) {
        CharsetEncoder enc = cs.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = enc.encode(CharBuffer.wrap(run));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** How much a string looks like mojibake: C1 controls, stray symbols, and capital accents glued to symbols. */
    static int oddity(String s) {
        int score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                score += 2;
            } else if ((c >= 0xA0 && c <= 0xBF) || ODD_SYMBOLS.indexOf(c) >= 0) {
                score++;
            } else if (c >= 0xC0 && c <= 0xDE && i + 1 < s.length() && s.charAt(i + 1) >= 0x80) {
                score++;
            } else if (c == 0xFFFD) {
                score++;
            }
        }
        return score;
    }

    private static String wordBefore(String text, int start) {
        int from = start;
        while (from > 0 && from > start - 12 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, start);
    }
}
