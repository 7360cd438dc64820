package org.dreamloom.io;

import org.dreamloom.coding.Card;
import org.dreamloom.report.Dream;

/**
 * A dream read from a file, where it was, and the human coding card that came with it (card files only).
 *
 * @param dream     the report
 * @param file      the file it was read from
 * @param line      the 1-based line where its record starts (0 for a whole-file dream)
 * @param humanCard the human HVdC card read with it, or null
 */
public record ImportedDream(Dream dream, java.nio.file.Path file, int line, Card humanCard) {
}
