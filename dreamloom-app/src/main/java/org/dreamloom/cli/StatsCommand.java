package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.norms.IndicatorValue;
import org.dreamloom.norms.Indicators;
import org.dreamloom.norms.SampleKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom stats SELECTION}: the HVdC indicators of a selection of dreams, with the counts behind them. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print the Hall/Van de Castle indicators of a selection of dreams with their counts.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SELECTION", description = "the dreams: " + Selections.FORMS)
    String selection;

    @Mixin
    ProfileOptions options;

    private final Selections selections;

    @Mixin
    LibraryOption library;

    /** The resolvers given, else the library's selections and card files. */
    private Selections selections() {
        return selections != null ? selections : Selections.withLibrary(library);
    }

    public StatsCommand() {
        this(null);
    }

    /** With other selection resolvers (for the library, or tests). */
    public StatsCommand(Selections selections) {
        this.selections = selections;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CodeSource codes = options.codeSource();
        SampleKind kind = options.sampleKind();
        if (codes == null || kind == null) {
            err.println("dreamloom stats: --codes must be auto or human, --sample person or group");
            return ExitCodes.USAGE;
        }
        Selection s;
        try {
            s = options.applySample(selections().resolve(selection, codes));
        } catch (SelectionException e) {
            err.println("dreamloom stats: " + e.getMessage());
            return e.exitCode();
        }
        s.problems().forEach(p -> err.println("dreamloom stats: " + p));
        // The export needs no indicators, so it is written first.
        try {
            options.exportIfAsked(s.cards());
        } catch (IOException e) {
            err.println("dreamloom stats: cannot write " + options.export + ": " + e.getMessage());
            return ExitCodes.CANT_CREATE;
        }
        List<IndicatorValue> values = Indicators.compute(s.cards());
        List<String> warnings = new ArrayList<>();
        s.kind().sizeWarning(s.label(), s.cards().size()).ifPresent(warnings::add);
        if (options.json) {
            out.print(ProfileFormat.statsJson(s, codes, values, warnings));
        } else {
            out.print(ProfileFormat.stats(s, codes, values));
            warnings.forEach(w -> out.println("warning: " + w));
        }
        out.flush();
        return s.problems().stream().anyMatch(p -> p.contains("skipped")) ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
