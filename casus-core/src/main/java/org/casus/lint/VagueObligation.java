package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;

/** {@code vague-obligation}: a promise to assist that names no means. */
final class VagueObligation implements Check {
    @Override
    public String id() {
        return "vague-obligation";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < arrangement.obligations().size(); i++) {
            Obligation obligation = arrangement.obligations().get(i);
            if (obligation.type() == ObligationType.ASSIST && obligation.means().isEmpty()) {
                findings.add(new Finding(id(), Severity.MAJOR, "obligations[" + i + "]", obligation.who().codes(),
                        obligation.who().describe() + " promise assistance without saying by what means.",
                        "What exactly will " + obligation.who().describe()
                                + " provide: weapons, air defence, troops, by when?",
                        obligation.cite()));
            }
        }
        return findings;
    }
}
