package org.dreamloom.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's tiny TSV reader: quoted fields with tabs, newlines and doubled quotes; sex from the JSON. */
class DreamBankTsvTest {
    @Test
    void readsQuotedFieldsAndTheSeriesSex(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("zed.tsv"), "\"n\"\t\"date\"\t\"dream\"\n"
                + "\"1\"\t\"(1999-05-01)\"\t\"I said \"\"hello\"\"\tand\nleft.\"\n"
                + "\"2\"\t\"\"\t\"\"\n"
                + "\"3\"\t\"(2001)\"\t\"Short.\"\r\n");
        Files.writeString(dir.resolve("zed.json"), "{\"short_name\": \"zed\", \"sex\": \"male\"}");
        List<DreamBankTsv.Row> rows = DreamBankTsv.readAll(dir);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).dream()).isEqualTo("I said \"hello\"\tand\nleft.");
        assertThat(rows.get(0).series()).isEqualTo("zed");
        assertThat(rows.get(0).sex()).isEqualTo("male");
        assertThat(rows.get(0).year()).isEqualTo(1999);
        assertThat(rows.get(1).dream()).isEqualTo("Short.");
        assertThat(rows.get(1).year()).isEqualTo(2001);
    }

    @Test
    void aFileWithoutADreamColumnIsSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.tsv"), "\"n\"\t\"text\"\n\"1\"\t\"x\"\n");
        assertThat(DreamBankTsv.readAll(dir)).isEmpty();
    }
}
