package org.casus.activation;

import java.util.List;

/**
 * The answer to "can this arrangement activate in this crisis?": whether the attack is covered,
 * the path the arrangement offers, and through it who can block and who is indispensable. Made
 * by {@link ActivationKernel#decide}; every analysis that needs the answer reads it from here.
 */
public record Activation(Crisis crisis, Coverage coverage, ActivationPath path) {

    public boolean activates() {
        return path.activates();
    }

    /** Those whose no stops activation (empty when it activates or when no vote could pass anyway). */
    public List<String> blockers() {
        return path.activates() ? List.of() : path.blockers();
    }

    /** The actors present in every way the arrangement can activate; empty when it cannot. */
    public List<String> indispensable() {
        return switch (path) {
            case ActivationPath.Collective c when c.vote().passes() -> c.vote().indispensable();
            case ActivationPath.Collective c -> c.activates() && c.guarantors().size() == 1 ? c.guarantors() : List.of();
            case ActivationPath.Individual i -> i.guarantors().size() == 1 ? i.guarantors() : List.of();
            case ActivationPath.Delegated d -> d.vote().indispensable();
            case ActivationPath.None ignored -> List.of();
        };
    }

    /** Why it does not activate, in words, or null when it does. */
    public String failure() {
        return switch (path) {
            case ActivationPath.None none -> none.reason();
            case ActivationPath.Collective c when c.activates() -> null;
            case ActivationPath.Collective c -> c.vote().failure();
            case ActivationPath.Delegated d -> d.vote().passes() ? null : d.council().id() + ": " + d.vote().failure();
            case ActivationPath.Individual i -> i.activates() ? null : "no guarantor is free to act: every one is "
                    + "on the aggressor's side or is the state attacked";
        };
    }
}
