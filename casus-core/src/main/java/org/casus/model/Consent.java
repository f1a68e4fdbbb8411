package org.casus.model;

/**
 * A restriction on foreign bases or exercises in the protected state.
 *
 * @param consentOf whose consent is needed when {@code permission} is {@code WITH_CONSENT}, else null
 */
public record Consent(Permission permission, ActorSet consentOf, Citation cite) {
    public Consent {
        cite = cite == null ? Citation.NONE : cite;
    }
}
