package org.casus.server;

import static org.casus.server.Json.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.casus.CasusException;
import org.casus.activation.CrisisPower;
import org.casus.brief.BriefingBuilder;
import org.casus.brief.HtmlRenderer;
import org.casus.format.ArrangementReader;
import org.casus.format.TreeReader;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.lint.Severity;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.record.store.RecordStore;
import org.casus.report.CheckJson;
import org.casus.report.PowerReport;
import org.casus.report.ProvisionsText;
import org.casus.report.RobustnessReport;
import org.casus.robustness.Robustness;
import org.casus.sim.SimulationOptions;

/**
 * The library and what is computed from it at once: the arrangements with their findings, the
 * check of posted YAML, voting power, robustness, the briefing, the actors. Analyses of library
 * arrangements are cached as JSON text: they are pure functions of the library, which does not
 * change while serving.
 */
final class Analyses {
    private final Library library;
    private final Path libraryFolder;
    private final RecordStore record;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Analyses(Library library, Path libraryFolder, RecordStore record) {
        this.library = library;
        this.libraryFolder = libraryFolder;
        this.record = record;
    }

    /** Answers with the JSON of {@code compute}, computed and serialised once per key. */
    private void cached(Context ctx, String key, Supplier<JsonNode> compute) {
        ctx.contentType("application/json").result(cache.computeIfAbsent(key, k -> compute.get().toString()));
    }

    private Arrangement arrangementOf(Context ctx) {
        Arrangement a = library.arrangements().get(ctx.pathParam("id"));
        if (a == null) {
            throw new Denied(HttpStatus.NOT_FOUND, "no arrangement '" + ctx.pathParam("id") + "' in the library");
        }
        return a;
    }

    /** Every arrangement with its status and its findings counted by severity. */
    void library(Context ctx) {
        cached(ctx, "library", () -> {
            ArrayNode list = MAPPER.createArrayNode();
            library.arrangements().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(a -> {
                List<Finding> findings = Linter.check(a, library);
                ObjectNode node = list.addObject().put("id", a.id()).put("title", a.title())
                        .put("status", Labels.kebab(a.status()));
                a.parties().protectedStates().forEach(node.putArray("protected")::add);
                ObjectNode counts = node.putObject("findings");
                for (Severity severity : Severity.values()) {
                    counts.put(severity.name().toLowerCase(Locale.ROOT),
                            findings.stream().filter(f -> f.severity() == severity).count());
                }
            });
            return list;
        });
    }

    /** An arrangement's findings, provisions and YAML file. */
    void arrangement(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        cached(ctx, "arrangement:" + a.id(), () -> {
            ObjectNode node = CheckJson.findings(a.id() + ".yaml", a.id(), Linter.check(a, library));
            node.put("title", a.title()).put("status", Labels.kebab(a.status()))
                    .put("provisions", ProvisionsText.render(a));
            Path file = libraryFolder.resolve("arrangements").resolve(a.id() + ".yaml");
            try {
                node.put("yaml", Files.isRegularFile(file) ? Files.readString(file) : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return node;
        });
    }

    /** The findings of an arrangement posted as YAML, as {@code casus check --json}. */
    void check(Context ctx) {
        Arrangement a = ArrangementReader.read(TreeReader.read("posted.yaml", ctx.body(), false), null,
                library.actors(), library.councils().keySet());
        ctx.json(CheckJson.findings("posted.yaml", a.id(), Linter.check(a, library)));
    }

    /** The decision rule's voting power, with {@code ?against=ACTOR} as that actor and its allies vote no. */
    void power(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        if (a.decision().rule() == null) {
            throw new CasusException(a.id() + " has no collective decision rule: each guarantor decides alone");
        }
        String aggressor = ctx.queryParam("against");
        if (aggressor != null && !a.decision().rule().voters().contains(aggressor)) {
            throw new CasusException(aggressor + " has no vote in the rule of " + a.id());
        }
        cached(ctx, "power:" + a.id() + ":" + aggressor, () -> powerJson(a, aggressor));
    }

    private static ObjectNode powerJson(Arrangement a, String aggressor) {
        Set<PowerIndex> all = Set.of(PowerIndex.values());
        DecisionRule rule = a.decision().rule();
        CrisisPower power = aggressor == null ? null : CrisisPower.of(a, List.of(aggressor), Set.of(), rule);
        Game game = power == null ? Games.fromRule(a.id(), rule, Set.of(), Set.of(), Set.of()) : power.shown();
        PowerAnalysis.Analysis analysis = PowerAnalysis.analyseDefaults(game, Optional.empty(), 200_000, 1);
        ObjectNode json = new PowerReport(analysis.result(), all, 10, false).json(a.id(), rule.describe(),
                analysis.reason(), power == null ? null : power.verdict());
        rule.voters().forEach(json.putArray("voters")::add);
        return json;
    }

    void robustness(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        cached(ctx, "robustness:" + a.id(), () -> RobustnessReport.json(a.id(), Robustness.analyse(a, library, List.of())));
    }

    /** The briefing as HTML; not cached, since it quotes the record, which changes. */
    void brief(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        ctx.contentType("text/html; charset=utf-8").result(HtmlRenderer.html(new BriefingBuilder(a, library, null,
                List.of(), new SimulationOptions(2000, 1, 2), 0).withRecord(record).build()));
    }

    /** The library's actors with their people. */
    void actors(Context ctx) {
        cached(ctx, "actors", () -> {
            ArrayNode list = MAPPER.createArrayNode();
            library.actors().all().forEach(a -> {
                ObjectNode node = list.addObject().put("code", a.code()).put("name", a.name())
                        .put("kind", Labels.kebab(a.kind()));
                ArrayNode people = node.putArray("people");
                a.people().forEach(p -> people.addObject().put("name", p.name()).put("role", p.role())
                        .put("from", p.from()).put("to", p.to()));
            });
            return list;
        });
    }
}
