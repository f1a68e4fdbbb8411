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
import org.casus.sim.Verdict;

/** A design search's front in the words a negotiator uses, and as JSON. */
public final class DesignReport {
    private DesignReport() {
    }

    /**
     * @param verdicts simulated verdicts by arrangement id (the base's and the offers'), or empty
     */
    public static String text(DesignResult result, Map<String, Verdict> verdicts, ActorRegistry actors) {
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
            boolean noneAlone = result.relaxations().values().stream().allMatch(r -> r.steps() == null);
            result.front().stream().findFirst().filter(best -> noneAlone).ifPresent(best -> out.append("  Together, at the least: ")
                    .append(shortfalls(best)).append(" (proposal 1)\n"));
            out.append("The front below weighs what each side gives up against how hard the guarantee is to "
                    + "block.\n");
        }
        List<DesignResult.Offer> offers = result.offers();
        int shown = Math.min(offers.size(), result.request().shown());
        out.append(String.format("%nFront: %d offer%s, best first%s%n", offers.size(), offers.size() == 1 ? "" : "s",
                shown < offers.size() ? " (the first " + shown + " shown)" : ""));
        Verdict baseVerdict = verdicts.get(base.id());
        if (baseVerdict != null) {
            out.append("The base, simulated: ").append(verdict(baseVerdict)).append('\n');
        }
        for (int i = 0; i < shown; i++) {
            Assessment a = offers.get(i).proposal();
            out.append(String.format("%n%2d. %s%n", i + 1, a.proposal().describe()));
            if (offers.get(i).alike() > 0) {
                out.append("    (and ").append(offers.get(i).alike())
                        .append(" more that score the same with other candidates)\n");
            }
            for (String change : changes(result.baseStandings(), a.standings(), actors)) {
                out.append("    ").append(change).append('\n');
            }
            out.append("    ").append(strength(a, actors)).append('\n');
            if (!a.shortfalls().isEmpty()) {
                out.append("    Gives up: ").append(shortfalls(a)).append(result.request().base().decision().isVoted()
                        ? String.format("; power moved from the base: %.3f%n", a.powerDistance())
                        : "; the base has no vote to compare power with\n");
            }
            Verdict verdict = verdicts.get(a.arrangement().id());
            if (verdict != null) {
                out.append("    Simulated: ").append(verdict(verdict)).append('\n');
            }
        }
        out.append("\nCasus ").append(Version.get()).append('\n');
        return out.toString();
    }

    /** One sentence per change of standing from the base's, the actors sharing a change named together. */
    public static List<String> changes(Map<String, Standing> before, Map<String, Standing> after, ActorRegistry actors) {
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

    private static String verdict(Verdict v) {
        return String.format(java.util.Locale.ROOT, "decisive aid by day %d against no arrangement %s, %s (%,d paired "
                + "runs)", v.day(), v.word().toUpperCase(java.util.Locale.ROOT), v.inPoints(), v.runs());
    }

    private static String shortfalls(Assessment a) {
        return String.join(", ", a.shortfalls().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + (e.getValue() == 1 ? " step" : " steps")).toList());
    }

    /** How hard it is to block, in the weakest case. */
    public static String strength(Assessment a, ActorRegistry actors) {
        String weakest = a.weakestAgainst();
        int margin = a.margin();
        int free = a.free().getOrDefault(weakest, 0);
        String among = free == 1 ? "the one guarantor free to act" : "the " + free + " guarantors free to act";
        String tolerated = margin > free ? "no refusal among " + among + " can block it (the state attacked, a "
                + "guarantor itself, votes too)"
                : margin <= 1 ? "one refusal among " + among + " can block it"
                : "it still activates if any " + (margin - 1) + " of " + among + " refuse; " + margin
                        + " refusing can block it";
        return "Activates against every aggressor; weakest against " + name(actors, weakest) + ": " + tolerated + ".";
    }

    private static String name(ActorRegistry actors, String code) {
        return actors.nameOf(code) + " (" + code + ")";
    }

    public static ObjectNode json(DesignResult result, Map<String, Verdict> verdicts) {
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
        Verdict baseVerdict = verdicts.get(result.request().base().id());
        if (baseVerdict != null) {
            verdict(root.putObject("baseVerdict"), baseVerdict);
        }
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
            Verdict v = verdicts.get(a.arrangement().id());
            if (v != null) {
                verdict(node.putObject("verdict"), v);
            }
        }
        return root;
    }

    private static void verdict(ObjectNode node, Verdict v) {
        node.put("day", v.day()).put("word", v.word()).put("difference", v.difference()).put("low", v.low())
                .put("high", v.high()).put("runs", v.runs());
    }
}
