package org.dreamloom.norms.chart;

import java.awt.Color;
import java.util.Locale;

/**
 * Writes an h-profile as a self-contained SVG document (horizontal bars, zero line, dashed ±0.2/0.5/0.8 guides,
 * tick labels), laid out like the PNG so both look alike in a paper.
 */
public final class HProfileSvg {
    private static final int LEFT = 290;
    private static final int RIGHT = 40;
    private static final int TOP = 56;
    private static final int ROW = 26;

    private HProfileSvg() {
    }

    /** The SVG text of {@code profile}. */
    public static String render(HProfile profile) {
        int width = HProfileChart.WIDTH;
        int rows = Math.max(profile.bars().size(), 1);
        int height = HProfileChart.height(profile.bars().size());
        double plotLeft = LEFT;
        double plotRight = width - RIGHT;
        double plotBottom = TOP + rows * ROW;
        double limit = profile.limit();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" text-anchor=\"middle\" font-size=\"15\" "
                + "font-weight=\"bold\">%s</text>%n", width / 2, escape(profile.title())));
        double tickStep = limit <= 1.2 ? 0.2 : 0.5;
        for (double t = -Math.floor(limit / tickStep) * tickStep; t <= limit + 1e-9; t += tickStep) {
            double x = x(t, limit, plotLeft, plotRight);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"black\"/>%n", x, plotBottom, x, plotBottom + 5));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "font-size=\"12\">%.1f</text>%n", x, plotBottom + 19, Math.abs(t) < 1e-9 ? 0.0 : t));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"black\"/>%n", plotLeft, plotBottom, plotRight, plotBottom));
        for (double g : HProfile.GUIDES) {
            for (double v : new double[] {g, -g}) {
                double x = x(v, limit, plotLeft, plotRight);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"%s\" stroke-dasharray=\"4 4\"/>%n", x, TOP, x, plotBottom,
                        hex(HProfileChart.GUIDE)));
            }
        }
        double zero = x(0, limit, plotLeft, plotRight);
        int i = 0;
        for (HProfile.Bar bar : profile.bars()) {
            double top = TOP + i * ROW + ROW * 0.2;
            double end = x(bar.h(), limit, plotLeft, plotRight);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\""
                    + "%s>%s</text>%n", LEFT - 8, top + ROW * 0.45, bar.significant() ? " font-weight=\"bold\"" : "",
                    escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\"/>%n", Math.min(zero, end), top, Math.abs(end - zero), ROW * 0.6,
                    hex(HProfileChart.BAR)));
            double labelX = bar.h() >= 0 ? end + 4 : end - 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"10\" "
                    + "fill=\"#404040\">%+.2f</text>%n", labelX, top + ROW * 0.45, bar.h() >= 0 ? "start" : "end",
                    Math.abs(bar.h()) < 0.005 ? 0.0 : bar.h()));
            i++;
        }
        if (profile.bars().isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">"
                    + "(no indicator could be computed)</text>%n", zero, TOP + ROW / 2));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\" "
                + "stroke-width=\"1.2\"/>%n", zero, TOP, zero, plotBottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">"
                + "%s</text>%n", (plotLeft + plotRight) / 2, plotBottom + 42, escape(profile.subtitle())));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double x(double h, double limit, double left, double right) {
        return left + (h + limit) / (2 * limit) * (right - left);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
