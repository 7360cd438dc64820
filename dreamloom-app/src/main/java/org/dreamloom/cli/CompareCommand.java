package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.Comparisons;
import org.dreamloom.norms.Norms;
import org.dreamloom.norms.Profile;
import org.dreamloom.norms.RandomizationTest;
import org.dreamloom.norms.chart.HProfileChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dreamloom compare SELECTION --to norms:female|norms:male|SELECTION}: how a selection of dreams differs from
 * the norms or from another selection, indicator by indicator, with effect sizes, p-values and readings.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare a selection of dreams with the Hall/Van de Castle norms or another selection:"
                + " Cohen's h, p-values (Benjamini-Hochberg adjusted) and a reading per indicator.")
public final class CompareCommand extends SelectionCommand {
    @Option(names = "--to", required = true, paramLabel = "norms:female|norms:male|SELECTION",
            description = "what to compare with: the published female or male norms, or another selection")
    String to;

    @Option(names = "--chart", paramLabel = "FILE.png|FILE.svg", description = "also draw the h-profile chart")
    Path chart;

    @Option(names = "--permutations", defaultValue = "" + RandomizationTest.DEFAULT_PERMUTATIONS,
            description = "shuffles of the randomization test for A/C, F/C, S/C between two selections"
                    + " (default: ${DEFAULT-VALUE})")
    int permutations;

    @Option(names = "--seed", defaultValue = "" + RandomizationTest.DEFAULT_SEED,
            description = "seed of the randomization test (default: ${DEFAULT-VALUE})")
    long seed;

    public CompareCommand() {
        this(null);
    }

    /** With other selection resolvers (for the library, or tests). */
    public CompareCommand(Selections selections) {
        super(selections);
    }

    @Override
    String name() {
        return "compare";
    }

    @Override
    public Integer call() {
        Integer invalid = checkProfileOptions();
        if (invalid != null) {
            return invalid;
        }
        if (permutations < 1) {
            complain("--permutations must be at least 1");
            return ExitCodes.USAGE;
        }
        if (chart != null && HProfileChart.Format.of(chart) == null) {
            complain("--chart " + chart + " must end in .png or .svg");
            return ExitCodes.USAGE;
        }
        CodeSource codes = options.codeSource();
        Selection s;
        Selection other = null;
        Norms.Sex sex = null;
        try {
            s = resolveSelection();
            if (to.startsWith("norms:")) {
                sex = Norms.Sex.parse(to.substring("norms:".length()));
                if (sex == null) {
                    complain("--to " + to + ": the norms are norms:female or norms:male");
                    return ExitCodes.USAGE;
                }
            } else {
                other = selections().resolve(to, codes);
            }
        } catch (SelectionException e) {
            complain(e.getMessage());
            return e.exitCode();
        }
        List<String> problems = other == null ? s.problems()
                : Stream.concat(s.problems().stream(), other.problems().stream()).toList();
        Integer failed = reportAndExport(s, problems);
        if (failed != null) {
            return failed;
        }
        Profile set = Profile.of(s.label(), s.cards(), s.kind());
        Profile reference = sex != null ? Norms.profile(sex) : Profile.of(other.label(), other.cards(),
                other.kind());
        Comparison comparison = new Comparisons(permutations, seed).compare(set, reference);
        try {
            if (chart != null) {
                HProfileChart.write(comparison, chart);
            }
        } catch (IOException e) {
            complain(OutputFailure.describe("the chart ", chart, e));
            return ExitCodes.CANT_CREATE;
        }
        PrintWriter out = out();
        out.print(options.json ? ProfileFormat.comparisonJson(comparison, codes, permutations, seed)
                : ProfileFormat.comparison(comparison, codes));
        if (chart != null && !options.json) {
            out.println("h-profile chart written to " + chart);
        }
        out.flush();
        return exitFor(problems);
    }
}
