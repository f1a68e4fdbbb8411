package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.activation.PotentialAggressors;
import org.casus.model.Arrangement;
import org.casus.model.Consent;
import org.casus.model.Library;
import org.casus.model.Permission;

/**
 * {@code consent-over-protected-state}: foreign bases or exercises in the protected state need
 * the consent of a potential aggressor, who can then keep its defences weak.
 */
final class ConsentOverProtectedState implements Check {
    @Override
    public String id() {
        return "consent-over-protected-state";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        List<Finding> findings = new ArrayList<>();
        check(arrangement, library, arrangement.restrictions().foreignBases(), "foreign-bases", "bases", findings);
        check(arrangement, library, arrangement.restrictions().foreignExercises(), "foreign-exercises", "exercises",
                findings);
        return findings;
    }

    private void check(Arrangement arrangement, Library library, Consent consent, String field, String what,
                       List<Finding> findings) {
        if (consent == null || consent.permission() != Permission.WITH_CONSENT || consent.consentOf() == null) {
            return;
        }
        List<String> holders = PotentialAggressors.of(arrangement, library.actors()).stream()
                .filter(consent.consentOf()::contains).toList();
        if (holders.isEmpty()) {
            return;
        }
        String names = Names.of(library, holders);
        findings.add(new Finding(id(), Severity.MAJOR, "restrictions." + field, holders,
                "Foreign " + what + " in the protected state need the consent of " + names
                        + ", a potential aggressor, who can thus keep the protected state's defences weak.",
                "Can " + what + " with foreign forces go ahead if " + names + " withholds consent?",
                consent.cite()));
    }
}
