package org.casus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;
import org.casus.CasusException;
import org.casus.activation.Crisis;
import org.casus.activation.CrisisPower;
import org.casus.format.CouncilReader;
import org.casus.format.LibraryLoader;
import org.casus.format.Node;
import org.casus.format.Suggestions;
import org.casus.format.TreeReader;
import org.casus.format.WeightsReader;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.games.PowerResult;
import org.casus.games.RulePath;
import org.casus.model.ActorRegistry;
import org.casus.model.Arrangement;
import org.casus.model.Council;
import org.casus.model.Labels;
import org.casus.model.DecisionRule;
import org.casus.model.Library;
import org.casus.report.Json;
import org.casus.report.PowerReport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code casus power TARGET}: power indices of a decision rule. TARGET is an arrangement or council
 * file, a library id, or a weighted game in the benchmark format ({@code NAME.weights} beside
 * {@code NAME.quota}).
 */
final class PowerCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.named(CommandSpec.wrapWithoutInspection(this), "power",
                    "Voting power in a decision rule: Shapley-Shubik, Banzhaf, Holler, Deegan-Packel, Johnston, "
                            + "Coleman; veto players, dummies, minimal winning and blocking coalitions.")
            .addPositional(PositionalParamSpec.builder().required(true).paramLabel("TARGET").type(String.class).description(
                    "An arrangement or council file, a library id, or a NAME.weights file (quota in NAME.quota).")
                    .build())
            .addOption(CommandSpecs.option("--rule", "PATH", String.class,
                    "The part of the rule to analyse, as decision.rule.all-of[1].").build())
            .addOption(CommandSpecs.list("--indices", "LIST", List.class, "Indices to show: ss, bz, bz-abs, bz-raw, "
                    + "holler, dp, johnston, coleman-prevent, coleman-initiate (default: all that finish quickly; on a "
                    + "large weighted game those by coalition size, ss, holler, dp and johnston, are left out, with the "
                    + "estimate, unless named)."))
            .addOption(CommandSpecs.list("--exclude", "A", Set.class, "Actors that do not vote."))
            .addOption(CommandSpecs.list("--against", "A", List.class, "The aggressor (the first) and others on its "
                    + "side: they vote no, the aggressor's declared allies with them, and the aggressor and the state it "
                    + "attacks are the parties to the dispute."))
            .addOption(CommandSpecs.option("--method", "M", String.class,
                    "Force a method: enumeration, generating-functions, formal-power-series, bdd or monte-carlo.").build())
            .addOption(CommandSpecs.flag("--explain", "Say which method was chosen and why."))
            .addOption(CommandSpecs.flag("--exact", "Print exact values as fractions."))
            .addOption(CommandSpecs.option("--digits", "D", int.class, "Decimals shown (default ${DEFAULT-VALUE}).")
                    .defaultValue("10").build())
            .addOption(CommandSpecs.option("--samples", "N", int.class,
                    "Monte-Carlo samples (default ${DEFAULT-VALUE}).").defaultValue("200000").build())
            .addOption(CommandSpecs.option("--seed", "S", long.class, "Monte-Carlo seed (default ${DEFAULT-VALUE}).")
                    .defaultValue("1").build())
            .addArgGroup(OutputFormat.group())
            .addOption(LibraryOption.option());

    /** The command, declared in code ({@link CommandSpecs}). */
    CommandSpec spec() {
        return spec;
    }

    /** The rule to analyse, with a title and the arrangement it belongs to (null for a council). */
    private record Subject(String title, DecisionRule rule, Arrangement arrangement, Game prebuilt) {
    }

    @Override
    public Integer call() {
        LibraryOption library = LibraryOption.of(spec);
        String rulePath = CommandSpecs.value(spec, "--rule");
        List<String> indices = CommandSpecs.value(spec, "--indices");
        Set<String> exclude = Objects.requireNonNullElse(CommandSpecs.value(spec, "--exclude"), Set.of());
        List<String> against = Objects.requireNonNullElse(CommandSpecs.value(spec, "--against"), List.of());
        String method = CommandSpecs.value(spec, "--method");
        int samples = CommandSpecs.value(spec, "--samples");
        long seed = CommandSpecs.value(spec, "--seed");
        Set<PowerIndex> wanted = wantedIndices(indices);
        Subject subject = subject(spec.positionalParameters().get(0).getValue(), library);
        Game game;
        String ruleText;
        String notice = null;
        if (subject.prebuilt() != null) {
            if (!exclude.isEmpty() || !against.isEmpty() || rulePath != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--exclude, --against and --rule apply to decision rules, not to a weights file");
            }
            game = subject.prebuilt();
            ruleText = "weighted game of " + game.size() + " players";
        } else {
            DecisionRule rule = rulePath == null ? subject.rule() : RulePath.select(subject.rule(), rulePath);
            for (String actor : union(exclude, against)) {
                if (!rule.voters().contains(actor)) {
                    ActorRegistry actors = library.context().actors();
                    throw new CommandLine.ParameterException(spec.commandLine(), actors.contains(actor)
                            ? actor + " has no vote in the rule " + rule.describe()
                            : Suggestions.unknownActor(actor, actors));
                }
            }
            if (against.isEmpty()) {
                game = Games.fromRule(subject.title(), rule, exclude, Set.of(), Set.of());
            } else {
                CrisisPower power = subject.arrangement() == null
                        ? CrisisPower.of(subject.title(), rule, Crisis.inBody(against, Set.of()), exclude)
                        : CrisisPower.of(subject.arrangement(), against, exclude, rule);
                game = power.shown();
                notice = power.verdict();
                against = List.copyOf(power.crisis().side().stream().filter(rule.voters()::contains).toList());
            }
            ruleText = rule.describe() + (against.isEmpty() ? "" : "; voting no: " + String.join(", ", against))
                    + (exclude.isEmpty() ? "" : "; not voting: " + String.join(", ", exclude));
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
        DoubleConsumer progress = share -> bar.show("exact tables", Math.round(100 * share), 100,
                Math.round(100 * share) + "%");
        PowerAnalysis.estimate(game, indices == null ? PowerAnalysis.defaults(game).indices() : wanted,
                Optional.ofNullable(method)).ifPresent(e -> {
                    spec.commandLine().getErr().println("casus: computing exactly, " + e + " on this project's "
                            + "2-core machine; Ctrl-C stops it");
                    spec.commandLine().getErr().flush();
                });
        PowerAnalysis.Analysis analysis;
        try {
            analysis = indices == null
                    ? PowerAnalysis.analyseDefaults(game, Optional.ofNullable(method), samples, seed, progress)
                    : PowerAnalysis.analyse(game, Optional.ofNullable(method), wanted, samples, seed, progress);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        bar.finish();
        PowerReport report = new PowerReport(analysis.result(), wanted, CommandSpecs.value(spec, "--digits"),
                CommandSpecs.given(spec, "--exact"));
        String reason = CommandSpecs.given(spec, "--explain") ? analysis.reason() : null;
        var out = spec.commandLine().getOut();
        if (CommandSpecs.given(spec, "--json")) {
            out.println(Json.write(report.json(subject.title(), ruleText, analysis.reason(), notice)));
        } else if (CommandSpecs.given(spec, "--csv")) {
            out.print(report.csv());
        } else {
            out.print(report.text(subject.title(), ruleText, reason, notice));
        }
        out.flush();
        return 0;
    }

    private Set<PowerIndex> wantedIndices(List<String> indices) {
        if (indices == null) {
            return EnumSet.allOf(PowerIndex.class);
        }
        Set<PowerIndex> wanted = EnumSet.noneOf(PowerIndex.class);
        for (String name : indices) {
            wanted.add(PowerIndex.byShortName(name.strip()).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown index '" + name + "'; expected ss, bz, bz-abs, bz-raw, holler, dp, "
                            + "johnston, coleman-prevent or coleman-initiate")));
        }
        return wanted;
    }

    private static Subject subject(String target, LibraryOption library) {
        Path path = Path.of(target);
        if (Files.isRegularFile(path) && target.endsWith(".weights")) {
            return new Subject(path.getFileName().toString(), null, null, WeightsReader.read(path));
        }
        if (Files.isRegularFile(path)) {
            Library context = library.context();
            Node tree = TreeReader.read(path);
            if (tree instanceof Node.MapNode map && map.entries().containsKey("members")) {
                return council(CouncilReader.read(path, context.actors()));
            }
            return arrangement(LibraryLoader.readArrangement(path, context));
        }
        Library context = library.context();
        if (context.councils().containsKey(target)) {
            return council(context.councils().get(target));
        }
        Library lib = library.load();
        if (lib.arrangements().containsKey(target)) {
            return arrangement(lib.arrangements().get(target));
        }
        throw new CasusException(target + ": no such file, council or arrangement in the library");
    }

    private static Subject council(Council council) {
        return new Subject(council.id() + ": " + council.title(), council.rule(), null, null);
    }

    private static Subject arrangement(Arrangement arrangement) {
        if (arrangement.decision().rule() == null) {
            throw new CasusException(arrangement.id() + " has no collective decision rule (procedure "
                    + Labels.kebab(arrangement.decision().procedure())
                    + "): there is no vote whose power could be measured");
        }
        return new Subject(arrangement.id() + ": " + arrangement.title(), arrangement.decision().rule(), arrangement,
                null);
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
