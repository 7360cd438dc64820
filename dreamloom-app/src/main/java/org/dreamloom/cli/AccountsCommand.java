package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.Accounts;
import org.dreamloom.library.store.DreamStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dreamloom accounts}: the web app's accounts in a library, and who is a researcher. Whoever can open the
 * library file on the machine administers its accounts; the web app itself never lets a user raise their own role.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = {"List the web app's accounts and their roles, or change a role.",
                "A researcher may import corpora they own in the web app; a role change takes effect within "
                        + "seconds, in a running web app too."})
public final class AccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @ArgGroup(exclusive = true)
    RoleChange change;

    /** At most one role change per run. */
    static final class RoleChange {
        @Option(names = "--researcher", paramLabel = "NAME", description = "Make account NAME a researcher.")
        String researcher;
        @Option(names = "--user", paramLabel = "NAME", description = "Make account NAME an ordinary user again.")
        String user;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DreamStore store = library.openExisting()) { // a mistyped path must not create an empty library
            Accounts accounts = store.accounts();
            if (change != null) {
                String name = change.researcher != null ? change.researcher : change.user;
                String role = change.researcher != null ? Account.RESEARCHER : Account.USER;
                Optional<Account> a = accounts.account(name.strip().toLowerCase(java.util.Locale.ROOT));
                if (a.isEmpty()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("dreamloom accounts: no account called '" + name + "' in " + store.location()
                            + "; run `dreamloom accounts` to list them");
                    err.flush();
                    return ExitCodes.NO_INPUT;
                }
                accounts.update(a.get().id(), a.get().passwordHash(), role);
            }
            print(out, accounts.all());
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, List<Account> all) {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Account a : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("username", a.username());
                m.put("role", a.role());
                m.put("created", a.createdAt());
                rows.add(m);
            }
            out.println(Json.pretty(Map.of("accounts", rows)));
        } else if (all.isEmpty()) {
            out.println("No web accounts yet: people sign up in the browser (`dreamloom serve`).");
        } else {
            for (Account a : all) {
                out.printf("%-40s %-10s %s%n", a.username(), a.role(), a.createdAt());
            }
        }
        out.flush();
    }
}
