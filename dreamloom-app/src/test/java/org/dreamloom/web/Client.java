package org.dreamloom.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A browser-like test client over a real socket: keeps cookies, sends the CSRF token it was given. */
final class Client {
    /** One answer: status, headers, body. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient http;
    String csrf = "";

    Client(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Fetches the session (and a CSRF token) like the page does on load. */
    Client refresh() {
        csrf = get("/api/session").json().get("csrf").asText();
        return this;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, Object body) {
        return json("POST", path, body, true);
    }

    Answer put(String path, Object body) {
        return json("PUT", path, body, true);
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().header(Auth.CSRF_HEADER, csrf));
    }

    /** Any method, with or without the CSRF header; a body when not null. */
    Answer json(String method, String path, Object body, boolean withCsrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.write(body)))
                .header("Content-Type", "application/json");
        if (withCsrf) {
            b.header(Auth.CSRF_HEADER, csrf);
        }
        return send(b);
    }

    /** A request with a raw body and content type, and the CSRF header. */
    Answer raw(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).header(Auth.CSRF_HEADER, csrf));
    }

    /** A multipart upload of one file in the field {@code file}. */
    Answer upload(String path, String fileName, String content) {
        String boundary = "----dl" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header(Auth.CSRF_HEADER, csrf));
    }

    /** Signs up and logs in; returns this client, logged in, with its session's CSRF token. */
    Client signupAndLogin(String user, String password) {
        refresh();
        Answer s = post("/api/signup", Map.of("username", user, "password", password));
        if (s.status() != 202) {
            throw new AssertionError("sign-up failed: " + s.status() + " " + s.body());
        }
        return login(user, password);
    }

    Client login(String user, String password) {
        refresh();
        Answer a = post("/api/login", Map.of("username", user, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("login failed: " + a.status() + " " + a.body());
        }
        csrf = a.json().get("csrf").asText();
        return this;
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
