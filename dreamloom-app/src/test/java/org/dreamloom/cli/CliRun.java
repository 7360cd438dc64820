package org.dreamloom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process with captured output. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("dreamloom: " + ex);
            return ExitCodes.SOFTWARE;
        });
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** True when {@code Indicators.compute} works in this build (it is being written elsewhere). */
    static boolean indicatorsAvailable() {
        try {
            org.dreamloom.norms.Indicators.compute(java.util.List.of());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true; // implemented, just unhappy with an empty list
        }
    }
}
