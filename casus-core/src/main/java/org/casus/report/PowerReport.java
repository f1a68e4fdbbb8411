package org.casus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.casus.Version;
import org.casus.games.PowerIndex;
import org.casus.games.PowerResult;
import org.casus.games.PowerValue;

/** A power analysis as a text table, JSON or CSV, with the method and its reason beside the numbers. */
public final class PowerReport {
    private final PowerResult result;
    private final List<PowerIndex> indices;
    private final int digits;
    private final boolean fractions;

    /**
     * @param wanted    the indices to show, in {@link PowerIndex} order; those the solver did not compute are left out
     * @param fractions exact values as fractions instead of decimals
     */
    public PowerReport(PowerResult result, Set<PowerIndex> wanted, int digits, boolean fractions) {
        this.result = result;
        this.indices = List.of(PowerIndex.values()).stream()
                .filter(wanted::contains).filter(result.values()::containsKey).toList();
        this.digits = digits;
        this.fractions = fractions;
    }

    public String text(String title, String rule, String reason) {
        return text(title, rule, reason, null);
    }

    /** As {@link #text(String, String, String)}, with {@code notice} (when not null) before the numbers. */
    public String text(String title, String rule, String reason, String notice) {
        StringBuilder out = new StringBuilder();
        out.append("Power in ").append(title).append('\n');
        out.append("Rule: ").append(rule).append('\n');
        if (notice != null) {
            out.append(notice).append('\n');
        }
        out.append("Method: ").append(result.method()).append(result.estimate() ? " (ESTIMATES)" : " (exact)");
        if (reason != null) {
            out.append(" - ").append(reason);
        }
        out.append("\n\n");
        int width = Math.max(8, result.game().players().stream().mapToInt(String::length).max().orElse(5) + 2);
        int column = Math.max(digits + 4, fractions ? 14 : 0);
        if (result.estimate()) {
            column = 2 * digits + 10;
        }
        out.append(pad("ACTOR", width));
        for (PowerIndex index : indices) {
            out.append(pad(index.shortName().toUpperCase(Locale.ROOT), column + 2));
        }
        out.append('\n');
        for (int i = 0; i < result.game().size(); i++) {
            out.append(pad(result.game().players().get(i), width));
            for (PowerIndex index : indices) {
                out.append(pad(result.values().get(index).get(i).format(digits, fractions), column + 2));
            }
            out.append('\n');
        }
        out.append('\n');
        out.append("Veto players: ").append(list(result.vetoPlayers())).append('\n');
        out.append("Dummies: ").append(list(result.dummies())).append('\n');
        if (result.winningCoalitions() != null) {
            out.append("Winning coalitions: ").append(result.winningCoalitions()).append(" of 2^")
                    .append(result.game().size()).append('\n');
        }
        out.append("Coleman power of the collectivity to act: ").append(result.colemanAct().format(digits, fractions))
                .append('\n');
        coalitions(out, "Minimal winning coalitions", result.minimalWinningCount(), result.minimalWinning());
        coalitions(out, "Minimal blocking coalitions", result.minimalBlockingCount(), result.minimalBlocking());
        for (String note : result.notes()) {
            out.append("Note: ").append(note).append('\n');
        }
        out.append("Casus ").append(Version.get()).append('\n');
        return out.toString();
    }

    private static void coalitions(StringBuilder out, String label, BigInteger count, List<List<String>> listed) {
        if (count == null) {
            return;
        }
        out.append(label).append(": ").append(count);
        if (!listed.isEmpty()) {
            out.append(": ").append(listed.stream().map(c -> "{" + String.join(", ", c) + "}")
                    .collect(Collectors.joining(" ")));
        }
        out.append('\n');
    }

    public ObjectNode json(String title, String rule, String reason) {
        return json(title, rule, reason, null);
    }

    /** As {@link #json(String, String, String)}, with {@code notice} (when not null) as {@code blocked}. */
    public ObjectNode json(String title, String rule, String reason, String notice) {
        ObjectNode root = Json.object();
        root.put("game", title);
        root.put("rule", rule);
        root.put("blocked", notice != null);
        if (notice != null) {
            root.put("notice", notice);
        }
        root.put("method", result.method());
        root.put("estimate", result.estimate());
        root.put("explanation", reason);
        ArrayNode players = root.putArray("players");
        for (int i = 0; i < result.game().size(); i++) {
            ObjectNode player = players.addObject();
            player.put("actor", result.game().players().get(i));
            for (PowerIndex index : indices) {
                put(player, index.jsonKey(), result.values().get(index).get(i));
            }
        }
        put(root, "colemanAct", result.colemanAct());
        result.vetoPlayers().forEach(root.putArray("vetoPlayers")::add);
        result.dummies().forEach(root.putArray("dummies")::add);
        if (result.winningCoalitions() != null) {
            root.put("winningCoalitions", result.winningCoalitions());
        }
        if (result.minimalWinningCount() != null) {
            root.put("minimalWinningCoalitions", result.minimalWinningCount());
            root.put("minimalBlockingCoalitions", result.minimalBlockingCount());
        }
        listed(root, "minimalWinningListed", result.minimalWinning());
        listed(root, "minimalBlockingListed", result.minimalBlocking());
        result.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    /** The coalitions themselves, when the solver listed them (there were few). */
    private static void listed(ObjectNode root, String key, List<List<String>> coalitions) {
        if (!coalitions.isEmpty()) {
            ArrayNode array = root.putArray(key);
            for (List<String> coalition : coalitions) {
                ArrayNode members = array.addArray();
                coalition.forEach(members::add);
            }
        }
    }

    private void put(ObjectNode node, String key, PowerValue value) {
        switch (value) {
            case PowerValue.Exact exact -> {
                if (fractions) {
                    node.put(key, exact.value().toString());
                } else {
                    node.put(key, exact.value().toDecimal(digits));
                }
            }
            case PowerValue.Estimate estimate -> {
                node.put(key, estimate.mean());
                node.put(key + "Interval95", estimate.halfWidth());
            }
        }
    }

    public String csv() {
        StringBuilder out = new StringBuilder("actor");
        for (PowerIndex index : indices) {
            out.append(',').append(index.jsonKey());
        }
        out.append('\n');
        for (int i = 0; i < result.game().size(); i++) {
            out.append(result.game().players().get(i));
            for (PowerIndex index : indices) {
                out.append(',').append(result.values().get(index).get(i).format(digits, fractions)
                        .replace(" +/- ", "+/-"));
            }
            out.append('\n');
        }
        return out.toString();
    }


    private static String list(List<String> actors) {
        return actors.isEmpty() ? "none" : String.join(", ", actors);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
