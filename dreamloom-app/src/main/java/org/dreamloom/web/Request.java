package org.dreamloom.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.dreamloom.library.store.Accounts;
import org.dreamloom.library.store.WebSession;

/**
 * What a handler sees of one request: the Javalin context, the session (null on public routes when nobody is
 * logged in) and checked accessors that answer 400 with a clear message on bad input.
 */
public final class Request {
    private final Context ctx;
    private final WebSession session;
    private JsonNode body;

    Request(Context ctx, WebSession session) {
        this.ctx = ctx;
        this.session = session;
    }

    public Context ctx() {
        return ctx;
    }

    /** The session; only null on public routes. */
    public WebSession session() {
        return session;
    }

    /** The logged-in account's owner id (the viewer of every query). */
    public long owner() {
        return session.account().ownerId();
    }

    /** The logged-in account's owner name (what stored dreams and the index call their owner). */
    public String ownerName() {
        return Accounts.ownerName(session.account().username());
    }

    /** A numeric path parameter; 400 when it is not a positive number. */
    public long idParam(String name) {
        String raw = ctx.pathParam(name);
        try {
            long v = Long.parseLong(raw);
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' in the path must be a positive whole number, not '" + clip(raw) + "'");
        }
    }

    /** A query parameter, stripped, or "" when absent. */
    public String query(String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    /** A whole-number query parameter within [min, max], or {@code dflt} when absent. */
    public int queryInt(String name, int dflt, int min, int max) {
        String v = query(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("query parameter '" + name + "' must be a whole number from " + min + " to " + max
                    + ", not '" + clip(v) + "'");
        }
    }

    /** The JSON body as an object; 400 when it is missing, not JSON or not an object. */
    public JsonNode json() {
        if (body == null) {
            String raw = ctx.body();
            if (raw.isBlank()) {
                throw ApiError.badRequest("the request needs a JSON object body (Content-Type: application/json)");
            }
            try {
                body = org.dreamloom.io.cards.JsonKinds.STRICT.readTree(raw);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                String twice = org.dreamloom.io.cards.JsonKinds.duplicateKey(e);
                throw ApiError.badRequest(twice != null ? "the body names '" + twice + "' twice; send each field once"
                        : "the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
            }
            if (body == null || !body.isObject()) {
                // the example must not name one route's fields: the same check guards login, dreams and accounts
                throw ApiError.badRequest("the body must be a JSON object ({\"field\": value, ...}), not "
                        + org.dreamloom.io.cards.JsonKinds.describe(body) + "; see /openapi.json for each route's fields");
            }
        }
        return body;
    }

    /** A string field of the JSON body ("" when absent); 400 when it is not a string or is too long. */
    public String str(String field, int maxLength) {
        JsonNode n = json().get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest("'" + field + "' must be a string");
        }
        String s = n.asText();
        if (s.length() > maxLength) {
            throw ApiError.badRequest("'" + field + "' is " + s.length() + " characters; the most allowed is " + maxLength);
        }
        return s;
    }

    /** A whole-number field of the JSON body in [min, max], or null when absent. */
    public Integer intField(String field, int min, int max) {
        JsonNode n = json().get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        int v;
        if (n.isIntegralNumber()) {
            v = n.asInt();
        } else if (n.isTextual() && n.asText().strip().matches("-?\\d{1,9}")) {
            v = Integer.parseInt(n.asText().strip());
        } else {
            throw ApiError.badRequest("'" + field + "' must be a whole number from " + min + " to " + max);
        }
        if (v < min || v > max) {
            throw ApiError.badRequest("'" + field + "' must be from " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    /** A lower-case keyword that must be one of {@code allowed}; {@code dflt} when absent. */
    public static String oneOf(String field, String value, String dflt, String... allowed) {
        String v = value == null || value.isBlank() ? dflt : value.strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw ApiError.badRequest("'" + field + "' must be one of " + String.join(", ", allowed) + ", not '" + clip(v) + "'");
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
