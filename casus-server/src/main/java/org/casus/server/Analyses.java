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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.casus.CasusException;
import org.casus.activation.Crisis;
import org.casus.activation.CrisisPower;
import org.casus.brief.Briefing;
import org.casus.brief.BriefingBuilder;
import org.casus.brief.BriefingFormat;
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
import org.casus.model.Council;
import org.casus.model.DecisionRule;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.record.store.RecordStore;
import org.casus.report.CheckJson;
import org.casus.report.PowerReport;
import org.casus.report.ProvisionsText;
import org.casus.report.RobustnessReport;
import org.casus.robustness.Robustness;
import org.casus.sim.SimulationOptions;

/**
 * The library and what is computed from it at once: the arrangements with their findings, the
 * check of posted YAML, voting power (of arrangements and of councils), robustness, the briefing,
 * the actors. Analyses of library
 * arrangements are cached as JSON text: they are pure functions of the library, which does not
 * change while serving.
 */
final class Analyses {
    /** Arrangements a briefing may compare with, and the runs of its simulation: it is computed while the caller waits. */
    private static final int MAX_ALTERNATIVES = 5;
    private static final int BRIEF_RUNS = 2000;
    private static final int MAX_BRIEF_RUNS = 10_000;

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
        Arrangement a = posted(ctx);
        ctx.json(CheckJson.findings("posted.yaml", a.id(), Linter.check(a, library)));
    }

    /**
     * An arrangement of one's own, posted as YAML (the workbench's editor, or an uploaded file), read
     * against the library as {@code casus check FILE} reads it; its analyses are not cached.
     */
    private Arrangement posted(Context ctx) {
        return read("posted.yaml", ctx.body(), library);
    }

    /** An arrangement's text (YAML or JSON) read against the library; {@code name} names it in errors. */
    static Arrangement read(String name, String text, Library library) {
        return ArrangementReader.read(TreeReader.read(name, text, false), null, library.actors(),
                library.councils().keySet());
    }

    /** The decision rule's voting power, with {@code ?against=ACTOR} as that actor and its allies vote no. */
    void power(Context ctx) {
        power(ctx, arrangementOf(ctx), true);
    }

    /** {@link #power(Context)} of a posted arrangement. */
    void postedPower(Context ctx) {
        power(ctx, posted(ctx), false);
    }

    private void power(Context ctx, Arrangement a, boolean cache) {
        if (a.decision().rule() == null) {
            throw new CasusException(a.id() + " has no collective decision rule: each guarantor decides alone");
        }
        DecisionRule rule = a.decision().rule();
        String aggressor = voterAgainst(ctx, rule, "the rule of " + a.id());
        Supplier<JsonNode> compute = () -> powerJson(a.id(), rule, aggressor == null ? null
                : CrisisPower.of(a, List.of(aggressor), Set.of(), rule));
        if (cache) {
            cached(ctx, "power:" + a.id() + ":" + aggressor, compute);
        } else {
            ctx.json(compute.get());
        }
    }

    /** The library's councils, the standing bodies arrangements delegate to, with their rules. */
    void councils(Context ctx) {
        cached(ctx, "councils", () -> {
            ArrayNode list = MAPPER.createArrayNode();
            library.councils().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(c -> {
                ObjectNode node = list.addObject().put("id", c.id()).put("title", c.title())
                        .put("rule", c.rule().describe()).put("notes", c.notes());
                c.members().forEach(node.putArray("members")::add);
            });
            return list;
        });
    }

    /**
     * A council's voting power, as {@code casus power COUNCIL}; with {@code ?against=ACTOR} that member
     * votes no and is a party to the dispute, as {@code casus power COUNCIL --against ACTOR}.
     */
    void councilPower(Context ctx) {
        Council council = library.councils().get(ctx.pathParam("id"));
        if (council == null) {
            throw new Denied(HttpStatus.NOT_FOUND, "no council '" + ctx.pathParam("id") + "' in the library; the "
                    + "councils are " + String.join(", ", library.councils().keySet().stream().sorted().toList()));
        }
        DecisionRule rule = council.rule();
        String aggressor = voterAgainst(ctx, rule, council.id());
        cached(ctx, "council-power:" + council.id() + ":" + aggressor, () -> powerJson(council.id(), rule,
                aggressor == null ? null : CrisisPower.of(council.id(), rule, Crisis.inBody(List.of(aggressor), Set.of()),
                        Set.of())));
    }

    /** The {@code ?against=ACTOR} of a power request, null when absent; a user error when it has no vote in {@code rule}. */
    private static String voterAgainst(Context ctx, DecisionRule rule, String body) {
        String aggressor = ctx.queryParam("against");
        if (aggressor != null && !rule.voters().contains(aggressor)) {
            throw new CasusException("against: " + aggressor + " has no vote in " + body);
        }
        return aggressor;
    }

    /** The default indices of {@code rule}, or of its game in {@code power} (a crisis) when not null. */
    private static ObjectNode powerJson(String id, DecisionRule rule, CrisisPower power) {
        Set<PowerIndex> all = Set.of(PowerIndex.values());
        Game game = power == null ? Games.fromRule(id, rule, Set.of(), Set.of(), Set.of()) : power.shown();
        PowerAnalysis.Analysis analysis = PowerAnalysis.analyseDefaults(game, Optional.empty(), 200_000, 1);
        ObjectNode json = new PowerReport(analysis.result(), all, 10, false).json(id, rule.describe(),
                analysis.reason(), power == null ? null : power.verdict());
        rule.voters().forEach(json.putArray("voters")::add);
        return json;
    }

    void robustness(Context ctx) {
        Arrangement a = arrangementOf(ctx);
        cached(ctx, "robustness:" + a.id(), () -> robustnessJson(a));
    }

    /** {@link #robustness(Context)} of a posted arrangement. */
    void postedRobustness(Context ctx) {
        ctx.json(robustnessJson(posted(ctx)));
    }

    private JsonNode robustnessJson(Arrangement a) {
        return RobustnessReport.json(a.id(), Robustness.analyse(a, library, List.of()));
    }

    /**
     * The briefing, as {@code casus brief}: {@code ?scenario=ID} adds the crisis simulation,
     * {@code against=ID,ID} the arrangements to compare with (in that scenario), {@code runs} its
     * runs, {@code format=html|md|pdf} the file (Markdown names its charts by caption). Not cached,
     * since it quotes the record, which changes.
     */
    void brief(Context ctx) {
        brief(ctx, arrangementOf(ctx));
    }

    /** {@link #brief(Context)} of a posted arrangement. */
    void postedBrief(Context ctx) {
        brief(ctx, posted(ctx));
    }

    private void brief(Context ctx, Arrangement a) {
        BriefingFormat format = BriefingFormat.named(ctx.queryParam("format") == null ? "html" : ctx.queryParam("format"));
        String scenarioId = ctx.queryParam("scenario");
        Scenario scenario = null;
        if (scenarioId != null && !scenarioId.isBlank()) {
            scenario = library.scenarios().get(scenarioId);
            if (scenario == null) {
                throw new CasusException("scenario: no scenario '" + scenarioId + "' in the library");
            }
        }
        List<Arrangement> alternatives = new ArrayList<>();
        for (String listed : ctx.queryParams("against")) {
            for (String other : listed.split(",")) {
                if (other.isBlank()) {
                    continue;
                }
                Arrangement alternative = library.arrangements().get(other.strip());
                if (alternative == null) {
                    throw new CasusException("against: no arrangement '" + other.strip() + "' in the library");
                }
                if (!alternative.id().equals(a.id()) && !alternatives.contains(alternative)) {
                    alternatives.add(alternative);
                }
            }
        }
        if (!alternatives.isEmpty() && scenario == null) {
            throw new CasusException("against: arrangements are compared in a crisis; name the scenario too");
        }
        if (alternatives.size() > MAX_ALTERNATIVES) {
            throw new CasusException("against: at most " + MAX_ALTERNATIVES + " arrangements, got " + alternatives.size());
        }
        int runs = runs(ctx.queryParam("runs"));
        Briefing briefing = new BriefingBuilder(a, library, scenario, alternatives, new SimulationOptions(runs, 1, 2), 0)
                .withRecord(record).build();
        ctx.header("Content-Disposition", "attachment; filename=\"" + a.id() + "-briefing." + format + "\"");
        ctx.contentType(format.mediaType()).result(format.render(briefing));
    }

    private static int runs(String text) {
        if (text == null || text.isBlank()) {
            return BRIEF_RUNS;
        }
        try {
            int runs = Integer.parseInt(text.strip());
            if (runs >= 1 && runs <= MAX_BRIEF_RUNS) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new CasusException("runs: expected a whole number from 1 to " + MAX_BRIEF_RUNS + ", got '" + text + "'");
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
