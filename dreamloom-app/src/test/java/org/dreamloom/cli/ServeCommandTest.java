package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    private ServeCommand parse(String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void startsOnLoopbackLoadsTheSamplesOnceAndPrintsTheLogin() throws Exception {
        Path samples = Path.of(System.getProperty("dreamloom.root"), "samples");
        String[] args = {"--library", dir.resolve("web.db").toString(), "--port", "0", "--samples", samples.toString(),
            "--embedder", "hashing"};
        StringWriter first = new StringWriter();
        try (ServeCommand.Running r = parse(args).launch(new PrintWriter(first), new PrintWriter(new StringWriter()))) {
            assertThat(r.url()).startsWith("http://127.0.0.1:");
            assertThat(first.toString()).contains("Demo login: demo / dreamloom-demo").contains(r.url())
                    .containsPattern("Samples: [1-9]\\d* new, 0 already there");
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(r.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Dreamloom</title>");
        }
        StringWriter second = new StringWriter();
        try (ServeCommand.Running r = parse(args).launch(new PrintWriter(second), new PrintWriter(new StringWriter()))) {
            assertThat(second.toString()).containsPattern("Samples: 0 new, [1-9]\\d* already there");
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "70000",
                "--library", dir.resolve("x.db").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--port must be from 0 to 65535");
    }
}
