package org.casus.activation;

import java.util.List;
import java.util.Optional;
import org.casus.model.Arrangement;
import org.casus.model.Council;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decision;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;

/**
 * Where activation is decided. For an arrangement and a crisis: is the attack covered, and which
 * path does the arrangement offer? A collective procedure with a rule (or one named decider) is
 * voted; otherwise an obligation of direct help (assist, military aid, use of force) that answers
 * the crisis's kind of event lets each guarantor act; otherwise an obligation to seek action by a
 * known body is that body's vote; otherwise nothing obliges anyone. A pure function, cheap enough
 * to be called for every cell of a design search. The rules are documented in
 * {@code docs/method-check.md}.
 */
public final class ActivationKernel {
    private ActivationKernel() {
    }

    public static Activation decide(Arrangement arrangement, Crisis crisis, Library library) {
        Coverage coverage = Coverage.of(arrangement, crisis, library.actors());
        if (!coverage.covered()) {
            return new Activation(crisis, coverage, new ActivationPath.None("not covered: " + coverage.reason()));
        }
        return new Activation(crisis, coverage, path(arrangement, crisis, library));
    }

    private static ActivationPath path(Arrangement arrangement, Crisis crisis, Library library) {
        Decision decision = arrangement.decision();
        List<String> free = crisis.free(arrangement.parties().guarantors());
        if (decision.isCollective() && decision.rule() != null) {
            return new ActivationPath.Collective(RuleVote.of(decision.rule(), crisis),
                    decision.onDeadlock() == DeadlockDefault.INDIVIDUAL_ACTION, free);
        }
        List<Obligation> answering = arrangement.obligations().stream()
                .filter(o -> o.answers(crisis.event())).toList();
        if (answering.stream().anyMatch(Obligation::isDirectHelp)) {
            return new ActivationPath.Individual(free);
        }
        Optional<Council> body = delegate(answering, library);
        if (body.isPresent() && body.get().rule() != null) {
            return new ActivationPath.Delegated(body.get(), RuleVote.of(body.get().rule(), crisis));
        }
        return new ActivationPath.None(answering.size() < arrangement.obligations().size()
                ? "no obligation to aid the protected state against " + Labels.kebab(crisis.event())
                : "no obligation to aid the protected state");
    }

    /** The body whose action the guarantors promise to seek, when the library knows it. */
    private static Optional<Council> delegate(List<Obligation> obligations, Library library) {
        return obligations.stream().filter(o -> o.type() == ObligationType.SEEK_ACTION)
                .map(Obligation::body).map(library::council).flatMap(Optional::stream).findFirst();
    }
}
