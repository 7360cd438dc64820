package org.dreamloom.norms.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dreamloom.norms.Comparison;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarChartBuilder;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Draws the h-profile of a comparison, the bar chart researchers put in papers: PNG through XChart (headless),
 * SVG through {@link HProfileSvg} (XChart's SVG export needs an extra library that is not a dependency here).
 */
public final class HProfileChart {
    /** Chart width in pixels. */
    public static final int WIDTH = 960;

    static final Color BAR = new Color(0x3B6EA8);
    static final Color GUIDE = new Color(0xB0B0B0);

    private HProfileChart() {
    }

    /** The file formats by extension. */
    public enum Format {
        PNG, SVG;

        /** The format of {@code file} by its extension, or null for any other extension. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".png") ? PNG : name.endsWith(".svg") ? SVG : null;
        }
    }

    /** Chart height for {@code bars} bars. */
    static int height(int bars) {
        return 140 + 26 * Math.max(bars, 1);
    }

    /**
     * Writes the h-profile of {@code comparison} to {@code file}, as PNG or SVG by its extension.
     *
     * @throws IllegalArgumentException when the extension is neither .png nor .svg
     * @throws IOException              when the file cannot be written
     */
    public static void write(Comparison comparison, Path file) throws IOException {
        Format format = Format.of(file);
        if (format == null) {
            throw new IllegalArgumentException("chart file " + file + " must end in .png or .svg");
        }
        HProfile profile = HProfile.of(comparison);
        if (format == Format.SVG) {
            Files.writeString(file, HProfileSvg.render(profile), StandardCharsets.UTF_8);
            return;
        }
        // XChart draws through AWT; without this, a machine with no display fails to create fonts and images.
        System.setProperty("java.awt.headless", "true");
        BitmapEncoder.saveBitmapWithDPI(build(profile), file.toString(), BitmapEncoder.BitmapFormat.PNG, 144);
    }

    /** The XChart chart of a profile (for PNG, or for showing in a Swing panel). */
    public static HorizontalBarChart build(HProfile profile) {
        HorizontalBarChart chart = new HorizontalBarChartBuilder().width(WIDTH).height(height(profile.bars().size()))
                .title(profile.title()).xAxisTitle(profile.subtitle()).build();
        chart.getStyler().setLegendVisible(false)
                .setChartBackgroundColor(Color.WHITE)
                .setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderVisible(false)
                .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15))
                .setSeriesColors(new Color[] {BAR});
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11))
                .setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12))
                .setPlotGridHorizontalLinesVisible(false)
                .setPlotGridVerticalLinesVisible(false)
                .setXAxisMin(-profile.limit())
                .setXAxisMax(profile.limit())
                .setXAxisDecimalPattern("0.00")
                // Every indicator gets its label: the default spacing hint would skip two rows in three.
                .setXAxisTickMarkSpacingHint(12)
                .setYAxisTickMarkSpacingHint(12);
        chart.getStyler().setAvailableSpaceFill(0.6)
                .setLabelsVisible(true)
                .setLabelsPosition(1.1)
                .setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(Color.DARK_GRAY);
        List<HProfile.Bar> bars = profile.bars();
        if (bars.isEmpty()) {
            chart.addSeries("h", List.of(0.0), List.of("(no indicator could be computed)"));
        } else {
            // XChart lists categories bottom-up; reversing keeps the indicators in their usual top-down order.
            // XChart draws the first category at the top, which keeps the indicators in their usual order.
            // Rounded to the two decimals the labels show, so a tiny negative h is not labelled "-0.00".
            chart.addSeries("h", bars.stream().map(b -> Math.round(b.h() * 100) / 100.0 + 0.0).toList(),
                    bars.stream().map(HProfile.Bar::label).toList());
        }
        for (double g : HProfile.GUIDES) {
            chart.addAnnotation(new Rule(g, GUIDE, dashed()));
            chart.addAnnotation(new Rule(-g, GUIDE, dashed()));
        }
        chart.addAnnotation(new Rule(0, Color.BLACK, new BasicStroke(1.2f)));
        return chart;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }

    /** A vertical line across the plot at one h, in its own colour and stroke (XChart's lines share one style). */
    private static final class Rule extends Annotation {
        private final double h;
        private final Color color;
        private final BasicStroke stroke;

        Rule(double h, Color color, BasicStroke stroke) {
            super(false);
            this.h = h;
            this.color = color;
            this.stroke = stroke;
        }

        @Override
        public void paint(Graphics2D g) {
            int x = getXAxisScreenValue(h);
            int top = getYAxisScreenValueForMax();
            int bottom = getYAxisScreenValueForMin();
            g.setColor(color);
            g.setStroke(stroke);
            g.drawLine(x, top, x, bottom);
        }
    }
}
