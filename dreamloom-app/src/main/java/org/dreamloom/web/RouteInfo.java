package org.dreamloom.web;

import java.util.List;

/**
 * One route of the HTTP API as documented in the OpenAPI document: method, path (Javalin syntax with
 * {@code {id}} parameters), who may call it, what it does, its query parameters and the shape of its body.
 *
 * @param method  GET, POST, PUT or DELETE
 * @param path    e.g. {@code /api/dreams/{id}}
 * @param access  who may call it
 * @param tag     the group in the document (session, journal, library, profile, transfer, meta)
 * @param summary one line on what it does
 * @param query   query parameters as {@code name: description}
 * @param body    the request body: a schema name of {@link OpenApi}, {@code multipart} or null for none
 */
public record RouteInfo(String method, String path, Access access, String tag, String summary, List<String> query,
        String body) {
    public RouteInfo {
        query = List.copyOf(query);
    }

    /** Whether the route changes state (and so needs a CSRF token). */
    public boolean mutating() {
        return !method.equals("GET");
    }
}
