package org.dreamloom.library.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The migrations must also run on PostgreSQL: no SQLite-only types or syntax outside the identity placeholder. */
class SchemaPortabilityTest {
    @Test
    void migrationUsesPortableSqlOnly() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V1__library.sql")) {
            assertThat(in).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        }
        String code = sql.replaceAll("(?m)--.*$", "");
        assertThat(code).doesNotContain("AUTOINCREMENT", "INTEGER PRIMARY KEY", "WITHOUT ROWID", "PRAGMA", "BLOB",
                "DATETIME", "STRICT", "SERIAL");
        assertThat(code).contains("${IDENTITY}");
    }
}
