package org.casus.record;

/**
 * What a statement asserts about one clause of one arrangement.
 *
 * @param clause     a field path of the arrangement format ({@code decision.rule},
 *                   {@code restrictions.force-caps.troops})
 * @param value      the value claimed, free text or a number, a range ({@code 85000..250000},
 *                   {@code <= 85000}), a set ({@code {RU, CN}}) or yes/no
 * @param aboutActor for {@code claims-agreement}: the actor said to have agreed; for {@code interpretation}:
 *                   the actor whose stance the speaker reports, null for the speaker's own reading
 */
public record Claim(long id, long statementId, String arrangement, String clause, Modality modality, String value,
                    String aboutActor, boolean confirmed, int version) {

    /** {@code demand "veto {RU}"}, {@code interpretation of RU "withdrawal {RU}"}, {@code offer (no value)}. */
    public String described() {
        return modality.label() + (aboutActor == null ? "" : " of " + aboutActor)
                + (value == null ? " (no value)" : " \"" + value + "\"");
    }
}
