package org.casus.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casus.CasusException;
import org.casus.games.Game;
import org.casus.games.Games;

/**
 * Reads a weighted majority game in the benchmark format: {@code NAME.weights} holds one
 * non-negative integer weight per line (player i is line i), {@code NAME.quota} the quota.
 */
public final class WeightsReader {
    private WeightsReader() {
    }

    public static Game read(Path weightsFile) {
        String name = weightsFile.getFileName().toString().replaceFirst("\\.weights$", "");
        Path quotaFile = weightsFile.resolveSibling(name + ".quota");
        List<String> players = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        long total = 0;
        List<String> lines = lines(weightsFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            long weight = number(weightsFile, i + 1, line, "a weight");
            if (weight > Games.MAX_TOTAL_WEIGHT - total) {
                throw problem(weightsFile, i + 1, Games.tooHeavy());
            }
            total += weight;
            weights.add(weight);
            players.add(Integer.toString(players.size() + 1));
        }
        if (weights.isEmpty()) {
            throw problem(weightsFile, 1, "expected one weight per line, found none");
        }
        List<String> quotaLines = lines(quotaFile).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (quotaLines.size() != 1) {
            throw problem(quotaFile, 1, "expected one line holding the quota");
        }
        long quota = number(quotaFile, 1, quotaLines.get(0), "the quota");
        return Games.weighted(name, players, weights.stream().mapToLong(Long::longValue).toArray(), quota);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new CasusException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static long number(Path file, int line, String text, String what) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(file, line, "expected " + what + " as a whole number of 0 or more, got \"" + text + "\"");
    }

    private static FormatException problem(Path file, int line, String message) {
        return new FormatException(List.of(new Problem(new Location(file.toString(), line, 1), "", message)));
    }
}
