package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.casus.format.Problem;
import org.casus.lint.Finding;

/**
 * The results of {@code casus check} as JSON: for each file, its findings, or the problems that
 * kept it from loading.
 */
public final class CheckJson {
    private CheckJson() {
    }

    public static ObjectNode findings(String file, String id, List<Finding> findings) {
        ObjectNode root = Json.object();
        root.put("file", file);
        root.put("id", id);
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("clause", finding.clause());
            finding.actors().forEach(node.putArray("actors")::add);
            node.put("message", finding.message());
            node.put("question", finding.question());
            finding.sources().forEach(node.putArray("sources")::add);
            node.put("uncertain", finding.uncertain() == null ? null : finding.uncertain().strip());
        }
        return root;
    }

    public static ObjectNode errors(String file, List<Problem> problems) {
        ObjectNode root = Json.object();
        root.put("file", file);
        ArrayNode list = root.putArray("errors");
        for (Problem problem : problems) {
            ObjectNode node = list.addObject();
            node.put("line", problem.location().line());
            node.put("column", problem.location().column());
            node.put("field", problem.path());
            node.put("message", problem.message());
        }
        return root;
    }

    /** A file that could not be read at all (missing, unreadable). */
    public static ObjectNode error(String file, String message) {
        ObjectNode root = Json.object();
        root.put("file", file);
        root.putArray("errors").addObject().put("message", message);
        return root;
    }

}
