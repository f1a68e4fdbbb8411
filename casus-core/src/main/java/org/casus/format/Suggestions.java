package org.casus.format;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.ActorRegistry;

/** "Did you mean ...?": the closest known word to a misspelt one, by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a likely misspelling. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The actor a word the registry does not know as a code most likely means: one whose name or alias it is
     * ({@code UK} is GB's alias), else the closest code.
     */
    public static Optional<Actor> actor(String word, ActorRegistry actors) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Actor actor : actors.all()) {
            if (actor.name().toLowerCase(Locale.ROOT).equals(lower)
                    || actor.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(lower))) {
                return Optional.of(actor);
            }
        }
        return closest(word, actors.all().stream().map(Actor::code).toList()).flatMap(actors::find);
    }

    /** {@code unknown actor code 'UK'; did you mean GB (United Kingdom)?}, or where the codes are listed. */
    public static String unknownActor(String word, ActorRegistry actors) {
        return "unknown actor code '" + word + "'" + actor(word, actors)
                .map(a -> "; did you mean " + a.code() + " (" + a.name() + ")?")
                .orElse("; actors are listed in library/actors.yaml");
    }

    /** Levenshtein distance, O(|a| |b|). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
