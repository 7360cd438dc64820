package org.dreamloom.library.search;

/** A search query that cannot be read; the message says what is wrong, where, and what to do. */
public final class QuerySyntaxException extends Exception {
    private final int column;

    /** @param column the 1-based column of the problem in the query, or 0 when it is not known */
    public QuerySyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** The 1-based column in the query where the problem is, or 0 when unknown. */
    public int column() {
        return column;
    }
}
