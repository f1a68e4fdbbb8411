package org.casus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code casus power TARGET}: power indices of a decision rule. TARGET is an arrangement or council
 * file, a library id, or a weighted game in the benchmark format ({@code NAME.weights} beside
 * {@code NAME.quota}).
 */
@Command(name = "power", mixinStandardHelpOptions = true,
        description = "Voting power in a decision rule: Shapley-Shubik, Banzhaf, Holler, Deegan-Packel, Johnston, "
                + "Coleman; veto players, dummies, minimal winning and blocking coalitions.")
final class PowerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TARGET",
            description = "An arrangement or council file, a library id, or a NAME.weights file (quota in NAME.quota).")
    String target;

    @Option(names = "--rule", paramLabel = "PATH", description = "The part of the rule to analyse, as decision.rule.all-of[1].")
    String rulePath;

    @Option(names = "--indices", split = ",", paramLabel = "LIST",
            description = "Indices to show: ss, bz, bz-abs, bz-raw, holler, dp, johnston, coleman-prevent, "
                    + "coleman-initiate (default: all that finish quickly; on a large weighted game those by "
                    + "coalition size, ss, holler, dp and johnston, are left out, with the estimate, unless named).")
    List<String> indices;

    @Option(names = "--exclude", split = ",", paramLabel = "A", description = "Actors that do not vote.")
    Set<String> exclude = new HashSet<>();

    @Option(names = "--against", split = ",", paramLabel = "A",
            description = "The aggressor (the first) and others on its side: they vote no, the aggressor's declared "
                    + "allies with them, and the aggressor and the state it attacks are the parties to the dispute.")
    List<String> against = new ArrayList<>();

    @Option(names = "--method", paramLabel = "M",
            description = "Force a method: enumeration, generating-functions, formal-power-series, bdd or monte-carlo.")
    String method;

    @Option(names = "--explain", description = "Say which method was chosen and why.")
    boolean explain;

    @Option(names = "--exact", description = "Print exact values as fractions.")
    boolean exact;

    @Option(names = "--digits", defaultValue = "10", paramLabel = "D", description = "Decimals shown (default ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--samples", defaultValue = "200000", paramLabel = "N", description = "Monte-Carlo samples (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Monte-Carlo seed (default ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Write JSON.")
        boolean json;

        @Option(names = "--csv", description = "Write CSV, one row per actor.")
        boolean csv;
    }

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    /** The rule to analyse, with a title and the arrangement it belongs to (null for a council). */
    private record Subject(String title, DecisionRule rule, Arrangement arrangement, Game prebuilt) {
    }

    @Override
    public Integer call() {
        Set<PowerIndex> wanted = wantedIndices();
        Subject subject = subject();
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
        if (method == null) {
            PowerAnalysis.estimate(game, indices == null ? PowerAnalysis.defaults(game).indices() : wanted)
                    .ifPresent(e -> {
                        spec.commandLine().getErr().println("casus: computing exactly, " + e + " on this project's "
                                + "2-core machine; Ctrl-C stops it");
                        spec.commandLine().getErr().flush();
                    });
        }
        PowerAnalysis.Analysis analysis;
        try {
            analysis = indices == null
                    ? PowerAnalysis.analyseDefaults(game, Optional.ofNullable(method), samples, seed, progress)
                    : PowerAnalysis.analyse(game, Optional.ofNullable(method), wanted, samples, seed, progress);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        bar.finish();
        PowerReport report = new PowerReport(analysis.result(), wanted, digits, exact);
        String reason = explain ? analysis.reason() : null;
        var out = spec.commandLine().getOut();
        if (format.json) {
            out.println(Json.write(report.json(subject.title(), ruleText, analysis.reason(), notice)));
        } else if (format.csv) {
            out.print(report.csv());
        } else {
            out.print(report.text(subject.title(), ruleText, reason, notice));
        }
        out.flush();
        return 0;
    }

    private Set<PowerIndex> wantedIndices() {
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

    private Subject subject() {
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
