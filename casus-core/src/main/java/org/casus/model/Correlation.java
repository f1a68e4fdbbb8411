package org.casus.model;

/**
 * How the guarantors' decisions depend on one another in a crisis, instead of each deciding
 * independently (which makes every large alliance look certain). Two mechanisms, both drawn
 * once per run:
 * <ul>
 *   <li>a <em>common shock</em>: with probability {@code common}, one shared draw decides every
 *       actor's support (each still supports with its own probability, but they move together);</li>
 *   <li>a <em>leader</em>: each other actor, with probability {@code follow}, does what the leader
 *       decided (the leader's choice pulling its followers).</li>
 * </ul>
 * {@link #INDEPENDENT} is the independent case.
 *
 * @param leader the actor others follow, or null for none
 */
public record Correlation(Distribution common, String leader, Distribution follow, Citation cite) {
    public static final Correlation INDEPENDENT =
            new Correlation(new Distribution.Fixed(0), null, new Distribution.Fixed(0), Citation.NONE);

    public Correlation {
        common = common == null ? new Distribution.Fixed(0) : common;
        follow = follow == null || leader == null ? new Distribution.Fixed(0) : follow;
        cite = cite == null ? Citation.NONE : cite;
    }

    /** Whether decisions are independent: no common shock and no leader. */
    public boolean isIndependent() {
        return common.high() == 0 && (leader == null || follow.high() == 0);
    }
}
