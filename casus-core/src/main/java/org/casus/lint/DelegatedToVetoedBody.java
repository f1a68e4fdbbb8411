package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.activation.Activation;
import org.casus.activation.ActivationPath;
import org.casus.model.Arrangement;
import org.casus.model.Instrument;
import org.casus.model.Library;
import org.casus.model.ObligationType;

/**
 * {@code delegated-to-vetoed-body}: the guarantors promise no help of their own, only to seek
 * action by a body in which a potential aggressor can block that action (Budapest Memorandum
 * para. 4 and the Security Council), as the activation kernel finds.
 */
final class DelegatedToVetoedBody implements Check {
    @Override
    public String id() {
        return "delegated-to-vetoed-body";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        List<Finding> findings = new ArrayList<>();
        for (Activation activation : Crises.activations(arrangement, library)) {
            if (!(activation.path() instanceof ActivationPath.Delegated d) || d.vote().passes()) {
                continue;
            }
            Instrument words = arrangement.instrument();
            int index = clause(arrangement, d.council().id());
            String aggressor = Names.of(library, activation.crisis().aggressor());
            List<String> blockers = d.vote().passesAtAll() ? d.vote().blockers()
                    : List.of(activation.crisis().aggressor());
            findings.add(new Finding(id(), Severity.CRITICAL, "obligations[" + index + "]", blockers,
                    "The " + words.givers() + "' obligation reduces to seeking action by the " + d.council().title()
                            + ", where " + (d.vote().passesAtAll() ? Names.of(library, blockers) + " can block it"
                                    : d.vote().failure()) + ": against " + aggressor + " nothing in the " + words.noun()
                            + " brings help.",
                    "What will the " + words.givers() + " do themselves if " + aggressor
                            + " attacks and blocks action by the "
                            + d.council().title() + "?",
                    arrangement.obligations().get(index).cite()));
        }
        return findings;
    }

    private static int clause(Arrangement arrangement, String body) {
        for (int i = 0; i < arrangement.obligations().size(); i++) {
            if (arrangement.obligations().get(i).type() == ObligationType.SEEK_ACTION
                    && body.equals(arrangement.obligations().get(i).body())) {
                return i;
            }
        }
        throw new IllegalStateException("no seek-action obligation names " + body);
    }
}
