package org.casus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import org.casus.model.Library;
import org.casus.sim.Comparison;
import org.casus.sim.Sensitivity;
import org.casus.sim.SimulationOptions;
import org.casus.testing.TestLibrary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts scale instead of being cropped, and read in percent and percentage points as the briefing does. */
class ChartsTest {
    private static Comparison comparison;

    @BeforeAll
    static void simulate() {
        Library library = TestLibrary.get();
        comparison = Comparison.run(List.of(library.arrangements().get("istanbul-2022-draft-ru")),
                library.scenarios().get("ukraine-attacked-by-russia"), library, new SimulationOptions(300, 1, 1), 30,
                (id, done, runs) -> { });
    }

    @Test
    void svg_has_a_view_box_in_whole_pixels_over_the_whole_drawing() {
        String svg = Charts.svg(Charts.aidCurves(comparison.results(), true));
        assertThat(svg).startsWith("<?xml version=\"1.0\"?>\n<svg width='900' height='520' viewBox='0 0 900 520' ")
                .doesNotContain("<!DOCTYPE").endsWith("</svg>");
    }

    @Test
    void aid_curves_read_in_percent() {
        JFreeChart chart = Charts.aidCurves(comparison.results(), false);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertThat(axis.getLabel()).isEqualTo("probability, percent (95% band)");
        assertThat(axis.getTickUnit().valueToString(0.5)).isEqualTo("50%");
        assertThat(Charts.svg(chart)).contains(">50%</text>").contains(">100%</text>");
    }

    @Test
    void tornado_reads_in_percentage_points() {
        Comparison.Tornado tornado = comparison.tornadoes().get(0);
        JFreeChart chart = Charts.tornado(tornado, 10);
        Sensitivity.Bar bar = tornado.bars().get(0);
        double base = tornado.base().difference();
        assertThat(chart.getCategoryPlot().getDataset().getValue("parameter at its low value", bar.parameter())
                .doubleValue()).isCloseTo(100 * (bar.atLow().difference() - base), offset(1e-9));
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).endsWith("from the base, percentage points");
        assertThat(chart.getTitle().getText()).endsWith(String.format(Locale.ROOT,
                "(base difference %+.1f points)", 100 * base));
    }
}
