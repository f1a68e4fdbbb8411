package org.casus.sim;

import java.util.SplittableRandom;
import org.casus.model.Behaviour;
import org.casus.model.OutsideCost;

/**
 * One actor's draws in one run, always made in the same order from the actor's own stream:
 * its probabilities, the uniforms that decide against them, its latencies, the uniform that
 * decides whether it follows a leader, and last its contribution.
 */
record ActorDraws(double supportProbability, double aloneProbability, double supportDraw, double aloneDraw,
                  double consultation, double decision, double delivery, double outsideDelay, double outsideFactor,
                  double followDraw, double contribution) {

    static ActorDraws draw(Behaviour behaviour, OutsideCost outside, SplittableRandom random) {
        return new ActorDraws(
                clamp(behaviour.support().sample(random)),
                clamp(behaviour.aidAlone().sample(random)),
                random.nextDouble(),
                random.nextDouble(),
                Math.max(0, behaviour.consultation().sample(random)),
                Math.max(0, behaviour.decision().sample(random)),
                Math.max(0, behaviour.delivery().sample(random)),
                Math.max(0, outside.extraDelay().sample(random)),
                clamp(outside.probabilityFactor().sample(random)),
                random.nextDouble(),
                behaviour.contribution().sample(random));
    }

    /** The same draws with {@code draw} deciding support (a shared draw, or -1 / 2 to force yes / no). */
    ActorDraws withSupportDraw(double draw) {
        return new ActorDraws(supportProbability, aloneProbability, draw, aloneDraw, consultation, decision, delivery,
                outsideDelay, outsideFactor, followDraw, contribution);
    }

    static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }

    /** Whether the actor supports collective action, or honours its obligation. */
    boolean supports() {
        return supportDraw < supportProbability;
    }

    /** Whether the actor aids on its own, with no obligation. */
    boolean aidsAlone() {
        return aloneDraw < aloneProbability;
    }

    /** Whether the actor aids outside an arrangement that failed, paying the outside cost. */
    boolean aidsOutside() {
        return aloneDraw < aloneProbability * outsideFactor;
    }
}
