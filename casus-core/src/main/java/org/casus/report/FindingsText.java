package org.casus.report;

import java.util.List;
import java.util.Locale;
import org.casus.lint.Finding;
import org.casus.lint.Severity;

/** The findings of {@code casus check} as text for people, grouped by severity. */
public final class FindingsText {
    private FindingsText() {
    }

    public static String render(String file, String id, String title, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(": ").append(id).append(" - ").append(title).append('\n');
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(severity.name()).append(" (").append(group.size()).append(")\n");
            for (Finding finding : group) {
                out.append("  ").append(finding.rule()).append("  ").append(finding.clause());
                if (!finding.actors().isEmpty()) {
                    out.append("  [").append(String.join(", ", finding.actors())).append(']');
                }
                out.append('\n');
                out.append("    ").append(finding.message()).append('\n');
                out.append("    Ask: ").append(finding.question()).append('\n');
                if (!finding.sources().isEmpty()) {
                    out.append("    Sources: ").append(String.join(", ", finding.sources())).append('\n');
                }
                if (finding.uncertain() != null) {
                    out.append("    UNCERTAIN (the clause as encoded): ").append(finding.uncertain().strip()).append('\n');
                }
            }
        }
        out.append('\n').append(summary(findings)).append('\n');
        return out.toString();
    }

    /** {@code 1 critical, 5 major, 2 minor, 0 info}. */
    public static String summary(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Severity severity : Severity.values()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(findings.stream().filter(f -> f.severity() == severity).count()).append(' ')
                    .append(severity.name().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
