package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.lint.Severity;
import org.casus.model.Arrangement;
import org.casus.model.Labels;
import org.casus.model.Library;

/** The library's contents as JSON: each arrangement with its findings counted by severity, the councils, the scenarios. */
public final class LibraryReport {
    private LibraryReport() {
    }

    public static ObjectNode json(Library library) {
        ObjectNode root = Json.object();
        ArrayNode arrangements = root.putArray("arrangements");
        library.arrangements().values().stream().sorted(Comparator.comparing(Arrangement::id)).forEach(a -> {
            ObjectNode node = arrangements.addObject().put("id", a.id()).put("status", Labels.kebab(a.status()))
                    .put("instrument", Labels.kebab(a.instrument())).put("title", a.title());
            ObjectNode counts = node.putObject("findings");
            for (Severity severity : Severity.values()) {
                counts.put(Labels.kebab(severity), 0);
            }
            for (Finding f : Linter.check(a, library)) {
                String key = Labels.kebab(f.severity());
                counts.put(key, counts.get(key).asInt() + 1);
            }
        });
        library.councils().keySet().stream().sorted().forEach(root.putArray("councils")::add);
        library.scenarios().keySet().stream().sorted().forEach(root.putArray("scenarios")::add);
        return root;
    }
}
