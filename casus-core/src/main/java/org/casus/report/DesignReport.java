package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.Version;
import org.casus.design.Assessment;
import org.casus.design.DesignResult;
import org.casus.design.RedLine;
import org.casus.design.Standing;
import org.casus.model.ActorRegistry;
import org.casus.model.Labels;

/** A design search's front in the words a negotiator uses, and as JSON. */
public final class DesignReport {
    private DesignReport() {
    }

    public static String text(DesignResult result, ActorRegistry actors) {
        var base = result.request().base();
        StringBuilder out = new StringBuilder("Counter-proposals for " + base.id() + ": " + base.title() + "\n\n");
        out.append(String.format("Searched %,d proposals; %,d activate against every aggressor (%s).%n",
                result.examined(), result.activating(), String.join(", ", result.aggressors())));
        out.append("Red lines").append(result.request().redLines().isEmpty() ? ": none\n" : ":\n");
        for (RedLine line : result.request().redLines()) {
            out.append("  ").append(line.describe()).append('\n');
        }
        out.append('\n');
        if (result.front().isEmpty()) {
            out.append("No proposal activates against every aggressor: widen the candidates or drop a required "
                    + "guarantor.\n");
        } else if (!result.satisfiesAll()) {
            out.append("No rule satisfies every red line. The least each side must give up alone:\n");
            result.relaxations().values().forEach(r -> out.append("  ").append(name(actors, r.side())).append(": ")
                    .append(r.steps() == null ? "no concession of its own opens a front"
                            : r.steps() + " step" + (r.steps() == 1 ? "" : "s") + " of standing ("
                                    + r.proposal().proposal().describe() + ")").append('\n'));
            result.front().stream().findFirst().ifPresent(best -> out.append("  Together, at the least: ")
                    .append(shortfalls(best)).append(" (proposal 1)\n"));
            out.append("The front below weighs what each side gives up against how hard the guarantee is to "
                    + "block.\n");
        }
        List<Assessment> front = result.front();
        int shown = Math.min(front.size(), result.request().shown());
        out.append(String.format("%nFront: %d proposal%s, best first%s%n", front.size(), front.size() == 1 ? "" : "s",
                shown < front.size() ? " (the first " + shown + " shown)" : ""));
        int number = 0;
        for (int i = 0; i < front.size() && number < shown; i++) {
            Assessment a = front.get(i);
            int alike = 0;
            while (i + 1 < front.size() && alike(front.get(i + 1), a)) {
                alike++;
                i++;
            }
            out.append(String.format("%n%2d. %s%n", ++number, a.proposal().describe()));
            if (alike > 0) {
                out.append("    (and ").append(alike).append(" more that score the same with other candidates)\n");
            }
            for (String change : changes(result.baseStandings(), a.standings(), actors)) {
                out.append("    ").append(change).append('\n');
            }
            out.append("    ").append(strength(a, actors)).append('\n');
            if (!a.shortfalls().isEmpty()) {
                out.append("    Gives up: ").append(shortfalls(a)).append(String.format("; power moved from the base: %.3f%n",
                        a.powerDistance()));
            }
        }
        out.append("\nCasus ").append(Version.get()).append('\n');
        return out.toString();
    }

    /** One sentence per change of standing from the base's, the actors sharing a change named together. */
    static List<String> changes(Map<String, Standing> before, Map<String, Standing> after, ActorRegistry actors) {
        Map<String, List<String>> byChange = new LinkedHashMap<>();
        after.forEach((actor, now) -> {
            Standing was = before.getOrDefault(actor, Standing.NO_VOTE);
            if (was != now) {
                String change = (now.ordinal() < was.ordinal() ? "give up" : "gain") + " standing: had " + was.words()
                        + "; now " + now.words() + ".";
                byChange.computeIfAbsent(change, c -> new ArrayList<>()).add(name(actors, actor));
            }
        });
        List<String> changes = new ArrayList<>();
        byChange.forEach((change, who) -> changes.add(who.size() == 1
                ? who.get(0) + " " + change.replaceFirst("^give up", "gives up").replaceFirst("^gain ", "gains ")
                : String.join(", ", who.subList(0, who.size() - 1)) + " and " + who.get(who.size() - 1) + " " + change));
        return changes;
    }

    /** Same family, same number of guarantors, same objectives: the same offer with other candidates. */
    private static boolean alike(Assessment a, Assessment b) {
        return a.proposal().family().equals(b.proposal().family())
                && a.proposal().guarantors().size() == b.proposal().guarantors().size()
                && a.proposal().rule().getClass() == b.proposal().rule().getClass()
                && a.margin() == b.margin() && a.shortfalls().equals(b.shortfalls())
                && Math.abs(a.powerDistance() - b.powerDistance()) < 1e-12;
    }

    private static String shortfalls(Assessment a) {
        return String.join(", ", a.shortfalls().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + (e.getValue() == 1 ? " step" : " steps")).toList());
    }

    /** How hard it is to block, in the weakest case. */
    static String strength(Assessment a, ActorRegistry actors) {
        String weakest = a.weakestAgainst();
        int margin = a.margin();
        int free = a.free().getOrDefault(weakest, 0);
        String tolerated = margin > free ? "no refusal among the " + free + " guarantors free to act can block it "
                + "(the state attacked, a guarantor itself, votes too)"
                : margin <= 1 ? "one refusal among the " + free + " guarantors free to act can block it"
                : "it still activates if any " + (margin - 1) + " of the " + free + " guarantors free to act refuse; "
                        + margin + " refusing can block it";
        return "Activates against every aggressor; weakest against " + name(actors, weakest) + ": " + tolerated + ".";
    }

    private static String name(ActorRegistry actors, String code) {
        return actors.nameOf(code) + " (" + code + ")";
    }

    public static ObjectNode json(DesignResult result) {
        ObjectNode root = Json.object();
        root.put("arrangement", result.request().base().id());
        root.put("examined", result.examined());
        root.put("activating", result.activating());
        result.aggressors().forEach(root.putArray("aggressors")::add);
        ArrayNode lines = root.putArray("redLines");
        for (RedLine line : result.request().redLines()) {
            lines.addObject().put("side", line.side()).put("actor", line.actor())
                    .put("level", Labels.kebab(line.level()))
                    .put("atLeast", line.atLeast()).put("text", line.describe());
        }
        root.put("satisfiesAll", result.satisfiesAll());
        ObjectNode relaxations = root.putObject("relaxations");
        result.relaxations().forEach((side, r) -> {
            ObjectNode node = relaxations.putObject(side);
            node.put("steps", r.steps());
            node.put("proposal", r.proposal() == null ? null : r.proposal().proposal().describe());
        });
        ArrayNode front = root.putArray("front");
        for (Assessment a : result.front()) {
            ObjectNode node = front.addObject();
            node.put("id", a.arrangement().id());
            a.proposal().guarantors().forEach(node.putArray("guarantors")::add);
            node.put("rule", a.proposal().rule().describe());
            node.put("family", a.proposal().family());
            node.put("fallbackDays", a.proposal().fallbackDays());
            node.put("margin", a.margin());
            ObjectNode margins = node.putObject("margins");
            a.margins().forEach(margins::put);
            ObjectNode standings = node.putObject("standings");
            a.standings().forEach((actor, s) -> standings.put(actor, Labels.kebab(s)));
            ObjectNode shortfalls = node.putObject("shortfalls");
            a.shortfalls().forEach(shortfalls::put);
            ObjectNode power = node.putObject("shapleyShubik");
            a.power().forEach(power::put);
            node.put("powerDistance", a.powerDistance());
        }
        return root;
    }
}
