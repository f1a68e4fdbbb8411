package org.casus.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.casus.sim.Baseline;
import org.casus.sim.Comparison;
import org.casus.sim.Proportion;
import org.casus.sim.Sensitivity;
import org.casus.sim.SimulationResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The simulation's charts, drawn by JFreeChart and written as SVG (JFreeSVG) and PNG: the
 * probability of any aid by day per arrangement with its 95% band, and the tornado of the
 * assumptions that move the verdict. Probabilities read in percent, differences in percentage
 * points, as in the briefing's text and tables.
 */
public final class Charts {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    /** Colours that stay apart on paper and for the common colour-vision deficiencies (Okabe and Ito 2008). */
    private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Probability of any aid (or of decisive aid) by day, one line and 95% band per arrangement. */
    public static JFreeChart aidCurves(List<SimulationResult> results, boolean decisive) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (SimulationResult result : results) {
            YIntervalSeries series = new YIntervalSeries(result.arrangement());
            for (int day = 0; day <= result.horizonDays(); day++) {
                Proportion p = decisive ? result.decisiveAid(day) : result.anyAid(day);
                series.add(day, p.value(), p.low(), p.high());
            }
            data.addSeries(series);
        }
        String what = decisive ? "decisive aid" : "any aid";
        JFreeChart chart = ChartFactory.createXYLineChart("Probability of " + what + " by day, scenario "
                        + results.get(0).scenario(), "days after the attack", "probability, percent (95% band)", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.15f);
        for (int i = 0; i < results.size(); i++) {
            Color color = Baseline.is(results.get(i).arrangement()) ? Color.BLACK : PALETTE[i % PALETTE.length];
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesFillPaint(i, color);
            renderer.setSeriesStroke(i, new BasicStroke(Baseline.is(results.get(i).arrangement()) ? 2.5f : 2f));
        }
        plot.setRenderer(renderer);
        NumberAxis probability = (NumberAxis) plot.getRangeAxis();
        probability.setRange(0, 1);
        probability.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getPercentInstance(Locale.ROOT)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        return chart;
    }

    /**
     * The {@code bars} largest swings of the tornado, each bar drawn from the base verdict to the
     * verdict with the parameter at its low and at its high value.
     */
    public static JFreeChart tornado(Comparison.Tornado tornado, int bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double base = tornado.base().difference();
        for (Sensitivity.Bar bar : tornado.bars().subList(0, Math.min(bars, tornado.bars().size()))) {
            data.addValue(100 * (bar.atLow().difference() - base), "parameter at its low value", bar.parameter());
            data.addValue(100 * (bar.atHigh().difference() - base), "parameter at its high value", bar.parameter());
        }
        JFreeChart chart = ChartFactory.createBarChart(String.format(Locale.ROOT,
                        "What moves the verdict of %s against %s (base difference %+.1f points)",
                        tornado.arrangement(), tornado.baseline(), 100 * base),
                "assumption", "change of the difference in decisive aid by day " + tornado.base().day()
                        + " from the base, percentage points", data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        return chart;
    }

    /**
     * The chart as an SVG document that scales to the width it is given: a {@code viewBox} over the
     * whole drawing, so that a page or a PDF shrinks the chart instead of cropping its legend and
     * axes. Written in whole pixels, since openhtmltopdf reads no other viewBox or size.
     */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return "<?xml version=\"1.0\"?>\n" + g.getSVGElement(null, false, null, null, null).replaceFirst("<svg ",
                String.format(Locale.ROOT, "<svg width='%d' height='%d' viewBox='0 0 %d %d' ", WIDTH, HEIGHT, WIDTH,
                        HEIGHT));
    }

    /** Writes {@code NAME.svg} and {@code NAME.png} into {@code folder}; returns the two paths. */
    public static List<Path> write(JFreeChart chart, Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Path svg = folder.resolve(name + ".svg");
            Path png = folder.resolve(name + ".png");
            Files.writeString(svg, svg(chart));
            ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
            return List.of(svg, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
