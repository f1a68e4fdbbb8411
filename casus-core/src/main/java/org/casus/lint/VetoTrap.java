package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.activation.Activation;
import org.casus.activation.ActivationPath;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.Instrument;
import org.casus.model.Library;

/**
 * {@code veto-trap}: a potential aggressor (with its declared allies) can stop collective
 * activation, as the activation kernel finds by voting the rule with the aggressor's side against
 * and everyone else in favour, abstention modifiers applied. Critical, unless each guarantor may
 * still act on its own when no decision is reached (then major). A rule that no vote can pass in
 * the dispute (nobody left entitled to vote) is the same trap with no one to blame.
 */
final class VetoTrap implements Check {
    @Override
    public String id() {
        return "veto-trap";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        boolean barred = arrangement.restrictions().outsideHelp().isBarred();
        Instrument words = arrangement.instrument();
        List<Finding> findings = new ArrayList<>();
        for (Activation activation : Crises.activations(arrangement, library)) {
            if (!(activation.path() instanceof ActivationPath.Collective c) || c.vote().passes()) {
                continue;
            }
            String aggressor = Names.of(library, activation.crisis().aggressor());
            String who = !c.vote().passesAtAll() ? "no vote can pass"
                    : c.vote().blockers().size() == 1 ? "its own vote against stops"
                    : "the votes of " + Names.of(library, c.vote().blockers()) + " against stop";
            String message = "If " + aggressor + " is the aggressor, " + who + " collective activation under "
                    + decision.rule().describe() + (c.vote().passesAtAll() ? "" : " (" + c.vote().failure() + ")")
                    + ": the " + words.noun() + " cannot activate against " + aggressor
                    + (c.individualFallback() ? "; each " + words.giver() + " may still act on its own after a deadlock."
                            : barred ? ", and the arrangement bars help given outside it."
                            : ", and help given outside it can be called an illegal intervention, though collective "
                                    + "self-defence (UN Charter Art. 51) remains lawful.");
            String question = c.vote().passesAtAll()
                    ? "Will the " + words.noun() + " activate if " + aggressor + " itself attacks, that is, will a "
                            + words.giver() + " "
                            + "that is party to the attack be barred from voting on the response?"
                    : "Who decides on the response if " + aggressor + " attacks, when the rule leaves no vote "
                            + "that can pass?";
            List<String> actors = c.vote().passesAtAll() ? c.vote().blockers() : List.of(activation.crisis().aggressor());
            findings.add(new Finding(id(), c.individualFallback() ? Severity.MAJOR : Severity.CRITICAL, "decision.rule",
                    actors, message, question, decision.cite()));
        }
        return findings;
    }
}
