package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Council;
import org.casus.model.Library;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;
import org.casus.robustness.Activation;

/**
 * {@code delegated-to-vetoed-body}: the guarantors promise no help of their own, only to seek
 * action by a body in which a potential aggressor can block that action (Budapest Memorandum
 * para. 4 and the Security Council).
 */
final class DelegatedToVetoedBody implements Check {
    @Override
    public String id() {
        return "delegated-to-vetoed-body";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        if (arrangement.obligations().stream().anyMatch(Obligation::isDirectHelp)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < arrangement.obligations().size(); i++) {
            Obligation obligation = arrangement.obligations().get(i);
            if (obligation.type() != ObligationType.SEEK_ACTION) {
                continue;
            }
            Council council = library.council(obligation.body()).orElse(null);
            if (council == null || council.rule() == null) {
                continue;
            }
            for (Activation.Outcome outcome : Crises.outcomes(arrangement, council.rule())) {
                if (outcome.activates()) {
                    continue;
                }
                String aggressor = Names.of(library, outcome.aggressor());
                findings.add(new Finding(id(), Severity.CRITICAL, "obligations[" + i + "]", outcome.blockers(),
                        "The guarantors' obligation reduces to seeking action by the " + council.title()
                                + ", where " + Names.of(library, outcome.blockers()) + " can block it: against "
                                + aggressor + " the guarantee yields no help.",
                        "What will the guarantors do themselves if " + aggressor + " attacks and blocks action by the "
                                + council.title() + "?",
                        obligation.cite().sources()));
            }
        }
        return findings;
    }
}
