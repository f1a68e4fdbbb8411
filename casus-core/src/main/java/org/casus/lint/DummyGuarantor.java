package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.games.PowerResult;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.Library;

/**
 * {@code dummy-guarantor}: a guarantor whose vote never changes the collective decision: it has
 * no vote, or it has no swing (no coalition wins with it and loses without it). Swings come from
 * the power engine's exact solvers; games only Monte-Carlo could solve are skipped, since an
 * estimate cannot prove that a player never swings.
 */
final class DummyGuarantor implements Check {
    @Override
    public String id() {
        return "dummy-guarantor";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        if (!decision.isCollective() || decision.rule() == null) {
            return List.of();
        }
        Game game = Games.fromRule(arrangement.id(), decision.rule(), Set.of(), Set.of(), Set.of());
        PowerResult power = PowerAnalysis.analyse(game, Optional.empty(), Set.of(PowerIndex.BANZHAF_RAW), 2, 0).result();
        if (power.estimate()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (String guarantor : arrangement.parties().guarantors()) {
            boolean voter = game.players().contains(guarantor);
            if (voter && !power.dummies().contains(guarantor)) {
                continue;
            }
            String name = Names.of(library, guarantor);
            String why = voter ? "its vote never turns a losing coalition into a winning one"
                    : "it has no vote in the decision rule";
            findings.add(new Finding(id(), Severity.MINOR, "decision.rule", List.of(guarantor),
                    name + " is " + arrangement.instrument().aGiver() + " that can never change the collective decision: "
                            + why + ".",
                    "What role does " + name + " have in deciding that the " + arrangement.instrument().noun()
                            + " applies?",
                    decision.cite()));
        }
        return findings;
    }
}
