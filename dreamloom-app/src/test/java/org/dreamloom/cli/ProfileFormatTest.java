package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.Comparisons;
import org.dreamloom.norms.IndicatorValue;
import org.dreamloom.norms.Norms;
import org.dreamloom.norms.Profile;
import org.dreamloom.norms.SampleKind;
import org.junit.jupiter.api.Test;

/** The output formats, fed with a comparison built from indicator values directly. */
class ProfileFormatTest {
    private static Comparison comparison() {
        Profile set = new Profile("barb.jsonl", 60, List.of(new IndicatorValue("Animal %", 60, 200),
                new IndicatorValue("A/C index", 130, 400), new IndicatorValue("Friends %", 0, 0)), null,
                SampleKind.PERSON, List.of());
        return new Comparisons().compare(set, Norms.profile(Norms.Sex.FEMALE));
    }

    @Test
    void textIsAnAlignedTableWithReadingsAndWarnings() {
        String text = ProfileFormat.comparison(comparison(), CodeSource.AUTO);
        assertThat(text).startsWith("barb.jsonl (60 dreams, auto codes) vs the female norms (500 dreams)")
                .contains("Animal %").contains("30.0%").contains("4.0%")
                .contains("higher share of animals than the female norms: medium effect")
                .contains("0.33").contains("0.24").contains("pois")
                .contains("warnings:").contains("only 60 dreams");
        assertThat(text.lines().filter(l -> l.startsWith("Friends %")).findFirst().orElseThrow())
                .contains("n/a").contains("not computable");
    }

    @Test
    void jsonCarriesValuesReferencesHAndPs() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ProfileFormat.comparisonJson(comparison(), CodeSource.HUMAN, 10,
                1L));
        JsonNode animal = root.path("indicators").get(0);
        assertThat(animal.path("name").asText()).isEqualTo("Animal %");
        assertThat(animal.path("value").asDouble()).isEqualTo(0.3);
        assertThat(animal.path("reference").asDouble()).isEqualTo(0.04);
        assertThat(animal.path("h").asDouble()).isGreaterThan(0.5);
        assertThat(animal.path("p_adjusted").asDouble()).isLessThan(0.001);
        assertThat(root.path("indicators").get(2).path("h").isNull()).isTrue();
        assertThat(root.path("sample_sizes").path("reference").asInt()).isEqualTo(500);
        assertThat(root.path("warnings").get(0).asText()).contains("only 60 dreams");
    }
}
