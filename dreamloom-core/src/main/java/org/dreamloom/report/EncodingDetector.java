package org.dreamloom.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the byte encoding of a text file and decodes it: a byte-order mark wins (UTF-8, UTF-16 LE/BE); otherwise
 * valid UTF-8 is UTF-8; bytes with no valid multi-byte UTF-8 sequence at all are windows-1252 (the usual legacy
 * encoding of Western text); UTF-8 with some broken sequences stays UTF-8 and names the broken lines so the
 * importer can reject just those. Stateless and thread-safe.
 */
public final class EncodingDetector {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 64 * 1024;

    private EncodingDetector() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws BinaryContentException when the bytes look like a binary file (NUL bytes or many control bytes)
     */
    public static DecodedText decode(byte[] bytes) throws BinaryContentException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)", Set.of());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)", Set.of());
        }
        checkNotBinary(bytes);
        Utf8Scan scan = scanUtf8(bytes, 0);
        if (scan.invalidLines.isEmpty() || scan.validMultiByte > 0) {
            return utf8(bytes, 0, "UTF-8");
        }
        return windows1252(bytes);
    }

    private static DecodedText utf8(byte[] bytes, int offset, String name) {
        Utf8Scan scan = scanUtf8(bytes, offset);
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return new DecodedText(text, name, scan.invalidLines);
    }

    private static DecodedText windows1252(byte[] bytes) {
        CharsetDecoder strict = WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = strict.decode(ByteBuffer.wrap(bytes));
            return new DecodedText(cb.toString(), "windows-1252", Set.of());
        } catch (CharacterCodingException e) {
            // the five bytes windows-1252 leaves undefined: name their lines, decode them as U+FFFD
            Set<Integer> bad = new TreeSet<>();
            int line = 1;
            for (byte b : bytes) {
                int v = b & 0xFF;
                if (v == '\n') {
                    line++;
                } else if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                    bad.add(line);
                }
            }
            return new DecodedText(new String(bytes, WINDOWS_1252), "windows-1252", bad);
        }
    }

    private static void checkNotBinary(byte[] bytes) throws BinaryContentException {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int v = bytes[i] & 0xFF;
            if (v == 0) {
                throw new BinaryContentException("it holds NUL bytes (offset " + i + "), so it is a binary file, not text");
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            throw new BinaryContentException("it holds " + control + " control bytes in its first " + n
                    + " bytes, so it is a binary file, not text");
        }
    }

    private record Utf8Scan(int validMultiByte, Set<Integer> invalidLines) {
    }

    private static Utf8Scan scanUtf8(byte[] b, int from) {
        int valid = 0;
        Set<Integer> invalid = new TreeSet<>();
        int line = 1;
        int i = from;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                if (v == '\n') {
                    line++;
                }
                i++;
                continue;
            }
            int need;
            int min;
            if (v >= 0xC2 && v <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (v >= 0xE0 && v <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (v >= 0xF0 && v <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                invalid.add(line);
                i++;
                continue;
            }
            if (i + need >= b.length) { // truncated at the end of the file
                invalid.add(line);
                break;
            }
            int cp = v & (0x3F >> need);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int c = b[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
                ok = false;
            }
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                invalid.add(line);
                i++;
            }
        }
        return new Utf8Scan(valid, invalid);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
