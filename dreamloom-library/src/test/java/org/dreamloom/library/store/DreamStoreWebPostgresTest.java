package org.dreamloom.library.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same checks on PostgreSQL, to prove the web migration and methods are portable. Runs only when
 * {@code DREAMLOOM_PG_URL=jdbc:postgresql://...} (with {@code DREAMLOOM_PG_USER}/{@code DREAMLOOM_PG_PASSWORD}, as
 * for {@link PostgresStoreIT}; {@code .ci/run} starts a throwaway server and sets them) names a scratch database:
 * it drops and recreates the {@code public} schema.
 */
@EnabledIfEnvironmentVariable(named = "DREAMLOOM_PG_URL", matches = ".+")
class DreamStoreWebPostgresTest extends DreamStoreWebTest {
    @Override
    DreamStore openStore() throws Exception {
        String url = System.getenv("DREAMLOOM_PG_URL");
        String user = System.getenv().getOrDefault("DREAMLOOM_PG_USER", "");
        String password = System.getenv().getOrDefault("DREAMLOOM_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return DreamStore.openJdbc(url, user, password);
    }
}
