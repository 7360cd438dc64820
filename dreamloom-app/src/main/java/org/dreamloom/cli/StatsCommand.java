package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.norms.IndicatorValue;
import org.dreamloom.norms.Indicators;
import picocli.CommandLine.Command;

/** {@code dreamloom stats SELECTION}: the HVdC indicators of a selection of dreams, with the counts behind them. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print the Hall/Van de Castle indicators of a selection of dreams with their counts.")
public final class StatsCommand extends SelectionCommand {
    public StatsCommand() {
        this(null);
    }

    /** With other selection resolvers (for the library, or tests). */
    public StatsCommand(Selections selections) {
        super(selections);
    }

    @Override
    String name() {
        return "stats";
    }

    @Override
    public Integer call() {
        Integer invalid = checkProfileOptions();
        if (invalid != null) {
            return invalid;
        }
        Selection s;
        try {
            s = resolveSelection();
        } catch (SelectionException e) {
            complain(e.getMessage());
            return e.exitCode();
        }
        Integer failed = reportAndExport(s, s.problems());
        if (failed != null) {
            return failed;
        }
        CodeSource codes = options.codeSource();
        List<IndicatorValue> values = Indicators.compute(s.cards());
        List<String> warnings = new ArrayList<>();
        s.kind().sizeWarning(s.label(), s.cards().size()).ifPresent(warnings::add);
        PrintWriter out = out();
        if (options.json) {
            out.print(ProfileFormat.statsJson(s, codes, values, warnings));
        } else {
            out.print(ProfileFormat.stats(s, codes, values));
            warnings.forEach(w -> out.println("warning: " + w));
        }
        out.flush();
        return exitFor(s.problems());
    }
}
