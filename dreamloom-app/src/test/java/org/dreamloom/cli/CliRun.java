package org.dreamloom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link Main#run} in-process with standard output and error captured. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
