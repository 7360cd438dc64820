package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.Comparisons;
import org.dreamloom.norms.Norms;
import org.dreamloom.norms.Profile;
import org.dreamloom.norms.RandomizationTest;
import org.dreamloom.norms.SampleKind;
import org.dreamloom.norms.chart.HProfileChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dreamloom compare SELECTION --to norms:female|norms:male|SELECTION}: how a selection of dreams differs from
 * the norms or from another selection, indicator by indicator, with effect sizes, p-values and readings.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare a selection of dreams with the Hall/Van de Castle norms or another selection:"
                + " Cohen's h, p-values (Benjamini-Hochberg adjusted) and a reading per indicator.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SELECTION", description = "the dreams: " + Selections.FORMS)
    String selection;

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

    @Mixin
    ProfileOptions options;

    private final Selections selections;

    @Mixin
    LibraryOption library;

    /** The resolvers given, else the library's selections and card files. */
    private Selections selections() {
        return selections != null ? selections : Selections.withLibrary(library);
    }

    public CompareCommand() {
        this(null);
    }

    /** With other selection resolvers (for the library, or tests). */
    public CompareCommand(Selections selections) {
        this.selections = selections;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CodeSource codes = options.codeSource();
        SampleKind kind = options.sampleKind();
        if (codes == null || kind == null) {
            err.println("dreamloom compare: --codes must be auto or human, --sample person or group");
            return ExitCodes.USAGE;
        }
        if (permutations < 1) {
            err.println("dreamloom compare: --permutations must be at least 1");
            return ExitCodes.USAGE;
        }
        if (chart != null && HProfileChart.Format.of(chart) == null) {
            err.println("dreamloom compare: --chart " + chart + " must end in .png or .svg");
            return ExitCodes.USAGE;
        }
        Selection s;
        Selection other = null;
        Norms.Sex sex = null;
        try {
            s = options.applySample(selections().resolve(selection, codes));
            if (to.startsWith("norms:")) {
                sex = Norms.Sex.parse(to.substring("norms:".length()));
                if (sex == null) {
                    err.println("dreamloom compare: --to " + to + ": the norms are norms:female or norms:male");
                    return ExitCodes.USAGE;
                }
            } else {
                other = selections().resolve(to, codes);
            }
        } catch (SelectionException e) {
            err.println("dreamloom compare: " + e.getMessage());
            return e.exitCode();
        }
        List<String> problems = other == null ? s.problems()
                : java.util.stream.Stream.concat(s.problems().stream(), other.problems().stream()).toList();
        problems.forEach(p -> err.println("dreamloom compare: " + p));
        // The export needs no indicators, so it is written first.
        try {
            options.exportIfAsked(s.cards());
        } catch (IOException e) {
            err.println("dreamloom compare: cannot write " + options.export + ": " + e.getMessage());
            return ExitCodes.CANT_CREATE;
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
            err.println("dreamloom compare: cannot write the chart " + chart + ": " + e.getMessage());
            return ExitCodes.CANT_CREATE;
        }
        out.print(options.json ? ProfileFormat.comparisonJson(comparison, codes, permutations, seed)
                : ProfileFormat.comparison(comparison, codes));
        if (chart != null && !options.json) {
            out.println("h-profile chart written to " + chart);
        }
        out.flush();
        return problems.stream().anyMatch(p -> p.contains("skipped")) ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
