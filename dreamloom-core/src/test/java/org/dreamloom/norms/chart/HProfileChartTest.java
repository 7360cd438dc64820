package org.dreamloom.norms.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.Readings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HProfileChartTest {

    /** A comparison with a spread of effects, written by hand (no coder or indicator code involved). */
    static Comparison sample() {
        String[] names = {"Male/Female %", "Familiarity %", "Friends %", "Animal %", "Aggression/Friendliness %",
            "A/C index", "F/C index", "S/C index", "Negative Emotions %", "Dreams with >=1 Misfortune %",
            "Befriender %"};
        double[] h = {0.35, -0.12, 0.05, 0.62, -0.55, 0.91, -0.21, 0.0, 0.18, -0.85, 0};
        List<Comparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            boolean missing = i == names.length - 1;
            Double p = missing ? null : Math.abs(h[i]) > 0.3 ? 0.001 : 0.3;
            rows.add(new Comparison.Row(names[i], missing ? null : 0.5, 0.4, missing ? null : h[i], p, p,
                    Comparison.Test.TWO_PROPORTION_Z, Readings.read(names[i], missing ? null : h[i], p, "the norms"),
                    100, 1000));
        }
        return new Comparison("b-sample.jsonl", "the female norms", 120, 500, rows, List.of());
    }

    @Test
    void theProfileLeavesOutIndicatorsWithoutHAndMarksSignificantOnes() {
        HProfile profile = HProfile.of(sample());
        assertThat(profile.bars()).hasSize(10);
        assertThat(profile.bars().get(5).label()).isEqualTo("A/C index *");
        assertThat(profile.bars().get(1).label()).isEqualTo("Familiarity %");
        assertThat(profile.bars().get(9).label()).isEqualTo("Dreams with ≥1 Misfortune % *");
        assertThat(profile.limit()).isEqualTo(1.1);
        assertThat(profile.title()).contains("b-sample.jsonl (120 dreams) vs the female norms");
    }

    @Test
    void writesANonTrivialPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("profile.png");
        HProfileChart.write(sample(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(HProfileChart.WIDTH);
        assertThat(Files.size(png)).isGreaterThan(10_000);
        // Not a blank canvas: the bar colour is present somewhere.
        boolean hasBar = false;
        for (int y = 0; y < image.getHeight() && !hasBar; y += 2) {
            for (int x = 0; x < image.getWidth() && !hasBar; x += 2) {
                hasBar = (image.getRGB(x, y) & 0xFFFFFF) == HProfileChart.BAR.getRGB() - 0xFF000000;
            }
        }
        assertThat(hasBar).isTrue();
        Path keep = Path.of("target", "hprofile-sample.png");
        Files.createDirectories(keep.getParent());
        Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void writesAWellFormedSvg(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("profile.SVG");
        HProfileChart.write(sample(), svg);
        String text = Files.readString(svg);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()); // throws if malformed
        assertThat(text).contains("A/C index *").contains("Dreams with ≥1 Misfortune % *").contains("+0.91")
                .contains("-0.85").doesNotContain("Befriender");
        assertThat(text.split("<rect ", -1)).hasSize(1 + 1 + 10); // background + one per bar
        Files.copy(svg, Path.of("target", "hprofile-sample.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aComparisonWithNothingComputableStillDraws(@TempDir Path dir) throws Exception {
        // e.g. reports coded automatically before any coder exists: every indicator has an empty denominator
        Comparison empty = new Comparison("uncoded.jsonl", "the female norms", 3, 500, List.of(
                new Comparison.Row("A/C index", null, 0.24, null, null, null, Comparison.Test.NONE, "not computable",
                        0, 1413)), List.of());
        HProfileChart.write(empty, dir.resolve("e.png"));
        HProfileChart.write(empty, dir.resolve("e.svg"));
        assertThat(ImageIO.read(dir.resolve("e.png").toFile())).isNotNull();
        assertThat(Files.readString(dir.resolve("e.svg"))).contains("no indicator could be computed");
    }

    @Test
    void rejectsOtherExtensions(@TempDir Path dir) {
        assertThatThrownBy(() -> HProfileChart.write(sample(), dir.resolve("x.jpg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".png or .svg");
    }
}
