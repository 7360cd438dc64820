package org.dreamloom.norms.chart;

import java.util.ArrayList;
import java.util.List;
import org.dreamloom.norms.Comparison;
import org.dreamloom.norms.Readings;

/**
 * What an h-profile chart shows, independent of how it is drawn: one bar of Cohen's h per indicator (indicators
 * without an h are left out), the significant ones marked, on a symmetric axis that always shows the ±0.2/0.5/0.8
 * guides.
 *
 * @param title    the chart title
 * @param subtitle what the axis and the marks mean
 * @param bars     the bars, top to bottom
 * @param limit    the axis runs from −limit to +limit
 */
public record HProfile(String title, String subtitle, List<Bar> bars, double limit) {

    /** The guide values drawn on both sides of zero (Cohen's small, medium, large). */
    public static final double[] GUIDES = {0.2, 0.5, 0.8};

    /** One indicator's bar. */
    public record Bar(String label, double h, boolean significant) {
    }

    public HProfile {
        bars = List.copyOf(bars);
    }

    /** The h-profile of a comparison. */
    public static HProfile of(Comparison comparison) {
        List<Bar> bars = new ArrayList<>();
        double max = 0;
        for (Comparison.Row row : comparison.indicators()) {
            if (row.h() == null) {
                continue;
            }
            boolean significant = row.pAdjusted() != null && row.pAdjusted() < Readings.ALPHA;
            bars.add(new Bar(row.name().replace(">=1", "≥1") + (significant ? " *" : ""), row.h(), significant));
            max = Math.max(max, Math.abs(row.h()));
        }
        // At least ±1 so the large-effect guides show; beyond that, round up to the next tenth with some air.
        double limit = Math.max(1.0, Math.ceil(max * 10 + 1) / 10);
        String title = "h-profile: " + comparison.label() + " (" + comparison.dreams() + " dreams) vs "
                + comparison.referenceLabel();
        String subtitle = "Cohen's h, positive = more than the reference; guides at ±0.2 / 0.5 / 0.8;"
                + " * = BH-adjusted p < " + Readings.ALPHA;
        return new HProfile(title, subtitle, bars, limit);
    }
}
