package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Instrument;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.OutsideHelp;

/**
 * {@code outside-help-barred}: the arrangement bars help given outside it (it ends other treaties,
 * bans foreign weapons or forces, or calls outside aid a breach), so that when it fails to
 * activate no one can help on another basis without breaching it.
 */
final class OutsideHelpBarred implements Check {
    @Override
    public String id() {
        return "outside-help-barred";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        OutsideHelp help = arrangement.restrictions().outsideHelp();
        if (!help.isBarred()) {
            return List.of();
        }
        Instrument words = arrangement.instrument();
        String how = String.join(", ", help.barred().stream().map(Labels::kebab).toList());
        return List.of(new Finding(id(), Severity.MAJOR, "restrictions.outside-help", List.of(),
                "The arrangement bars help outside it (" + how + "): if it does not activate, help on any other "
                        + "basis, collective self-defence under UN Charter Art. 51 included, breaches it.",
                "If the " + words.givers() + " cannot agree to act, may other states still help the protected state, "
                        + "and may "
                        + "existing aid agreements stay in force?",
                help.cite()));
    }
}
