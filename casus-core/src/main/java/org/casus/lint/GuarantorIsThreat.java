package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Parties;

/** {@code guarantor-is-threat}: a guarantor is one of the declared threats, or allied with one. */
final class GuarantorIsThreat implements Check {
    @Override
    public String id() {
        return "guarantor-is-threat";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Parties parties = arrangement.parties();
        String giver = arrangement.instrument().aGiver();
        List<Finding> findings = new ArrayList<>();
        for (String guarantor : parties.guarantors()) {
            String name = Names.of(library, guarantor);
            if (parties.threats().contains(guarantor)) {
                findings.add(finding(guarantor, parties, name + " is both " + giver + " and a declared threat: it promises "
                        + "to defend the protected state against itself.", name));
                continue;
            }
            Set<String> allies = parties.alliesOf(guarantor);
            List<String> threatAllies = parties.threats().stream().filter(allies::contains).toList();
            if (!threatAllies.isEmpty()) {
                findings.add(finding(guarantor, parties, name + " is " + giver + " and an ally of the declared threat "
                        + Names.of(library, threatAllies) + ".", name));
            }
        }
        return findings;
    }

    private Finding finding(String guarantor, Parties parties, String message, String name) {
        return new Finding(id(), Severity.MAJOR, "parties.guarantors", List.of(guarantor), message,
                "What does " + name + " undertake to do if it, or its ally, is the attacker?", parties.cite());
    }
}
