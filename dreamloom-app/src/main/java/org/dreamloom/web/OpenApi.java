package org.dreamloom.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3 document of the web API from the route table, so the two cannot drift apart. */
public final class OpenApi {
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    private OpenApi() {
    }

    /** The document for {@code routes}, as nested maps ready for JSON. */
    public static Map<String, Object> document(List<RouteInfo> routes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Dreamloom API", "version", "0.1.0",
                "description", "The JSON API behind the Dreamloom web app. Log in with POST /api/login (session "
                        + "cookie); every POST, PUT and DELETE must send the CSRF token from GET /api/session in the "
                        + "X-CSRF-Token header. Errors are {\"error\": message, \"status\": code}."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (RouteInfo r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
            item.put(r.method().toLowerCase(java.util.Locale.ROOT), operation(r));
        }
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", Map.of(
                "session", Map.of("type", "apiKey", "in", "cookie", "name", Auth.SESSION_COOKIE),
                "csrf", Map.of("type", "apiKey", "in", "header", "name", Auth.CSRF_HEADER)));
        components.put("schemas", schemas());
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(RouteInfo r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(r.tag()));
        op.put("summary", r.summary());
        op.put("operationId", r.method().toLowerCase(java.util.Locale.ROOT)
                + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("x-access", r.access().name().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> params = new ArrayList<>();
        Matcher m = PARAM.matcher(r.path());
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "integer", "minimum", 1)));
        }
        for (String q : r.query()) {
            int colon = q.indexOf(':');
            params.add(Map.of("name", q.substring(0, colon).strip(), "in", "query", "required", false,
                    "description", q.substring(colon + 1).strip(), "schema", Map.of("type", "string")));
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (r.body() != null) {
            Map<String, Object> content = r.body().equals("multipart")
                    ? Map.of("multipart/form-data", Map.of("schema", Map.of("type", "object",
                            "properties", Map.of("file", Map.of("type", "string", "format", "binary")),
                            "required", List.of("file"))))
                    : Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/" + r.body())));
            op.put("requestBody", Map.of("required", true, "content", content));
        }
        if (r.access() == Access.PUBLIC) {
            op.put("security", r.mutating() ? List.of(Map.of("csrf", List.of())) : List.of());
        } else {
            Map<String, Object> sec = new LinkedHashMap<>();
            sec.put("session", List.of());
            if (r.mutating()) {
                sec.put("csrf", List.of());
            }
            op.put("security", List.of(sec));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(r.method().equals("DELETE") || r.path().equals("/api/logout") ? "204"
                : r.path().equals("/api/signup") ? "202" : r.method().equals("POST") && r.path().equals("/api/dreams")
                ? "201" : "200", Map.of("description", "success"));
        responses.put("400", ref("bad input: the message says which field and why"));
        if (r.access() != Access.PUBLIC) {
            responses.put("401", ref("not logged in"));
        }
        if (r.access() == Access.RESEARCHER || r.mutating()) {
            responses.put("403", ref("not allowed (role), or missing/wrong CSRF token"));
        }
        if (r.path().contains("{id}")) {
            responses.put("404", ref("no such dream that you may see"));
        }
        if (r.path().equals("/api/login") || r.path().equals("/api/signup")) {
            responses.put("429", ref("too many attempts; see Retry-After"));
        }
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> ref(String description) {
        return Map.of("description", description, "content",
                Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Error", Map.of("type", "object", "properties", Map.of("error", Map.of("type", "string"),
                "status", Map.of("type", "integer")), "required", List.of("error")));
        s.put("Credentials", Map.of("type", "object", "required", List.of("username", "password"), "properties",
                Map.of("username", Map.of("type", "string", "pattern", "^[a-z0-9][a-z0-9_.-]{2,39}$"),
                        "password", Map.of("type", "string", "minLength", 10, "maxLength", 256))));
        Map<String, Object> password = Map.of("type", "string", "minLength", 10, "maxLength", 256);
        s.put("PasswordChange", Map.of("type", "object", "required", List.of("current", "password"), "properties",
                Map.of("current", Map.of("type", "string"), "password", password)));
        s.put("PasswordConfirm", Map.of("type", "object", "required", List.of("password"), "properties",
                Map.of("password", Map.of("type", "string"))));
        Map<String, Object> dream = new LinkedHashMap<>();
        dream.put("text", Map.of("type", "string", "maxLength", JournalFields.MAX_TEXT));
        dream.put("date", Map.of("type", "string", "format", "date"));
        dream.put("title", Map.of("type", "string", "maxLength", 200));
        dream.put("tags", Map.of("type", "array", "items", Map.of("type", "string", "maxLength", JournalFields.MAX_TAG),
                "maxItems", JournalFields.MAX_TAGS));
        dream.put("lucidity", Map.of("type", "integer", "minimum", 0, "maximum", 4));
        dream.put("mood", Map.of("type", "integer", "minimum", -2, "maximum", 2));
        dream.put("sleepQuality", Map.of("type", "integer", "minimum", 1, "maximum", 5));
        dream.put("visibility", Map.of("type", "string", "enum", List.of("private", "shared", "public")));
        s.put("DreamInput", Map.of("type", "object", "required", List.of("text"), "properties", dream));
        return s;
    }
}
