package org.casus.report;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Citation;
import org.casus.model.Consent;
import org.casus.model.Dates;
import org.casus.model.Decision;
import org.casus.model.Duration;
import org.casus.model.Exclusion;
import org.casus.model.ForceCap;
import org.casus.model.Forfeiture;
import org.casus.model.Labels;
import org.casus.model.Obligation;
import org.casus.model.Parties;
import org.casus.model.Procedure;
import org.casus.model.Restrictions;
import org.casus.model.Source;
import org.casus.model.TerritorialClause;
import org.casus.model.Trigger;
import org.casus.model.TriggerQualifier;

/**
 * An arrangement's provisions as encoded, each with the sources it cites and an UNCERTAIN mark
 * where the sources are weak or conflict ({@code casus library show}).
 */
public final class ProvisionsText {
    private final StringBuilder out = new StringBuilder();

    private ProvisionsText() {
    }

    public static String render(Arrangement a) {
        ProvisionsText text = new ProvisionsText();
        text.write(a);
        return text.out.toString();
    }

    private void write(Arrangement a) {
        line(a.id() + " - " + a.title());
        line("Status: " + Labels.kebab(a.status()) + dates(a.dates()));
        line("Instrument: " + Labels.kebab(a.instrument()));
        Parties p = a.parties();
        section("Parties", p.cite());
        item("protected", String.join(", ", p.protectedStates()));
        item(a.instrument().givers(), String.join(", ", p.guarantors()));
        if (!p.signatories().isEmpty()) {
            item("signatories", String.join(", ", p.signatories()));
        }
        item("threats", p.threats().isEmpty() ? "none named (every guarantor is treated as a possible aggressor)"
                : String.join(", ", p.threats()));
        p.alignments().forEach(al -> item("aligned", String.join(" + ", al.actors()) + cite(al.cite())));
        Trigger t = a.trigger();
        if (t != null) {
            section("Trigger", t.cite());
            item("events", String.join(", ", t.events().stream().map(Labels::kebab).toList()));
            if (t.area() != null) {
                item("area", t.area());
            }
            item("by", t.by().isEmpty() ? "any state" : String.join(", ", t.by()));
            for (Exclusion e : t.excluded()) {
                item("excluded", e.territory() + cite(e.cite()));
            }
            for (TriggerQualifier q : t.qualifiers()) {
                item("only if (" + Labels.kebab(q.kind()) + ")", q.text().strip() + cite(q.cite()));
            }
        }
        if (!a.obligations().isEmpty()) {
            line("");
            line("Obligations");
            for (Obligation o : a.obligations()) {
                StringBuilder s = new StringBuilder(Labels.kebab(o.type()) + " by " + o.who().describe());
                if (o.atop() != null) {
                    s.append(" [ATOP ").append(o.atop()).append(']');
                }
                if (o.body() != null) {
                    s.append(" from ").append(o.body());
                }
                if (!o.events().isEmpty()) {
                    s.append(", against ").append(String.join(", ", o.events().stream().map(Labels::kebab).toList()));
                }
                if (o.deadlineDays() != null) {
                    s.append(", within ").append(o.deadlineDays()).append(" days");
                }
                if (!o.means().isEmpty()) {
                    s.append(", means: ").append(String.join(", ", o.means()));
                }
                s.append(", force ").append(Labels.kebab(o.force()));
                line("  - " + s + cite(o.cite()));
                if (o.text() != null) {
                    line("      " + o.text().strip());
                }
                if (o.purpose() != null) {
                    line("      purpose: " + o.purpose().strip());
                }
            }
        }
        Decision d = a.decision();
        section("Decision", d.cite());
        item("procedure", Labels.kebab(d.procedure()));
        if (d.decider() != null) {
            item("decider", d.decider().actor() + (d.decider().consults().isEmpty() ? ""
                    : ", after consulting " + String.join(", ", d.decider().consults())));
            if (d.decider().assessment() != null) {
                item("assessment", d.decider().assessment().strip());
            }
        } else if (d.rule() != null) {
            item("rule", d.rule().describe());
        }
        if (d.consultationDays() != null) {
            item("consultation", d.consultationDays() + " days");
        }
        if (d.decisionDays() != null) {
            item("decision", d.decisionDays() + " days");
        }
        if (d.procedure() == Procedure.COLLECTIVE) {
            item("on deadlock", Labels.kebab(d.onDeadlock()));
        }
        if (d.unilateralInterventionRight()) {
            item("unilateral intervention right", d.interventionPurpose() == null ? "yes"
                    : "yes, with the sole aim: " + d.interventionPurpose().strip());
        }
        Restrictions r = a.restrictions();
        if (r != Restrictions.NONE) {
            section("Restrictions on the protected state", r.cite());
            item("neutrality", Labels.kebab(r.neutrality()));
            item("non-nuclear", r.nonNuclear() ? "yes" : "no");
            item("alliances barred", r.alliancesBarred() ? "yes" : "no");
            for (ForceCap cap : r.forceCaps()) {
                item("cap", cap.category() + " <= " + cap.limit() + cite(cap.cite()));
            }
            consent("foreign bases", r.foreignBases());
            consent("foreign exercises", r.foreignExercises());
            if (r.outsideHelp().isBarred()) {
                item("help outside the arrangement barred", String.join(", ",
                        r.outsideHelp().barred().stream().map(Labels::kebab).toList()) + cite(r.outsideHelp().cite()));
            }
        }
        if (!a.forfeitures().isEmpty()) {
            line("");
            line("Forfeiture (acts that void it)");
            for (Forfeiture f : a.forfeitures()) {
                line("  - " + (f.by().isEmpty() ? "" : String.join(", ", f.by()) + ": ") + f.text().strip()
                        + cite(f.cite()));
            }
        }
        if (!a.territory().isEmpty()) {
            line("");
            line("Territory");
            for (TerritorialClause clause : a.territory()) {
                line("  - " + Labels.kebab(clause.kind()) + ": " + clause.text().strip() + cite(clause.cite()));
            }
        }
        Duration du = a.duration();
        if (du != Duration.UNSPECIFIED) {
            section("Duration", du.cite());
            item("term", du.years() == null ? "none set" : du.years() + " years");
            item("withdrawal", Labels.kebab(du.withdrawal())
                    + (du.noticeMonths() == null ? "" : ", " + du.noticeMonths() + " months' notice"));
        }
        line("");
        line("Sources");
        for (Source s : a.sources().values()) {
            line("  [" + s.key() + "] " + s.title() + (s.publisher() == null ? "" : ", " + s.publisher())
                    + (s.date() == null ? "" : ", " + s.date()) + " (" + Labels.kebab(s.kind())
                    + (s.titleIsDescription() ? "; title is a description" : "") + ")");
            line("      " + s.url());
            if (s.encodes() != null) {
                line("      encodes: " + s.encodes());
            }
            if (s.note() != null) {
                line("      note: " + s.note());
            }
        }
        if (a.notes() != null) {
            line("");
            line("Notes: " + a.notes().strip());
        }
    }

    private void consent(String what, Consent consent) {
        if (consent != null) {
            item(what, Labels.kebab(consent.permission())
                    + (consent.consentOf() == null ? "" : " of " + consent.consentOf().describe()) + cite(consent.cite()));
        }
    }

    private void section(String title, Citation cite) {
        line("");
        line(title + cite(cite));
    }

    private void item(String label, String value) {
        line("  " + label + ": " + value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String cite(Citation cite) {
        String keys = cite.sources().isEmpty() ? "" : "  [" + String.join(", ", cite.sources()) + "]";
        return cite.isUncertain() ? keys + "  UNCERTAIN: " + cite.uncertain().strip() : keys;
    }

    private static String dates(Dates d) {
        StringBuilder s = new StringBuilder();
        for (String[] pair : List.of(new String[] {"proposed", d.proposed()}, new String[] {"signed", d.signed()},
                new String[] {"in force", d.inForce()}, new String[] {"ended", d.ended()})) {
            if (pair[1] != null) {
                s.append(", ").append(pair[0]).append(' ').append(pair[1]);
            }
        }
        return s.toString();
    }
}
