package org.dreamloom.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.nio.file.Path;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoreException;
import org.dreamloom.library.store.WebSession;

/**
 * The Dreamloom web app: a Javalin server with the JSON API under {@code /api}, its OpenAPI document at
 * {@code /openapi.json}, and the browser pages (plain HTML/CSS/JS and Chart.js from its WebJar) from the classpath.
 *
 * <p>Every route is declared once in {@link #routes}, with who may call it; the one wrapper around all handlers
 * checks the session, the role and (for state-changing methods) the CSRF token before the handler runs, and the
 * exception mappers turn every failure into a JSON error without a stack trace.
 */
public final class WebServer implements AutoCloseable {
    /** A handler of the API: returns the value to send as JSON (null for 204), or a {@link Download}. */
    @FunctionalInterface
    public interface Api {
        Object handle(Request r) throws Exception;
    }

    /** A response that is a file rather than JSON. */
    public record Download(String contentType, String fileName, byte[] bytes) {
    }

    /**
     * How to run the server.
     *
     * @param host   the address to bind (127.0.0.1 by default)
     * @param port   the port (0 = any free port)
     * @param limits   login and sign-up limits
     * @param indexDir the search index folder (null = in memory)
     * @param embedder embeds reports and queries for meaning-based search
     */
    public record Options(String host, int port, Auth.Limits limits, Path indexDir, Embedder embedder) {
        /** On {@code host}:{@code port} with the index in memory and the hashing embedder (tests, small tools). */
        public Options(String host, int port, Auth.Limits limits) {
            this(host, port, limits, null, new HashingEmbedder());
        }

        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, Auth.Limits.defaults());
        }
    }

    /** Distinct recent queries whose vectors are kept (384 floats each: about 1.6 KB). */
    private static final int QUERY_VECTORS = 2_048;

    /** The largest request body the server reads. */
    static final long MAX_REQUEST_BYTES = 5_000_000L;

    private final Javalin app;
    private final List<RouteInfo> routes;
    private final List<String> registered = Collections.synchronizedList(new ArrayList<>());
    private final Auth auth;
    private final Search search;
    private final Services services;
    private final boolean loopback;
    /** Admission control of searches computed afresh. */
    private final SearchGate searchGate;

    private WebServer(DreamStore store, Options options) {
        this.loopback = isLoopback(options.host());
        this.auth = new Auth(store, new Passwords(), Clock.systemUTC(), !loopback, options.limits());
        this.search = Search.open(store, options.indexDir(), options.embedder(), QUERY_VECTORS,
                (owner, dream) -> Services.storedOrCoded(store, owner, dream), backgroundShare());
        Services services = new Services(store, search);
        this.services = services;
        SessionController session = new SessionController(auth);
        JournalController journal = new JournalController(store, services);
        this.searchGate = SearchGate.fromSystemProperties();
        LibraryController library = new LibraryController(store, services, searchGate);
        ProfileController profile = new ProfileController(store, services, searchGate);
        TransferController transfer = new TransferController(store, services);
        AccountController account = new AccountController(auth, services);
        List<Route> table = new ArrayList<>();
        // session
        table.add(new Route(info("GET", "/api/session", Access.PUBLIC, "session",
                "Who is logged in, and the CSRF token to send with every POST, PUT and DELETE", List.of(), null), session::current));
        table.add(new Route(info("POST", "/api/signup", Access.PUBLIC, "session",
                "Create an account (same answer whether or not the name was free)", List.of(), "Credentials"), session::signup));
        table.add(new Route(info("POST", "/api/login", Access.PUBLIC, "session",
                "Log in: sets the HttpOnly session cookie; 401 for a wrong name or password, 429 when rate-limited",
                List.of(), "Credentials"), session::login));
        table.add(new Route(info("POST", "/api/logout", Access.USER, "session", "Log out", List.of(), null), session::logout));
        // account
        table.add(new Route(info("PUT", "/api/account/password", Access.USER, "session",
                "Change your password (send the current one too); your other sessions are logged out",
                List.of(), "PasswordChange"), account::changePassword));
        table.add(new Route(info("DELETE", "/api/account", Access.USER, "session",
                "Delete your account and every dream, coding and session it owns (send your password)",
                List.of(), "PasswordConfirm"), account::delete));
        // journal
        table.add(new Route(info("GET", "/api/dreams", Access.USER, "journal", "Your dreams, grouped by night",
                List.of("from: earliest date (yyyy-mm-dd)", "to: latest date (yyyy-mm-dd)", "limit: most dreams (1-1000)",
                        "offset: dreams to skip"), null), journal::list));
        table.add(new Route(info("POST", "/api/dreams", Access.USER, "journal",
                "Write a dream (private by default); it is coded and the coding stored", List.of(), "DreamInput"), journal::create));
        table.add(new Route(info("GET", "/api/dreams/{id}", Access.USER, "journal",
                "One dream with its highlighted codes, emotion timeline and scenes", List.of(), null), journal::show));
        table.add(new Route(info("PUT", "/api/dreams/{id}", Access.USER, "journal", "Edit one of your dreams",
                List.of(), "DreamInput"), journal::update));
        table.add(new Route(info("DELETE", "/api/dreams/{id}", Access.USER, "journal", "Delete one of your dreams",
                List.of(), null), journal::delete));
        table.add(new Route(info("GET", "/api/dreams/{id}/similar", Access.USER, "library",
                "Dreams like this one among those you may see, with reasons, and the threads through it",
                List.of("limit: most dreams (1-50)"), null), library::similar));
        // library
        table.add(new Route(info("GET", "/api/search", Access.USER, "library",
                "Search the dreams you may see, with filters and facet counts",
                List.of("q: query in the library's query language (words, \"phrases\", AND/OR/NOT, field:value)",
                        "mode: lexical, semantic or hybrid (default)", "dreamer: dreamer name", "series: series",
                        "from: earliest date", "to: latest date", "limit: most hits (1-200)", "offset: hits to skip"),
                null), library::search));
        // profile
        table.add(new Route(info("GET", "/api/profile", Access.USER, "profile",
                "Your indicators against the norms (effect sizes, p values), trends over time and recurring themes",
                List.of("norms: female (default) or male",
                        "series: only this series of yours, as GET /api/corpora names it (default: all your dreams)"),
                null), profile::profile));
        table.add(new Route(info("GET", "/api/kindred", Access.USER, "profile",
                "Dreams other people shared that resemble yours (anonymised)", List.of("limit: most dreams (1-50)"), null),
                profile::kindred));
        // transfer
        table.add(new Route(info("POST", "/api/import", Access.USER, "transfer",
                "Import a file into your journal (formats of the import command)",
                List.of("format: auto, text, dreambank, csv, jsonl or cards"), "multipart"), transfer::importFile));
        table.add(new Route(info("GET", "/api/export", Access.USER, "transfer",
                "Export your dreams as csv, jsonl or cards (formats of the export command)",
                List.of("format: csv, jsonl or cards"), null), transfer::export));
        table.add(new Route(info("GET", "/api/corpora", Access.RESEARCHER, "transfer",
                "The corpora (series) you own, with their sizes", List.of(), null), transfer::corpora));
        table.add(new Route(info("POST", "/api/corpora", Access.RESEARCHER, "transfer",
                "Import a file as a corpus you own (shared: others see it anonymised)",
                List.of("format: import format", "visibility: private, shared or public",
                        "series: the corpus name for every dream of the file (default: the file's own series, a "
                                + "DreamBank series after its .tsv, CSV/JSONL from a series column)"),
                "multipart"), transfer::importCorpus));
        // meta
        RouteInfo openapi = info("GET", "/openapi.json", Access.PUBLIC, "meta", "This document", List.of(), null);
        List<RouteInfo> infos = new ArrayList<>();
        for (Route r : table) {
            infos.add(r.info());
        }
        infos.add(openapi);
        this.routes = List.copyOf(infos);
        String openApiJson = Json.write(OpenApi.document(routes));

        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            // errors Jetty answers itself (URL too long, unreadable request) are JSON like every other API error
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Cache-Control", "no-cache");
            });
            config.staticFiles.enableWebjars();
            config.events.handlerAdded(meta -> registered.add(meta.getHttpMethod().name() + " " + meta.getPath()));
            config.routes.before(WebServer::securityHeaders);
            for (Route r : table) {
                config.routes.addHttpHandler(HandlerType.findOrDefault(r.info().method()), r.info().path(),
                        ctx -> run(ctx, r));
            }
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
            config.routes.exception(ApiError.class, (e, ctx) -> {
                if (e.retryAfter() > 0) {
                    ctx.header("Retry-After", String.valueOf(e.retryAfter()));
                }
                error(ctx, e.status(), e.getMessage());
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, e.getStatus(), e.getStatus() == 404 ? "no such page or API route: " + ctx.method() + " "
                            + ctx.path() : e.getStatus() == 413 ? TOO_LARGE : clean(e.getMessage())));
            config.routes.exception(StoreException.class, (e, ctx) -> internal(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        });
    }

    private static RouteInfo info(String method, String path, Access access, String tag, String summary,
            List<String> query, String body) {
        return new RouteInfo(method, path, access, tag, summary, query, body);
    }

    private record Route(RouteInfo info, Api handler) {
    }

    /** Starts a server over {@code store}; the caller keeps ownership of the store. */
    public static WebServer start(DreamStore store, Options options) {
        WebServer s = new WebServer(store, options);
        s.app.start();
        return s;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The documented routes. */
    public List<RouteInfo> routes() {
        return routes;
    }

    /** Every method and path Javalin registered (as {@code "GET /api/x"}), to check against the documentation. */
    public List<String> registeredRoutes() {
        synchronized (registered) {
            return List.copyOf(registered);
        }
    }

    /** The admission control of searches (tests hold its permits to see the 503 answer). */
    SearchGate searchGate() {
        return searchGate;
    }

    /** The accounts and sessions service (the serve command creates the demo login through it). */
    public Auth auth() {
        return auth;
    }

    /**
     * Brings the search index in step with the store after writes that bypassed the server (the serve command's
     * sample import): rebuilds it when it disagrees.
     */
    public void resync() {
        search.awaitIndexed();
        search.resync();
    }

    /** Waits until the search index holds every write acknowledged so far. */
    public void awaitIndexed() {
        search.awaitIndexed();
    }

    @Override
    public void close() {
        app.stop();
        services.saves.close();
        search.close();
    }

    /**
     * The most of the time the background worker (coding and indexing new dreams) may be busy while requests come
     * in: system property {@code dreamloom.web.backgroundShare}, 0.25 by default.
     */
    static double backgroundShare() {
        String v = System.getProperty("dreamloom.web.backgroundShare", "0.25");
        try {
            double share = Double.parseDouble(v);
            if (share > 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("dreamloom.web.backgroundShare must be a number in (0, 1], not '" + v + "'");
    }

    /** The gate every API request passes: session, role, CSRF, then the handler; the result goes out as JSON. */
    private void run(Context ctx, Route route) throws Exception {
        search.requestSeen();
        WebSession s = auth.current(ctx).orElse(null);
        RouteInfo info = route.info();
        if (info.access() != Access.PUBLIC && s == null) {
            throw new ApiError(401, "log in first (POST /api/login)");
        }
        if (info.access() == Access.RESEARCHER && !s.account().isResearcher()) {
            throw new ApiError(403, "only researcher accounts may use " + info.path());
        }
        if (info.mutating()) {
            auth.checkCsrf(ctx, s);
        }
        ctx.header("Cache-Control", "no-store");
        Object out;
        try {
            out = route.handler().handle(new Request(ctx, s));
        } finally {
            if (info.mutating()) {
                services.wrote(); // whatever it changed, cached search answers from before it are stale now
            }
        }
        if (out == null) {
            ctx.status(204);
        } else if (out instanceof Download d) {
            ctx.contentType(d.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
            ctx.result(d.bytes());
        } else if (out instanceof RawJson raw) {
            ctx.contentType("application/json").result(raw.bytes());
        } else if (out instanceof Created c) {
            ctx.status(201).contentType("application/json").result(Json.write(c.body()));
        } else {
            ctx.contentType("application/json").result(Json.write(out));
        }
    }

    /** An answer already written as JSON (a cached one). */
    public record RawJson(byte[] bytes) {
    }

    /** A 201 answer. */
    public record Created(Object body) {
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    }

    private static final String TOO_LARGE = String.format("the request body is larger than the %,d bytes the server "
            + "accepts; send less (import large archives with the import command)", MAX_REQUEST_BYTES);

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    private static void internal(Context ctx, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
                // the server could not parse the request: a client mistake, not an incident
                error(ctx, bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400,
                        "the request could not be read: " + clean(bad.getReason()));
                return;
            }
        }
        // the client gets an incident id, never the trace; the operator finds the trace by that id
        String incident = UUID.randomUUID().toString().substring(0, 8);
        System.err.println("dreamloom serve: incident " + incident + " on " + ctx.method() + " " + ctx.path() + ": " + e);
        e.printStackTrace();
        error(ctx, 500, "internal error (incident " + incident + "); the server log has the details");
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? "request refused" : s;
    }

    /** Whether {@code host} is a loopback address (then cookies need not be Secure over plain http). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
