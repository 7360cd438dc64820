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
    /** The 27 characters windows-1252 puts at bytes 0x80–0x9F, and their bytes. */
    private static final Map<Character, Byte> CP1252_HIGH = new java.util.HashMap<>();
    /** Letters of windows-1252's 0x80–0x9F block: glued to a capital accent they betray mojibake ("Ãš" for "Ú"). */
    private static final String CP1252_LETTERS = "ƒŠŒŽšœžŸ";
    private static final String ODD_SYMBOLS = "√ƒ≈∆◊∞≤≥∂∑∏π∫Ω¬†‡‰‹›ﬁﬂ‚„ˆ˜˘˙˚˝˛ˇı€™";

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c != '\uFFFD') {
                CP1252_HIGH.put(c, (byte) b);
            }
        }
    }
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
                String candidate = utf8(macRoman(run));
                via = "Mac Roman";
                if (candidate == null || oddity(candidate) >= oddity || !plausible(candidate)) {
                    candidate = utf8(western(run));
                    via = "windows-1252/Latin-1";
                }
                if (candidate != null && oddity(candidate) < oddity && plausible(candidate)) {
                    fixed = candidate;
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

    /** The Mac Roman bytes of {@code run}, or null when it has characters Mac Roman lacks. */
    private static ByteBuffer macRoman(String run) {
        CharsetEncoder enc = MAC_ROMAN.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return enc.encode(CharBuffer.wrap(run));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The bytes of {@code run} under windows-1252 as browsers decode it (WHATWG): its 27 special characters at
     * 0x80–0x9F, every other code point up to U+00FF as itself — which also covers Latin-1 and its C1 controls,
     * so mixtures of the two decodings round-trip too. Null when a character is outside both.
     */
    private static ByteBuffer western(String run) {
        byte[] out = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c <= 0xFF) {
                out[i] = (byte) c;
            } else {
                Byte b = CP1252_HIGH.get(c);
                if (b == null) {
                    return null;
                }
                out[i] = b;
            }
        }
        return ByteBuffer.wrap(out);
    }

    /** {@code bytes} decoded as strict UTF-8, or null when they are not valid UTF-8. */
    private static String utf8(ByteBuffer bytes) {
        if (bytes == null) {
            return null;
        }
        try {
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
            } else if (c >= 0xC0 && c <= 0xDE && i + 1 < s.length() && s.charAt(i + 1) >= 0x80
                    && (!Character.isLetter(s.charAt(i + 1)) || CP1252_LETTERS.indexOf(s.charAt(i + 1)) >= 0)) {
                score++;
            } else if (c == 0xFFFD) {
                score++;
            }
        }
        return score;
    }

    /**
     * Whether every character of a repair is one real text uses: Latin-1 and Latin Extended-A letters, modern Greek,
     * basic Cyrillic, general punctuation, currency, letterlike symbols, CJK, Hangul, emoji. Legitimate
     * text that happens to round-trip recombines into rarer blocks (combining marks, IPA, Latin Extended-B,
     * Armenian, Hebrew, Arabic, archaic Greek), so this keeps such text untouched.
     */
    static boolean plausible(String s) {
        // one Greek, Cyrillic or CJK character out of a short run is more likely Spanish "Ñ" or French "é" next
        // to punctuation ("Ñ…" is also the mojibake of "х"); real mojibake of those scripts comes in whole words
        long nonLatin = s.codePoints().filter(cp -> cp >= 0x370 && (cp < 0x2000 || cp >= 0x3000)).count();
        if (nonLatin > 0 && s.codePointCount(0, s.length()) < 3) {
            return false;
        }
        return s.codePoints().allMatch(cp -> (cp >= 0xA0 && cp <= 0x17F) || (cp >= 0x386 && cp <= 0x3CE)
                || (cp >= 0x400 && cp <= 0x45F) || (cp >= 0x2010 && cp <= 0x206F)
                || (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x214F) || (cp >= 0x3000 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1F000 && cp <= 0x1FAFF));
    }

    private static String wordBefore(String text, int start) {
        int from = start;
        while (from > 0 && from > start - 12 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, start);
    }
}
