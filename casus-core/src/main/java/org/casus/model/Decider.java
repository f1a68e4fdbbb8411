package org.casus.model;

import java.util.List;

/**
 * One named actor that judges whether the guarantee applies and decides the response (the US
 * President in the 28-point plan), neither a vote of the guarantors nor each on its own.
 *
 * @param actor      the deciding actor's code
 * @param consults   whom it consults first; they hold no vote
 * @param assessment the assessment mechanism the text names, in its words, or null
 */
public record Decider(String actor, List<String> consults, String assessment) {
    public Decider {
        consults = consults == null ? List.of() : List.copyOf(consults);
    }
}
