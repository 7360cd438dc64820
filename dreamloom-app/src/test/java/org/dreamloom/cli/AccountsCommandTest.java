package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.DreamStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts command lists the web accounts and changes roles; an unknown name is a clear error. */
class AccountsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsAccountsAndGrantsAndRevokesTheResearcherRole() throws Exception {
        Path lib = dir.resolve("lib.db");
        try (DreamStore store = DreamStore.open(lib)) {
            store.accounts().create("zoe", "hash-z", Account.USER);
            store.accounts().create("amir", "hash-a", Account.USER);
        }
        Path other = dir.resolve("other.db");
        try (DreamStore store = DreamStore.open(other)) {
            assertThat(store.accounts().all()).isEmpty();
        }
        Cli empty = Cli.run("accounts", "--library", other.toString());
        assertThat(empty.out()).contains("No web accounts yet");
        Path mistyped = dir.resolve("othr.db");
        Cli missing = Cli.run("accounts", "--library", mistyped.toString(), "--researcher", "zoe");
        assertThat(missing.exit()).isEqualTo(66);
        assertThat(missing.err()).contains("no library at");
        assertThat(mistyped).doesNotExist();

        Cli granted = Cli.run("accounts", "--library", lib.toString(), "--researcher", "Zoe", "--json");
        assertThat(granted.exit()).as(granted.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(granted.out()).get("accounts");
        assertThat(rows).extracting(r -> r.get("username").asText() + "=" + r.get("role").asText())
                .containsExactly("amir=user", "zoe=researcher");
        assertThat(granted.out()).doesNotContain("hash-");

        Cli revoked = Cli.run("accounts", "--library", lib.toString(), "--user", "zoe");
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).containsPattern("zoe\\s+user");
        try (DreamStore store = DreamStore.open(lib)) {
            assertThat(store.accounts().account("zoe").orElseThrow().passwordHash()).isEqualTo("hash-z");
        }
    }

    @Test
    void anUnknownNameIsAClearErrorAndBothChangesAtOnceAreRefused() {
        Path lib = dir.resolve("lib.db");
        DreamStore.open(lib).close();
        Cli unknown = Cli.run("accounts", "--library", lib.toString(), "--researcher", "nobody");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(unknown.err()).contains("no account called 'nobody'").contains("dreamloom accounts");
        Cli both = Cli.run("accounts", "--library", lib.toString(), "--researcher", "a", "--user", "b");
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
