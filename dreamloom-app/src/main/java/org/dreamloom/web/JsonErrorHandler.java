package org.dreamloom.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a request reaches Javalin (a URL or headers too long, a request it cannot
 * parse) with the same JSON as every other API error — {@code {"error": ..., "status": ...}} — instead of
 * Jetty's HTML page, and never with a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", explain(code, message));
        body.put("status", code);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.write(body).getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** What went wrong and what to do, for the statuses Jetty itself produces. */
    static String explain(int code, String message) {
        return switch (code) {
            case HttpStatus.URI_TOO_LONG_414 -> "the URL is too long; send a shorter query (at most a few thousand characters)";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request headers are too large; clear this site's "
                    + "cookies or send fewer headers";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "the request body is too large";
            default -> "the request could not be read: " + (message == null || message.isBlank()
                    ? HttpStatus.getMessage(code) : message);
        };
    }
}
