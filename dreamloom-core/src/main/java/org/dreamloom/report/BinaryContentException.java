package org.dreamloom.report;

/** Thrown when bytes are not text at all (e.g. an image or an archive given to the importer). */
public final class BinaryContentException extends Exception {
    public BinaryContentException(String message) {
        super(message);
    }
}
