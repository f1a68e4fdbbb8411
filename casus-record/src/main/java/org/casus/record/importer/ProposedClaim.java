package org.casus.record.importer;

import java.util.Objects;

/**
 * A clause claim proposed from a statement by the keyword map ({@code docs/import.md}).
 *
 * @param clause   a field path of the arrangement format ({@code decision.rule}, {@code parties.guarantors})
 * @param modality {@code demand}, {@code offer}, {@code accept}, {@code reject}, {@code claims-agreement},
 *                 {@code deny}, {@code condition} or {@code interpretation}, guessed from cue words
 * @param keyword  the words that triggered the claim, as written in the text
 * @param value    the value the words give plainly ({@code veto {RU, CN}}, {@code <= 85000}; see
 *                 {@code ClaimValues}), or null for the analyst to fill in
 * @param about    the actor whose stance the speaker reports ({@code Witkoff said Putin was willing to
 *                 withdraw}: RU), or null when the speaker states its own
 */
public record ProposedClaim(String clause, String modality, String keyword, String value, String about) {
    public ProposedClaim {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(keyword, "keyword");
    }
}
