package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.ForceCommitment;
import org.casus.model.Library;
import org.casus.model.Obligation;

/** {@code force-not-required}: no obligation requires armed force. */
final class ForceNotRequired implements Check {
    @Override
    public String id() {
        return "force-not-required";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        List<Obligation> obligations = arrangement.obligations();
        if (obligations.isEmpty() || obligations.stream().anyMatch(o -> o.force() == ForceCommitment.REQUIRED)) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.MINOR, "obligations", arrangement.parties().guarantors(),
                "No obligation requires armed force: each " + arrangement.instrument().giver()
                        + " can meet its promise without fighting.",
                "Will any " + arrangement.instrument().giver()
                        + " commit to use armed force in defence of the protected state?",
                obligations.stream().flatMap(o -> o.cite().sources().stream()).distinct().toList(),
                uncertain(obligations)));
    }

    /** The obligations' uncertain notes joined, or null when every one is certain. */
    private static String uncertain(List<Obligation> obligations) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            if (obligations.get(i).cite().isUncertain()) {
                notes.add("obligations[" + i + "]: " + obligations.get(i).cite().uncertain().strip());
            }
        }
        return notes.isEmpty() ? null : String.join(" | ", notes);
    }
}
