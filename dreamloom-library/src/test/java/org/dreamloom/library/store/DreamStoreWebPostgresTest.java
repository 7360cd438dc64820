package org.dreamloom.library.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The same checks on PostgreSQL, to prove the web migration and methods are portable. Runs only when
 * {@code -Ddreamloom.pg.url=jdbc:postgresql://...} (with {@code dreamloom.pg.user}/{@code dreamloom.pg.password})
 * names a scratch database: it drops and recreates the {@code public} schema.
 */
@EnabledIfSystemProperty(named = "dreamloom.pg.url", matches = ".+")
class DreamStoreWebPostgresTest extends DreamStoreWebTest {
    @Override
    DreamStore openStore() throws Exception {
        String url = System.getProperty("dreamloom.pg.url");
        String user = System.getProperty("dreamloom.pg.user", "");
        String password = System.getProperty("dreamloom.pg.password", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return DreamStore.openJdbc(url, user, password);
    }
}
