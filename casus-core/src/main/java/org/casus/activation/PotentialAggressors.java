package org.casus.activation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.ActorRegistry;
import org.casus.model.Arrangement;

/**
 * The one list of potential aggressors every analysis examines by default: the threats the
 * arrangement declares; when it declares none, every actor it names (parties, alignments, the
 * trigger's adversaries) that is not a placeholder (an elected Council seat, "any member") and
 * has a protected state left to attack. A guarantee must hold even when one of its own
 * guarantors attacks, and in a mutual pact any member may attack another.
 */
public final class PotentialAggressors {
    private PotentialAggressors() {
    }

    public static List<String> of(Arrangement arrangement, ActorRegistry actors) {
        if (!arrangement.parties().threats().isEmpty()) {
            return arrangement.parties().threats();
        }
        Set<String> named = new LinkedHashSet<>(arrangement.parties().all());
        arrangement.parties().alignments().forEach(a -> named.addAll(a.actors()));
        if (arrangement.trigger() != null) {
            named.addAll(arrangement.trigger().by());
        }
        named.removeIf(actors::isPlaceholder);
        named.removeIf(code -> Crisis.against(arrangement, code, null).target() == null);
        return List.copyOf(named);
    }
}
