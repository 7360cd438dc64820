package org.dreamloom.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dreamloom} command: one subcommand class per verb, exceptions mapped to exit codes here at the edge. */
@Command(
        name = "dreamloom",
        mixinStandardHelpOptions = true,
        version = "dreamloom 0.1.0",
        description = "A library of dreams and the threads between them.",
        subcommands = {CommandLine.HelpCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
            ExportCommand.class, InfoCommand.class, DemoCommand.class, CodeCommand.class, EvalCommand.class,
            ServeCommand.class, ReindexCommand.class, SearchCommand.class, SimilarCommand.class,
            ThreadsCommand.class, StatsCommand.class, CompareCommand.class,
            AccountsCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs the command line with its output and errors sent to the given writers (null = the console); never throws. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // every subcommand offers -V/--version (mixinStandardHelpOptions); without this they printed nothing
        String[] version = cli.getCommandSpec().version();
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("dreamloom: " + ex.getMessage());
            // a library path that cannot be used is the user's to fix, not an internal error
            return ex instanceof org.dreamloom.library.store.LibraryPathException ? ExitCodes.CANT_CREATE
                    : ex instanceof NoLibraryException ? ExitCodes.NO_INPUT : ExitCodes.SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return ExitCodes.USAGE;
    }
}
