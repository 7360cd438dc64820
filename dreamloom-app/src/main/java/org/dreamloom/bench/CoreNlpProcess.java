package org.dreamloom.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the CoreNLP peer ({@code org.dreamloom.bench.CoreNlpPeer} of dreamloom-bench) in a JVM of its own, so
 * that CoreNLP's classes and its multi-gigabyte heap never enter Dreamloom's process, and reads back the
 * {@code RESULT} line it prints.
 */
final class CoreNlpProcess {
    private static final Pattern FIELD = Pattern.compile("\"([a-z_0-9]+)\":\\s*(\"[^\"]*\"|[-0-9.eE]+)");

    private CoreNlpProcess() {
    }

    static Map<String, Object> run(List<String> classpath, Path reports, String annotators, PrintWriter out)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx4g");
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, classpath));
        cmd.add("org.dreamloom.bench.CoreNlpPeer");
        cmd.add(reports.toString());
        cmd.add(annotators);
        cmd.add("1,2");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        // CoreNLP logs model loading on stderr: drain it so the child never blocks, keep the last lines for errors.
        List<String> errTail = new ArrayList<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (errTail) {
                        errTail.add(line);
                        if (errTail.size() > 20) {
                            errTail.remove(0);
                        }
                    }
                }
            } catch (IOException e) {
                // the child is gone; the exit code tells
            }
        });
        drain.setDaemon(true);
        drain.start();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("annotators", annotators);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    m.putAll(parse(line.substring(7)));
                }
            }
        }
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        drain.join(1000);
        if (p.exitValue() != 0 || !m.containsKey("threads_1")) {
            synchronized (errTail) {
                m.put("error", "CoreNLP peer exited with " + p.exitValue() + ": " + String.join(" | ", errTail));
            }
            out.println("  CoreNLP " + annotators + " failed: " + m.get("error"));
        }
        return m;
    }

    static Map<String, Object> parse(String json) {
        Map<String, Object> m = new LinkedHashMap<>();
        Matcher x = FIELD.matcher(json);
        while (x.find()) {
            String v = x.group(2);
            m.put(x.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : (Object) Double.parseDouble(v));
        }
        return m;
    }
}
