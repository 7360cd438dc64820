package org.dreamloom.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.Embedders;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryImport;
import org.dreamloom.library.store.Visibility;
import org.dreamloom.web.Auth;
import org.dreamloom.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dreamloom serve}: the web app. Opens the library, loads the bundled sample dreams into a demo researcher
 * account (idempotently, like {@code demo}), prints the URL and the demo login, and serves until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web app: journal, dream pages, library search, profile, import and export.",
            "Binds to 127.0.0.1 unless --host says otherwise; the bundled samples are loaded into a demo account."})
public final class ServeCommand implements Callable<Integer> {
    /** The demo account's name. */
    public static final String DEMO_USER = "demo";
    /** The demo password on loopback (a random one is made when serving on another address). */
    public static final String DEMO_PASSWORD = "dreamloom-demo";

    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Option(names = "--port", paramLabel = "P", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;
    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;
    @Option(names = "--samples", paramLabel = "DIR", description = "The sample folder (default: samples/ of the Dreamloom checkout).")
    Path samples;
    @Option(names = "--no-demo", description = "Do not create the demo account or load the samples.")
    boolean noDemo;
    @Option(names = "--embedder", paramLabel = "E", defaultValue = "minilm",
            description = "Embeddings for meaning-based search: minilm (default) or hashing (fast, words only).")
    String embedder;

    /** A started server and the library it serves; closing stops the server, then closes the library. */
    public record Running(WebServer server, DreamStore store, String url) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("dreamloom serve: --port must be from 0 to 65535");
            return ExitCodes.USAGE;
        }
        if (!embedder.equalsIgnoreCase("minilm") && !embedder.equalsIgnoreCase("hashing")) {
            err.println("dreamloom serve: --embedder must be minilm or hashing, not '" + embedder + "'");
            return ExitCodes.USAGE;
        }
        String badHost = ListenAddress.problem(host);
        if (badHost != null) {
            err.println("dreamloom serve: " + badHost);
            return ExitCodes.USAGE;
        }
        Running running = launch(spec.commandLine().getOut(), err);
        if (running == null) {
            return ExitCodes.SOFTWARE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * Opens the library, starts the server, loads the samples into the demo account and prints the URL and the
     * login; returns null (after printing why) when the server cannot start.
     */
    Running launch(PrintWriter out, PrintWriter err) {
        DreamStore store = library.open();
        Path index = library.path().toAbsolutePath().resolveSibling(library.path().getFileName() + ".index");
        WebServer server;
        try {
            Embedder e = embedder.equalsIgnoreCase("hashing") ? new HashingEmbedder() : Embedders.standard();
            server = WebServer.start(store, new WebServer.Options(host, port, Auth.Limits.defaults(), index, e));
        } catch (RuntimeException e) {
            store.close();
            err.println("dreamloom serve: cannot start the web app on " + host + ":" + port + ": "
                    + ListenAddress.explainStartFailure(e, port));
            err.flush();
            return null;
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        if (!noDemo) {
            String password = isLoopback(host) ? DEMO_PASSWORD : randomPassword();
            Account demo = server.auth().ensureAccount(DEMO_USER, password, Account.RESEARCHER);
            Path dir = samples != null ? samples : DemoCommand.findSamples();
            if (dir != null && Files.isDirectory(dir)) {
                LibraryImport.Summary s = new LibraryImport(store, demo.ownerId(), Visibility.SHARED,
                        LibraryImport.DEFAULT_BATCH, p -> err.println("dreamloom: " + p.describe()), null)
                        .run(List.of(dir), ImportOptions.defaults());
                out.printf("Samples: %,d new, %,d already there (from %s)%n", s.imported(), s.duplicates(), dir);
                if (s.imported() > 0) {
                    server.resync(); // only then: it waits for the queue, which a start may have filled with missed dreams
                }
            } else {
                err.println(samples != null
                        ? "dreamloom serve: --samples " + samples + " is not a folder; the demo account starts empty"
                        : "dreamloom serve: no samples folder found; pass --samples DIR to load them");
            }
            out.printf("Demo login: %s / %s%n", DEMO_USER, password);
        }
        out.printf("Dreamloom is running at %s  (library %s; Ctrl-C stops it)%n", url, store.location());
        out.flush();
        err.flush();
        return new Running(server, store, url);
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
