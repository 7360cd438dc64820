package org.dreamloom.report;

/**
 * Bytes turned into text, with the encoding that was used.
 *
 * @param text      the decoded text (BOM removed); malformed UTF-8 sequences appear as U+FFFD
 * @param encoding  the encoding name, e.g. {@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE (BOM)}, {@code windows-1252}
 * @param malformedLines 1-based line numbers holding byte sequences that are not valid in {@code encoding}
 */
public record DecodedText(String text, String encoding, java.util.Set<Integer> malformedLines) {
    public DecodedText {
        malformedLines = java.util.Set.copyOf(malformedLines);
    }
}
