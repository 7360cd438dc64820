package org.dreamloom.io;

import java.nio.file.Path;
import org.dreamloom.report.DecodedText;

/** Reads the dreams of one decoded file in one format and hands them (and any problems) to a listener. */
interface FormatReader {
    void read(Path file, DecodedText text, ImportOptions options, ImportListener listener);
}
