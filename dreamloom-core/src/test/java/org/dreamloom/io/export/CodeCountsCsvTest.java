package org.dreamloom.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardJson;
import org.junit.jupiter.api.Test;

class CodeCountsCsvTest {
    private static final Card CARD = CardJson.parse("{\"series\": \"s,1\", \"number\": \"7\", "
            + "\"characters\": [\"1MKA\", \"2JSA\", \"1ANI\", \"1FMA\", \"5CZZ\"], "
            + "\"aggression\": [\"D 3> 1FMA +1MKA\", \"1MKA 6> 2JSA\"], \"friendliness\": [\"D 1> 1MKA\"], "
            + "\"settings\": [\"IQ\", \"NS\", \"OF\"], \"objects\": [\"BH\", \"AR\", \"ZZ\"], "
            + "\"misfortune\": [\"M5,D\", \"M1,1MKA\"], \"success\": [\"SU,D\"], "
            + "\"emotions\": [\"AP,D\", \"AP,1FMA\", \"HA,D+1MKA\"], \"report\": \"A dream.\"}");

    @Test
    void countsEachCodeClass() {
        Map<String, Integer> c = CodeCountsCsv.count(CARD);
        assertThat(c).containsEntry("char_total", 5).containsEntry("char_num_1", 3).containsEntry("char_num_5", 1)
                .containsEntry("char_sex_M", 1).containsEntry("char_sex_F", 1).containsEntry("char_sex_J", 1)
                .containsEntry("char_ident_K", 1).containsEntry("char_ident_M", 1).containsEntry("char_ident_S", 1)
                .containsEntry("char_age_A", 3).containsEntry("char_animal", 1).containsEntry("char_creature", 1)
                .containsEntry("agg_total", 2).containsEntry("agg_level_3", 1).containsEntry("agg_level_6", 1)
                .containsEntry("agg_dreamer", 1).containsEntry("fri_level_1", 1).containsEntry("fri_dreamer", 1)
                .containsEntry("sex_total", 0).containsEntry("set_loc_I", 1).containsEntry("set_loc_N", 1)
                .containsEntry("set_loc_O", 1).containsEntry("set_fam_Q", 1).containsEntry("set_fam_F", 1)
                .containsEntry("emo_AP", 2).containsEntry("emo_HA", 1).containsEntry("mis_total", 2)
                .containsEntry("mis_M5", 1).containsEntry("mis_dreamer", 1).containsEntry("su_dreamer", 1)
                .containsEntry("fl_total", 0).containsEntry("obj_BH", 1).containsEntry("obj_AR", 1)
                .containsEntry("obj_other", 1);
    }

    @Test
    void writesAHeaderAndOneRowPerDreamWithFixedColumns() throws Exception {
        StringWriter out = new StringWriter();
        CodeCountsCsv.write(List.of(CARD, Card.empty("other", "8", "x")), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        int columns = CodeCountsCsv.columns().size() + 2;
        assertThat(lines[0]).startsWith("series,number,char_total,");
        assertThat(lines[0].split(",")).hasSize(columns);
        assertThat(lines[1]).startsWith("\"s,1\",7,5,");
        assertThat(lines[2]).startsWith("other,8,0,");
        assertThat(lines[2].substring("other,8,".length()).replace("0", "").replace(",", "")).isEmpty();
    }
}
