package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casus.Version;
import org.casus.model.Behaviour;
import org.casus.model.Correlation;
import org.casus.model.Distribution;
import org.casus.model.OutsideCost;
import org.casus.model.Scenario;
import org.casus.sim.Comparison;
import org.casus.sim.Proportion;
import org.casus.sim.Sensitivity;
import org.casus.sim.SimulationResult;
import org.casus.sim.Verdict;

/**
 * Simulation results (one per arrangement, the baseline among them), verdicts against the
 * baseline and the assumptions, as text, JSON or CSV. Every figure says how it was computed.
 */
public final class SimulationReport {
    private static final int[] DAYS = {7, 14, 30, 60, 90, 180, 365};

    private SimulationReport() {
    }

    /** The comparison, and the grid when one was run (else null), as text. */
    public static String text(Comparison comparison, Sensitivity.Grid grid) {
        Scenario scenario = comparison.scenario();
        List<SimulationResult> results = comparison.results();
        List<Verdict> verdicts = comparison.verdicts();
        StringBuilder out = new StringBuilder();
        SimulationResult first = results.get(0);
        out.append("Scenario ").append(scenario.id()).append(": ").append(scenario.title()).append('\n');
        out.append("Method: Monte-Carlo, ").append(first.runs()).append(" runs, seed ").append(first.options().seed())
                .append(", 95% Wilson intervals; verdicts from paired runs (common random numbers); Casus ")
                .append(Version.get()).append('\n');
        for (SimulationResult r : results) {
            out.append('\n').append(r.arrangement()).append(" (path: ").append(r.path()).append(")\n");
            out.append(String.format(Locale.ROOT, "  activates in %s of runs%n", percent(r.activation())));
            out.append("  help outside it: ").append(r.outside()).append('\n');
            out.append("  any aid by day      ");
            for (int day : days(r)) {
                out.append(String.format(Locale.ROOT, "%4d: %-22s", day, percent(r.anyAid(day))));
            }
            out.append("\n  decisive aid by day ");
            for (int day : days(r)) {
                out.append(String.format(Locale.ROOT, "%4d: %-22s", day, percent(r.decisiveAid(day))));
            }
            out.append(String.format(Locale.ROOT, "%n  time to first aid: median %s, 90th percentile %s%n",
                    days(r.timeToAid(0.5)), days(r.timeToAid(0.9))));
            out.append("  how the arrangement's path ended: ");
            out.append(String.join(", ", r.reasons().entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / r.runs()))
                    .toList())).append('\n');
        }
        if (!verdicts.isEmpty()) {
            out.append("\nVerdict (decisive aid by day ").append(verdicts.get(0).day()).append(", against ")
                    .append(verdicts.get(0).baseline()).append(")\n");
            for (Verdict v : verdicts) {
                out.append(String.format(Locale.ROOT, "  %-28s %-17s %s%n", v.arrangement(),
                        v.word().toUpperCase(Locale.ROOT), v.inPoints()));
            }
        }
        if (!comparison.pairs().isEmpty()) {
            out.append("\nBetween the arrangements (paired runs, decisive aid by day ").append(scenario.verdictDay())
                    .append(")\n");
            for (Verdict v : comparison.pairs()) {
                out.append(String.format(Locale.ROOT, "  %s against %s: %s, %s%n", v.arrangement(), v.baseline(),
                        v.word().toUpperCase(Locale.ROOT), v.inPoints()));
            }
        }
        for (Comparison.Tornado tornado : comparison.tornadoes()) {
            out.append("\nWhat moves the verdict of ").append(tornado.arrangement()).append(" against ")
                    .append(tornado.baseline()).append(" (one assumption at a time at its low / high value)\n");
            out.append(String.format(Locale.ROOT, "  %-34s %+.1f points (%s), %d runs per cell%n",
                    "base (every assumption as given)", 100 * tornado.base().difference(), tornado.base().word(),
                    tornado.base().runs()));
            for (Sensitivity.Bar bar : tornado.bars()) {
                out.append(String.format(Locale.ROOT, "  %-34s %8.3f -> %+.1f points (%s)   %8.3f -> %+.1f points (%s)%n",
                        bar.parameter(), bar.low(), 100 * bar.atLow().difference(), bar.atLow().word(), bar.high(),
                        100 * bar.atHigh().difference(), bar.atHigh().word()));
            }
        }
        if (grid != null) {
            out.append(gridText(grid));
        }
        out.append("\nAssumptions\n");
        assumptions(scenario).forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    /** The scenario's assumptions, one line each: the crisis, the defaults, each actor, the outside cost. */
    public static List<String> assumptions(Scenario scenario) {
        List<String> lines = new ArrayList<>();
        lines.add("aggressor " + scenario.aggressor()
                + (scenario.aggressorAllies().isEmpty() ? "" : " with " + String.join(", ", scenario.aggressorAllies()))
                + ", target " + scenario.target() + ", horizon " + scenario.horizonDays()
                + " days, decisive when contributions reach " + scenario.decisiveThreshold().describe());
        lines.add("defaults: " + describe(scenario.defaults()));
        for (Map.Entry<String, Behaviour> e : scenario.actors().entrySet()) {
            lines.add(e.getKey() + ": " + describe(e.getValue()));
        }
        lines.add("acting outside an arrangement, " + (scenario.outside().applies() == OutsideCost.Applies.ALWAYS
                ? "after any failed one" : "where it bars such help") + ": extra delay "
                + scenario.outside().extraDelay().describe() + " days, probability x "
                + scenario.outside().probabilityFactor().describe());
        Correlation c = scenario.correlation();
        lines.add(c.isIndependent() ? "decisions: independent" : "decisions: a common shock with probability "
                + c.common().describe() + (c.leader() == null ? "" : "; each other actor follows " + c.leader()
                        + " with probability " + c.follow().describe()));
        return lines;
    }

    private static int[] days(SimulationResult r) {
        return Arrays.stream(DAYS).filter(d -> d <= r.horizonDays()).toArray();
    }

    private static String percent(Proportion p) {
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * p.value(), 100 * p.low(), 100 * p.high());
    }

    private static String days(double day) {
        return Double.isInfinite(day) ? "never (within the horizon)" : String.format(Locale.ROOT, "%.1f days", day);
    }

    private static String describe(Behaviour b) {
        StringBuilder s = new StringBuilder();
        append(s, "support", b.support());
        append(s, "aid-alone", b.aidAlone());
        append(s, "consultation", b.consultation());
        append(s, "decision", b.decision());
        append(s, "delivery", b.delivery());
        append(s, "contribution", b.contribution());
        s.append(b.cite().sources().isEmpty() ? " (assumptions)" : " (sources: " + String.join(", ", b.cite().sources())
                + (b.cite().uncertain() == null ? "" : "; UNCERTAIN") + ")");
        return s.toString();
    }

    private static void append(StringBuilder s, String name, Distribution d) {
        if (d != null) {
            s.append(s.length() > 0 ? ", " : "").append(name).append(' ').append(d.describe());
        }
    }

    /** The grid as a table: a row per level of the first parameter, a column per level of the second. */
    static String gridText(Sensitivity.Grid grid) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nVerdict of %s against %s: rows %s, columns %s%n", grid.arrangement(),
                grid.baseline(), grid.first(), grid.second()));
        out.append(String.format(Locale.ROOT, "%10s", ""));
        for (int j = 0; j < grid.levels(); j++) {
            out.append(String.format(Locale.ROOT, " %18.3f", grid.cell(0, j).second()));
        }
        out.append('\n');
        for (int i = 0; i < grid.levels(); i++) {
            out.append(String.format(Locale.ROOT, "%10.3f", grid.cell(i, 0).first()));
            for (int j = 0; j < grid.levels(); j++) {
                Verdict v = grid.cell(i, j).verdict();
                out.append(String.format(Locale.ROOT, " %18s", v.word() + String.format(Locale.ROOT, " %+.2f",
                        v.difference())));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The comparison, and the grid when one was run (else null), as one JSON document. */
    public static ObjectNode json(Comparison comparison, Sensitivity.Grid grid) {
        Scenario scenario = comparison.scenario();
        List<SimulationResult> results = comparison.results();
        List<Verdict> verdicts = comparison.verdicts();
        ObjectNode root = Json.object();
        root.put("scenario", scenario.id());
        SimulationResult first = results.get(0);
        root.put("runs", first.runs());
        root.put("seed", first.options().seed());
        root.put("verdictDay", scenario.verdictDay());
        assumptions(scenario).forEach(root.putArray("assumptions")::add);
        ArrayNode list = root.putArray("arrangements");
        for (SimulationResult r : results) {
            ObjectNode node = list.addObject();
            node.put("id", r.arrangement());
            node.put("path", r.path());
            node.put("outsideHelp", r.outside());
            proportion(node.putObject("activation"), r.activation());
            node.put("timeToAidMedian", finite(r.timeToAid(0.5)));
            node.put("timeToAid90", finite(r.timeToAid(0.9)));
            ObjectNode reasons = node.putObject("reasons");
            r.reasons().forEach(reasons::put);
            ArrayNode curve = node.putArray("curve");
            for (int day = 0; day <= r.horizonDays(); day++) {
                ObjectNode point = curve.addObject();
                point.put("day", day);
                proportion(point.putObject("anyAid"), r.anyAid(day));
                proportion(point.putObject("decisiveAid"), r.decisiveAid(day));
            }
            verdicts.stream().filter(v -> v.arrangement().equals(r.arrangement())).findFirst().ifPresent(v -> {
                node.put("verdict", v.word());
                ObjectNode interval = node.putObject("verdictInterval");
                interval.put("against", v.baseline());
                interval.put("day", v.day());
                interval.put("difference", v.difference());
                interval.put("low", v.low());
                interval.put("high", v.high());
            });
        }
        ArrayNode pairs = root.putArray("pairs");
        for (Verdict v : comparison.pairs()) {
            pairs.addObject().put("arrangement", v.arrangement()).put("against", v.baseline()).put("day", v.day())
                    .put("verdict", v.word()).put("difference", v.difference()).put("low", v.low())
                    .put("high", v.high());
        }
        ArrayNode tornadoes = root.putArray("tornadoes");
        for (Comparison.Tornado tornado : comparison.tornadoes()) {
            ObjectNode t = tornadoes.addObject().put("arrangement", tornado.arrangement())
                    .put("against", tornado.baseline()).put("baseDifference", tornado.base().difference())
                    .put("baseVerdict", tornado.base().word()).put("runs", tornado.base().runs());
            ArrayNode bars = t.putArray("bars");
            for (Sensitivity.Bar bar : tornado.bars()) {
                bars.addObject().put("parameter", bar.parameter()).put("low", bar.low()).put("high", bar.high())
                        .put("differenceAtLow", bar.atLow().difference())
                        .put("differenceAtHigh", bar.atHigh().difference())
                        .put("verdictAtLow", bar.atLow().word()).put("verdictAtHigh", bar.atHigh().word());
            }
        }
        if (grid != null) {
            ObjectNode g = root.putObject("grid").put("arrangement", grid.arrangement()).put("against", grid.baseline())
                    .put("rows", grid.first()).put("columns", grid.second());
            ArrayNode cells = g.putArray("cells");
            for (Sensitivity.Cell cell : grid.cells()) {
                cells.addObject().put(grid.first(), cell.first()).put(grid.second(), cell.second())
                        .put("difference", cell.verdict().difference()).put("low", cell.verdict().low())
                        .put("high", cell.verdict().high()).put("verdict", cell.verdict().word());
            }
        }
        return root;
    }

    private static Double finite(double value) {
        return Double.isInfinite(value) ? null : value;
    }

    private static void proportion(ObjectNode node, Proportion p) {
        node.put("value", p.value());
        node.put("low", p.low());
        node.put("high", p.high());
    }

    /** The curves, one row per arrangement and day. */
    public static String csv(List<SimulationResult> results) {
        StringBuilder out = new StringBuilder("arrangement,day,any_aid,any_aid_low,any_aid_high,decisive_aid,"
                + "decisive_aid_low,decisive_aid_high\n");
        for (SimulationResult r : results) {
            for (int day = 0; day <= r.horizonDays(); day++) {
                Proportion a = r.anyAid(day);
                Proportion d = r.decisiveAid(day);
                out.append(String.format(Locale.ROOT, "%s,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", r.arrangement(), day,
                        a.value(), a.low(), a.high(), d.value(), d.low(), d.high()));
            }
        }
        return out.toString();
    }
}
