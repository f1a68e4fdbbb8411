package org.casus.activation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * known body is that body's vote; otherwise nothing obliges anyone. A pure function;
 * {@link #prepare} compiles the rules once for the many crises of a design search. The rules are
 * documented in
 * {@code docs/method-check.md}.
 */
public final class ActivationKernel {
    private ActivationKernel() {
    }

    public static Activation decide(Arrangement arrangement, Crisis crisis, Library library) {
        return prepare(arrangement, library).decide(crisis);
    }

    /** The arrangement made ready for many crises: its rules compiled once. */
    public static Prepared prepare(Arrangement arrangement, Library library) {
        return new Prepared(arrangement, library);
    }

    /** An arrangement ready to be judged in crisis after crisis; safe for use by several threads. */
    public static final class Prepared {
        private final Arrangement arrangement;
        private final Library library;
        private final CompiledRule collective;
        private final Map<String, CompiledRule> bodies = new ConcurrentHashMap<>();

        private Prepared(Arrangement arrangement, Library library) {
            this.arrangement = arrangement;
            this.library = library;
            Decision decision = arrangement.decision();
            this.collective = decision.isVoted() ? new CompiledRule(decision.rule()) : null;
        }

        public Activation decide(Crisis crisis) {
            Coverage coverage = Coverage.of(arrangement, crisis, library.actors());
            if (!coverage.covered()) {
                return new Activation(crisis, coverage, new ActivationPath.None("not covered: " + coverage.reason()));
            }
            return new Activation(crisis, coverage, path(crisis));
        }

        private ActivationPath path(Crisis crisis) {
            List<String> free = crisis.free(arrangement.parties().guarantors());
            if (collective != null) {
                return new ActivationPath.Collective(RuleVote.of(collective, crisis),
                        arrangement.decision().onDeadlock() == DeadlockDefault.INDIVIDUAL_ACTION, free);
            }
            List<Obligation> answering = arrangement.obligations().stream()
                    .filter(o -> o.answers(crisis.event())).toList();
            if (answering.stream().anyMatch(Obligation::isDirectHelp)) {
                return new ActivationPath.Individual(free);
            }
            Optional<Council> body = delegate(answering);
            if (body.isPresent() && body.get().rule() != null) {
                CompiledRule rule = bodies.computeIfAbsent(body.get().id(), id -> new CompiledRule(body.get().rule()));
                return new ActivationPath.Delegated(body.get(), RuleVote.of(rule, crisis));
            }
            return new ActivationPath.None(answering.size() < arrangement.obligations().size()
                    ? "no obligation to aid the protected state against " + Labels.kebab(crisis.event())
                    : "no obligation to aid the protected state");
        }

        /** The body whose action the guarantors promise to seek, when the library knows it. */
        private Optional<Council> delegate(List<Obligation> obligations) {
            return obligations.stream().filter(o -> o.type() == ObligationType.SEEK_ACTION)
                    .map(Obligation::body).map(library::council).flatMap(Optional::stream).findFirst();
        }
    }
}
