package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Exclusion;
import org.casus.model.Library;

/** {@code territorial-carve-out}: a territory excluded from the area the guarantee covers. */
final class TerritorialCarveOut implements Check {
    @Override
    public String id() {
        return "territorial-carve-out";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        List<Finding> findings = new ArrayList<>();
        if (arrangement.trigger() == null) {
            return findings;
        }
        List<Exclusion> excluded = arrangement.trigger().excluded();
        for (int i = 0; i < excluded.size(); i++) {
            Exclusion exclusion = excluded.get(i);
            findings.add(new Finding(id(), Severity.MAJOR, "trigger.excluded[" + i + "]",
                    arrangement.parties().protectedStates(),
                    "The " + arrangement.instrument().noun() + " does not cover " + exclusion.territory() + ".",
                    "Will the " + arrangement.instrument().noun() + " apply to an attack launched from, or landing on, "
                            + exclusion.territory() + "?",
                    exclusion.cite()));
        }
        return findings;
    }
}
