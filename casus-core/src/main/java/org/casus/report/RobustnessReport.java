package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.casus.Version;
import org.casus.robustness.AggressorCase;

/** The robustness matrix as text, JSON or CSV. */
public final class RobustnessReport {
    private RobustnessReport() {
    }

    public static String text(String title, List<AggressorCase> cases) {
        StringBuilder out = new StringBuilder("Robustness of " + title + "\n\n");
        out.append(String.format("%-10s %-10s %-10s %-34s %-12s %-22s %s%n", "AGGRESSOR", "ATTACKS", "ACTIVATES",
                "PATH", "COALITIONS", "INDISPENSABLE", "ITS SIDE"));
        for (AggressorCase c : cases) {
            out.append(String.format("%-10s %-10s %-10s %-34s %-12s %-22s %s%n", c.aggressor(),
                    c.target() == null ? "-" : c.target(), activates(c), c.path(),
                    c.coalitionCount() == null ? "?" : c.coalitionCount(),
                    c.indispensable().isEmpty() ? "-" : String.join(", ", c.indispensable()),
                    String.join(", ", c.side())));
        }
        out.append('\n');
        for (AggressorCase c : cases) {
            out.append(c.aggressor()).append(": ");
            if (!c.coalitions().isEmpty()) {
                out.append("minimal coalitions ").append(c.coalitions().stream()
                        .map(k -> "{" + String.join(", ", k) + "}").collect(Collectors.joining(" "))).append("; ");
            }
            out.append("obligations ").append(c.obligations().isEmpty() ? "none" : String.join(", ", c.obligations()));
            if (!c.carveOuts().isEmpty()) {
                out.append("; not covered if the attack comes from or lands on: ").append(String.join("; ", c.carveOuts()));
            }
            if (c.note() != null) {
                out.append("; ").append(c.note());
            }
            out.append('\n');
        }
        out.append("Casus ").append(Version.get()).append('\n');
        return out.toString();
    }

    private static String activates(AggressorCase c) {
        return c.activates() ? "yes" : "NO";
    }

    public static ObjectNode json(String id, List<AggressorCase> cases) {
        ObjectNode root = Json.object();
        root.put("arrangement", id);
        ArrayNode list = root.putArray("aggressors");
        for (AggressorCase c : cases) {
            ObjectNode node = list.addObject();
            node.put("aggressor", c.aggressor());
            node.put("target", c.target());
            c.side().forEach(node.putArray("side")::add);
            node.put("path", c.path());
            node.put("activates", c.activates());
            c.blockers().forEach(node.putArray("blockers")::add);
            if (c.coalitionCount() != null) {
                node.put("minimalCoalitions", c.coalitionCount());
            }
            ArrayNode coalitions = node.putArray("coalitions");
            c.coalitions().forEach(k -> k.forEach(coalitions.addArray()::add));
            c.indispensable().forEach(node.putArray("indispensable")::add);
            c.obligations().forEach(node.putArray("obligations")::add);
            c.carveOuts().forEach(node.putArray("carveOuts")::add);
            node.put("note", c.note());
        }
        return root;
    }

    public static String csv(List<AggressorCase> cases) {
        StringBuilder out = new StringBuilder("aggressor,target,activates,path,minimal_coalitions,indispensable,side,blockers,carve_outs\n");
        for (AggressorCase c : cases) {
            out.append(String.join(",", c.aggressor(), c.target() == null ? "" : c.target(), activates(c),
                    quote(c.path()), c.coalitionCount() == null ? "" : c.coalitionCount().toString(),
                    quote(String.join(" ", c.indispensable())), quote(String.join(" ", c.side())),
                    quote(String.join(" ", c.blockers())),
                    quote(String.join("; ", c.carveOuts())))).append('\n');
        }
        return out.toString();
    }

    static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
