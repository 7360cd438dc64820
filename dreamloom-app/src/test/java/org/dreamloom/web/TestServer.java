package org.dreamloom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dreamloom.library.store.DreamStore;

/** A web server on a fresh library in a temporary folder, on 127.0.0.1 and any free port. */
final class TestServer implements AutoCloseable {
    final DreamStore store;
    final WebServer server;
    /** The library file, for a second connection that stands for another process (the CLI). */
    final Path libraryFile;

    TestServer(Auth.Limits limits) {
        try {
            Path dir = Files.createTempDirectory("dreamloom-web-test");
            libraryFile = dir.resolve("library.db");
            store = DreamStore.open(libraryFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = WebServer.start(store, new WebServer.Options("127.0.0.1", 0, limits));
    }

    TestServer() {
        this(Auth.Limits.defaults());
    }

    Client client() {
        return new Client(server.port());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
