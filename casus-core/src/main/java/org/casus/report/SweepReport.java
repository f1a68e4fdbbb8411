package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casus.Version;
import org.casus.sweep.SweepCell;
import org.casus.sweep.SweepPlan;
import org.casus.sweep.SweepSummary;

/** A sweep's cells and summary as text, CSV or JSON. */
public final class SweepReport {
    private SweepReport() {
    }

    public static String text(SweepPlan plan, List<SweepCell> cells, String where) {
        SweepSummary summary = SweepSummary.of(plan, cells);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Sweep of scenario %s: %d Latin-hypercube "
                + "samples x %d arrangement%s, %d runs each, seed %d (%s)%n%n", plan.scenario(), plan.samples(),
                plan.arrangements().size(), plan.arrangements().size() == 1 ? "" : "s", plan.runs(), plan.seed(), where));
        for (SweepSummary.ArrangementSummary a : summary.arrangements()) {
            out.append(String.format(Locale.ROOT, "%s against no arrangement: better in %d, indistinguishable in %d, "
                    + "worse in %d of %d cells%s%n", a.arrangement(), a.better(), a.indistinguishable(), a.worse(),
                    cells.size(), a.flips() ? " (the verdict flips across the sweep)" : ""));
            int shown = 0;
            for (Map.Entry<String, Double> driver : a.drivers().entrySet()) {
                if (shown++ == 5) {
                    break;
                }
                out.append(String.format(Locale.ROOT, "  %-40s Spearman %+.2f with the difference%n", driver.getKey(),
                        driver.getValue()));
            }
        }
        out.append("\nCasus ").append(Version.get()).append('\n');
        return out.toString();
    }

    public static String csv(List<SweepCell> cells) {
        StringBuilder out = new StringBuilder("sample,arrangement");
        List<String> parameters = cells.isEmpty() ? List.of() : List.copyOf(cells.get(0).point().keySet());
        parameters.forEach(p -> out.append(',').append(p));
        out.append(",difference,low,high,verdict\n");
        for (SweepCell cell : cells) {
            for (SweepCell.Row row : cell.verdicts()) {
                out.append(cell.sample()).append(',').append(row.arrangement());
                parameters.forEach(p -> out.append(',').append(cell.point().get(p)));
                out.append(',').append(row.difference()).append(',').append(row.low()).append(',').append(row.high())
                        .append(',').append(row.word()).append('\n');
            }
        }
        return out.toString();
    }

    public static ObjectNode json(SweepPlan plan, List<SweepCell> cells, String where) {
        ObjectNode root = Json.object();
        root.put("scenario", plan.scenario()).put("samples", plan.samples()).put("runs", plan.runs())
                .put("seed", plan.seed()).put("ranOn", where);
        plan.arrangements().forEach(root.putArray("arrangements")::add);
        ArrayNode summaries = root.putArray("summary");
        for (SweepSummary.ArrangementSummary a : SweepSummary.of(plan, cells).arrangements()) {
            ObjectNode node = summaries.addObject().put("arrangement", a.arrangement()).put("better", a.better())
                    .put("indistinguishable", a.indistinguishable()).put("worse", a.worse()).put("flips", a.flips());
            ObjectNode drivers = node.putObject("spearman");
            a.drivers().forEach(drivers::put);
        }
        ArrayNode list = root.putArray("cells");
        for (SweepCell cell : cells) {
            ObjectNode node = list.addObject().put("sample", cell.sample());
            ObjectNode point = node.putObject("point");
            cell.point().forEach(point::put);
            ArrayNode rows = node.putArray("verdicts");
            cell.verdicts().forEach(r -> rows.addObject().put("arrangement", r.arrangement())
                    .put("difference", r.difference()).put("low", r.low()).put("high", r.high()).put("word", r.word()));
        }
        return root;
    }
}
