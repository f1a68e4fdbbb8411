package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Forfeiture;
import org.casus.model.Library;

/**
 * {@code forfeiture}: an act voids the guarantee (28-point plan, point 10), so an aggressor gains
 * by provoking or alleging it.
 */
final class ForfeitureClause implements Check {
    @Override
    public String id() {
        return "forfeiture";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        String noun = arrangement.instrument().noun();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < arrangement.forfeitures().size(); i++) {
            Forfeiture f = arrangement.forfeitures().get(i);
            String who = f.by().isEmpty() ? "" : " by " + Names.of(library, f.by());
            findings.add(new Finding(id(), Severity.MAJOR, "forfeiture[" + i + "]", f.by(),
                    "The " + noun + " is lost on an act" + who + ": \"" + f.text().strip() + "\". An aggressor gains "
                            + "by provoking or alleging that act.",
                    "Who establishes that \"" + f.text().strip() + "\" has happened, and is the " + noun
                            + " then lost for good or suspended?",
                    f.cite()));
        }
        return findings;
    }
}
