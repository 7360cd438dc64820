package org.dreamloom.web;

/**
 * A client mistake or refusal, answered with {@code status} and a JSON body {@code {"error": message}}; the message
 * says what was wrong and what to do. Never carries a stack trace to the client.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final long retryAfter;

    public ApiError(int status, String message) {
        this(status, message, 0);
    }

    public ApiError(int status, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** Seconds for a Retry-After header, 0 for none. */
    public long retryAfter() {
        return retryAfter;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
