package org.casus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a JMH JSON result file into a Markdown table: each benchmark's mean and error, and its
 * ratio to the floor benchmark of the same parameters, measured in the same run.
 * Usage: {@code java -cp benchmarks.jar org.casus.bench.RatioReport result.json}.
 */
public final class RatioReport {
    private RatioReport() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Map<String, double[]>> byTarget = new LinkedHashMap<>();
        String unit = "";
        for (JsonNode result : results) {
            String method = result.get("benchmark").asText().replaceFirst(".*\\.", "");
            JsonNode params = result.path("params");
            String target = params.path("target").asText(params.toString())
                    + (params.has("threads") ? " (" + params.get("threads").asText() + " threads)" : "");
            JsonNode metric = result.get("primaryMetric");
            unit = metric.get("scoreUnit").asText();
            byTarget.computeIfAbsent(target, t -> new LinkedHashMap<>())
                    .put(method, new double[] {metric.get("score").asDouble(), metric.get("scoreError").asDouble()});
        }
        System.out.println("| case | method | mean (" + unit + ") | +/- 99.9% | ratio to floor |");
        System.out.println("|---|---|---|---|---|");
        for (var entry : byTarget.entrySet()) {
            double[] floor = entry.getValue().get("floor");
            for (var method : entry.getValue().entrySet()) {
                double[] score = method.getValue();
                String ratio = floor == null || method.getKey().equals("floor") ? "1" : String.format("%.1f", score[0] / floor[0]);
                if (method.getKey().equals("floor") && floor == null) {
                    ratio = "-";
                }
                System.out.printf("| %s | %s | %.3f | %.3f | %s |%n", entry.getKey(), method.getKey(), score[0],
                        Double.isNaN(score[1]) ? 0 : score[1], ratio);
            }
        }
    }
}
