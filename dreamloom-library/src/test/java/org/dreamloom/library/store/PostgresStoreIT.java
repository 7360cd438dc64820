package org.dreamloom.library.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.io.SeriesInfo;
import org.dreamloom.report.Dream;
import org.junit.jupiter.api.Test;

/**
 * The same store on PostgreSQL: runs when {@code DREAMLOOM_PG_URL} (and optionally {@code DREAMLOOM_PG_USER},
 * {@code DREAMLOOM_PG_PASSWORD}) names an empty scratch database, and is skipped otherwise. The schema is dropped
 * first, so never point it at a database you care about.
 */
class PostgresStoreIT {
    @Test
    void schemaAndQueriesRunOnPostgres() throws Exception {
        String url = System.getenv("DREAMLOOM_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "set DREAMLOOM_PG_URL to run against PostgreSQL");
        String user = System.getenv().getOrDefault("DREAMLOOM_PG_USER", "");
        String password = System.getenv().getOrDefault("DREAMLOOM_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        try (DreamStore store = DreamStore.openJdbc(url, user, password)) {
            long alice = store.ownerId("alice");
            long bob = store.ownerId("bob");
            ImportedDream d1 = new ImportedDream(new Dream("I was on a boat.", null, "Izzy", "1999-01-01", "izzy12",
                    "dreambank:izzy12", "0001", "", Map.of("sex", "female"), List.of()), Path.of("x"), 2, null);
            ImportedDream d1again = new ImportedDream(new Dream(" I was on a boat. ", null, "Izzy", "", "izzy-all",
                    "dreambank:izzy-all", "0100", "", Map.of(), List.of()), Path.of("y"), 2, null);
            store.saveSeries(alice, new SeriesInfo("izzy12", "Izzy, age 12", "Izzy", "female", Map.of()));
            assertThat(store.saveBatch(alice, List.of(d1, d1again), Visibility.PRIVATE)).isEqualTo(new BatchResult(1, 1));
            store.saveBatch(bob, List.of(d1), Visibility.PRIVATE);
            long id = store.list(alice, DreamQuery.all()).get(0).id();
            store.saveCoding(id, "t@1", Card.empty("izzy12", "0001", "I was on a boat."));
            store.saveCoding(id, "t@1", Card.empty("izzy12", "0001", "I was on a boat."));

            assertThat(store.list(alice, new DreamQuery("izzy", "izzy-all", "", "", 0, 1))).isEmpty();
            assertThat(store.list(alice, new DreamQuery("izzy", "izzy-all", "1999-01-01", "1999-12-31", 10, 0))).hasSize(1);
            assertThat(store.sources(alice, id)).hasSize(2);
            assertThat(store.codingsFor(alice, id)).hasSize(1);
            assertThat(store.codingsFor(bob, id)).isEmpty();
            assertThat(store.dreamsNotCodedBy(alice, "t@1", 10)).isEmpty();
            LibraryStats s = store.stats(alice);
            assertThat(s.dreams()).isEqualTo(1);
            assertThat(s.sources()).isEqualTo(2);
            assertThat(s.codings()).isEqualTo(1);
            assertThat(store.stats(bob).dreams()).isEqualTo(1);
        }
    }
}
