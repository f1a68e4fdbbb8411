package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Decider;
import org.casus.model.Library;

/** {@code single-decider}: one named actor decides whether the guarantee applies. */
final class SingleDecider implements Check {
    @Override
    public String id() {
        return "single-decider";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decider decider = arrangement.decision().decider();
        if (decider == null) {
            return List.of();
        }
        String name = Names.of(library, decider.actor());
        String noun = arrangement.instrument().noun();
        String consults = decider.consults().isEmpty() ? ""
                : " after consulting " + Names.of(library, decider.consults()) + ", who hold no vote";
        String assessment = decider.assessment() == null ? "" : "; the text names an assessment mechanism ("
                + decider.assessment().strip() + ") but does not make its finding binding";
        return List.of(new Finding(id(), Severity.MAJOR, "decision.decider", List.of(decider.actor()),
                "Whether the " + noun + " applies is decided by " + name + " alone" + consults + assessment
                        + ": it activates only as far as " + name + " judges that it should.",
                "What obliges " + name + " to act once the consultations end, and by when?",
                arrangement.decision().cite()));
    }
}
