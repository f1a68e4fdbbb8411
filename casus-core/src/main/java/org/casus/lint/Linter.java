package org.casus.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;

/** Runs every check on an arrangement and orders the findings by severity, then rule. */
public final class Linter {
    private static final List<Check> CHECKS = List.of(
            new VetoTrap(), new DelegatedToVetoedBody(), new GuarantorIsThreat(), new NoDecisionRule(),
            new NoDeadline(), new NoDeadlockDefault(), new VagueObligation(), new TerritorialCarveOut(),
            new UnilateralInterventionRight(), new ConsentOverProtectedState(), new OutsideHelpBarred(), new ForceNotRequired(),
            new DummyGuarantor(), new WithdrawalWithoutNotice(), new NotAGuarantee(), new NarrowTrigger(),
            new QualifiedTrigger(), new ForfeitureClause(), new SingleDecider());

    private Linter() {
    }

    public static List<Check> checks() {
        return CHECKS;
    }

    public static List<Finding> check(Arrangement arrangement, Library library) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            findings.addAll(check.apply(arrangement, library));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule));
        return List.copyOf(findings);
    }
}
