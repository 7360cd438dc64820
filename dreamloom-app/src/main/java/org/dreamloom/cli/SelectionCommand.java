package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code stats} and {@code compare} share: a SELECTION of dreams resolved with the profile options, its
 * rejected rows reported, and the optional CSV export written before any indicator is computed.
 */
abstract class SelectionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SELECTION", description = "the dreams: " + Selections.FORMS)
    String selection;

    @Mixin
    ProfileOptions options;

    @Mixin
    LibraryOption library;

    private final Selections selections;

    /** With other selection resolvers (for the library, or tests); null means the library's and card files. */
    SelectionCommand(Selections selections) {
        this.selections = selections;
    }

    /** The command's name as messages start with it. */
    abstract String name();

    /** The resolvers given, else the library's selections and card files. */
    final Selections selections() {
        return selections != null ? selections : Selections.withLibrary(library);
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints one error line prefixed with the command's name. */
    final void complain(String message) {
        err().println("dreamloom " + name() + ": " + message);
    }

    /** Null when --codes and --sample are valid, else the usage exit code after saying what is wrong. */
    final Integer checkProfileOptions() {
        if (options.codeSource() == null) {
            complain("--codes must be auto or human, not '" + options.codes + "'");
            return ExitCodes.USAGE;
        }
        if (options.sampleKind() == null) {
            complain("--sample must be person or group, not '" + options.sample + "'");
            return ExitCodes.USAGE;
        }
        return null;
    }

    /** The SELECTION argument resolved with the codes asked for and the kind --sample names. */
    final Selection resolveSelection() throws SelectionException {
        return options.applySample(selections().resolve(selection, options.codeSource()));
    }

    /**
     * Reports the rows the selections left out and writes the CSV export when asked for; null when all went well
     * enough to go on, else the exit code after saying what could not be written.
     */
    final Integer reportAndExport(Selection s, List<String> problems) {
        problems.forEach(this::complain);
        // The export needs no indicators, so it is written first.
        try {
            options.exportIfAsked(s.cards());
        } catch (IOException e) {
            complain(OutputFailure.describe("", options.export, e));
            return ExitCodes.CANT_CREATE;
        }
        return null;
    }

    /** PARTIAL when rows were skipped, else OK. */
    static int exitFor(List<String> problems) {
        return problems.stream().anyMatch(p -> p.contains("skipped")) ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
