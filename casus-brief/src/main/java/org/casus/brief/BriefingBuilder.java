package org.casus.brief;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.Version;
import org.casus.activation.CrisisPower;
import org.casus.activation.PotentialAggressors;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.games.PowerResult;
import org.casus.design.Assessment;
import org.casus.design.Design;
import org.casus.design.DesignRequest;
import org.casus.design.DesignResult;
import org.casus.design.FrontSimulation;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.model.Arrangement;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.record.Question;
import org.casus.record.analysis.AgreementSpace;
import org.casus.record.analysis.Contradiction;
import org.casus.record.analysis.Contradictions;
import org.casus.record.analysis.Position;
import org.casus.record.analysis.Positions;
import org.casus.record.analysis.Values;
import org.casus.record.store.RecordStore;
import org.casus.report.Charts;
import org.casus.report.DesignReport;
import org.casus.report.ProvisionsText;
import org.casus.report.SimulationReport;
import org.casus.robustness.AggressorCase;
import org.casus.robustness.Robustness;
import org.casus.sim.Baseline;
import org.casus.sim.Comparison;
import org.casus.sim.Proportion;
import org.casus.sim.SimulationOptions;
import org.casus.sim.SimulationResult;
import org.casus.sim.Verdict;

/**
 * Gathers every analysis of one arrangement into a {@link Briefing}: the verdict in three
 * sentences, the questions to ask, the provisions as encoded, power, robustness and the crisis
 * simulation against the alternatives. Every figure carries the line saying how it was computed.
 */
public final class BriefingBuilder {
    private static final int TORNADO_BARS = 10;

    private final Arrangement arrangement;
    private final Library library;
    private final Scenario scenario;
    private final List<Arrangement> alternatives;
    private final SimulationOptions options;
    private final int sensitivityRuns;
    private RecordStore record;
    private DesignRequest offers;

    /**
     * @param scenario        the crisis to simulate, or null for no simulation section
     * @param alternatives    arrangements to compare with; the baseline is always added
     * @param sensitivityRuns runs per cell of the tornado
     */
    public BriefingBuilder(Arrangement arrangement, Library library, Scenario scenario, List<Arrangement> alternatives,
                           SimulationOptions options, int sensitivityRuns) {
        this.arrangement = arrangement;
        this.library = library;
        this.scenario = scenario;
        List<Arrangement> others = new ArrayList<>(alternatives);
        others.removeIf(a -> a.id().equals(arrangement.id()));
        this.alternatives = List.copyOf(others);
        this.options = options;
        this.sensitivityRuns = sensitivityRuns;
    }

    /** Adds the section from the negotiation record in {@code store}, limited to this arrangement. */
    public BriefingBuilder withRecord(RecordStore store) {
        this.record = store;
        return this;
    }

    /** Adds the section "What to offer instead": the counter-proposals {@code request} finds. */
    public BriefingBuilder withOffers(DesignRequest request) {
        this.offers = request;
        return this;
    }

    public Briefing build() {
        List<Finding> findings = Linter.check(arrangement, library);
        List<AggressorCase> robustness = Robustness.analyse(arrangement, library, List.of());
        Comparison comparison = scenario == null ? null : compare();
        List<SimulationResult> results = comparison == null ? List.of() : comparison.results();
        List<Verdict> verdicts = comparison == null ? List.of() : comparison.verdicts();
        List<Section> sections = new ArrayList<>();
        sections.add(verdict(findings, robustness, verdicts));
        sections.add(questions(findings));
        sections.add(provisions());
        sections.add(power());
        sections.add(robustness(robustness));
        sections.add(simulation(comparison));
        if (offers != null) {
            sections.add(offers());
        }
        sections.add(record());
        String subtitle = "Briefing on " + arrangement.id() + " (" + Labels.kebab(arrangement.status()) + ")"
                + (scenario == null ? "" : ", scenario " + scenario.id());
        return new Briefing(arrangement.title(), subtitle, sections, "Casus " + Version.get() + ", "
                + LocalDate.now(ZoneOffset.UTC) + ". Every figure states how it was computed; the provisions cite "
                + "the texts they encode.");
    }

    /** The briefed arrangement first, then the alternatives and the baseline; a tornado only when asked for. */
    private Comparison compare() {
        List<Arrangement> all = new ArrayList<>();
        all.add(arrangement);
        all.addAll(alternatives);
        return Comparison.run(all, scenario, library, options, sensitivityRuns, (id, done, runs) -> { });
    }

    private Section verdict(List<Finding> findings, List<AggressorCase> robustness, List<Verdict> verdicts) {
        List<Block> blocks = new ArrayList<>();
        List<String> blocked = robustness.stream().filter(c -> !c.activates()).map(AggressorCase::aggressor).toList();
        String activation;
        if (robustness.isEmpty()) {
            activation = "No potential aggressor is named in the arrangement.";
        } else if (blocked.isEmpty()) {
            activation = "It can activate against every potential aggressor examined ("
                    + String.join(", ", robustness.stream().map(AggressorCase::aggressor).toList()) + ").";
        } else {
            activation = "It cannot activate against " + names(blocked) + ": "
                    + String.join("; ", robustness.stream().filter(c -> !c.activates())
                            .map(c -> (blocked.size() > 1 ? c.aggressor() + ": " : "") + c.note()).toList()) + ".";
        }
        blocks.add(new Block.Paragraph(activation, true));
        if (verdicts.isEmpty()) {
            blocks.add(new Block.Paragraph("No crisis scenario was given, so it is not compared with having no "
                    + "arrangement (run with --scenario).", true));
        } else {
            Verdict v = verdicts.get(0);
            blocks.add(new Block.Paragraph(String.format(Locale.ROOT, "Against no arrangement in scenario %s it is "
                            + "%s: decisive aid by day %d changes by %s.", scenario.id(),
                    v.word().toUpperCase(Locale.ROOT), v.day(), v.inPoints()), true));
        }
        blocks.add(new Block.Paragraph(findings.isEmpty() ? "No clarification question was found."
                : "The question that matters most: " + findings.get(0).question(), true));
        return new Section("The verdict", blocks);
    }

    private static final List<PowerIndex> SHOWN_INDICES = List.of(PowerIndex.SHAPLEY_SHUBIK,
            PowerIndex.BANZHAF_NORMALIZED, PowerIndex.HOLLER);

    private PowerAnalysis.Analysis powerOf(Game game) {
        return PowerAnalysis.analyse(game, Optional.empty(), Set.copyOf(SHOWN_INDICES), 200_000, options.seed());
    }

    /** One row per player of the game, the indices the briefing shows. */
    private static Block.Table powerTable(PowerResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < result.game().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(result.game().players().get(i));
            for (PowerIndex index : SHOWN_INDICES) {
                row.add(result.values().containsKey(index) ? result.values().get(index).get(i).format(4, false) : "-");
            }
            rows.add(row);
        }
        return new Block.Table(List.of("actor", "Shapley-Shubik", "Banzhaf", "Holler"), rows);
    }

    private String names(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> library.actors().nameOf(c) + " (" + c + ")").toList());
    }

    private Section questions(List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Finding f : findings) {
            rows.add(List.of(Integer.toString(rank++), f.severity().name().toLowerCase(Locale.ROOT), f.question(),
                    f.message() + (f.uncertain() == null ? "" : " UNCERTAIN (the clause as encoded): "
                            + f.uncertain().strip()), f.clause() + (f.actors().isEmpty() ? "" : " [" + String.join(", ", f.actors()) + "]"),
                    String.join(", ", f.sources())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(rows.isEmpty() ? new Block.Paragraph("None.", false)
                : new Block.Table(List.of("#", "severity", "question", "why", "clause", "sources"), rows));
        blocks.add(new Block.Method("Found by casus check (rules in docs/method-check.md); a veto trap is found by "
                + "evaluating the decision rule with the aggressor and its allies voting no, never by matching words."));
        return new Section("Clarification questions, by severity", blocks);
    }

    private Section provisions() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Preformatted(ProvisionsText.render(arrangement)));
        return new Section("The provisions as encoded, with their sources", blocks);
    }

    private Section power() {
        List<Block> blocks = new ArrayList<>();
        if (arrangement.decision().rule() == null) {
            blocks.add(new Block.Paragraph("There is no collective decision rule (procedure "
                    + Labels.kebab(arrangement.decision().procedure()) + "): each guarantor decides its own response, "
                    + "so there is no vote whose power could be measured.", false));
            return new Section("Who holds power", blocks);
        }
        Game game = Games.fromRule(arrangement.id(), arrangement.decision().rule(), Set.of(), Set.of(), Set.of());
        PowerAnalysis.Analysis analysis = powerOf(game);
        PowerResult result = analysis.result();
        blocks.add(new Block.Paragraph("Rule: " + arrangement.decision().rule().describe() + ".", false));
        blocks.add(new Block.Paragraph("When nobody voting is the aggressor:", false));
        blocks.add(powerTable(result));
        blocks.add(new Block.Paragraph("Veto players: " + (result.vetoPlayers().isEmpty() ? "none"
                : String.join(", ", result.vetoPlayers())) + ". Dummies: " + (result.dummies().isEmpty() ? "none"
                : String.join(", ", result.dummies())) + ".", false));
        for (String aggressor : PotentialAggressors.of(arrangement, library.actors())) {
            if (!arrangement.decision().rule().voters().contains(aggressor)) {
                continue;
            }
            CrisisPower crisis = CrisisPower.of(arrangement, List.of(aggressor), Set.of(), arrangement.decision().rule());
            if (crisis.verdict() != null) {
                blocks.add(new Block.Paragraph("Against " + names(List.of(aggressor)) + ": " + crisis.verdict()
                        + " (casus power --against " + aggressor + ")", true));
            }
            if (arrangement.parties().threats().contains(aggressor)) {
                blocks.add(new Block.Paragraph("When " + names(List.of(aggressor)) + " is the aggressor, its side voting "
                        + "no, the power of the others:", false));
                blocks.add(powerTable(powerOf(crisis.shown()).result()));
            }
        }
        blocks.add(new Block.Method("casus power, method " + result.method() + (result.estimate() ? " (estimates)"
                : " (exact)") + ": " + analysis.reason() + "."));
        return new Section("Who holds power", blocks);
    }

    private Section robustness(List<AggressorCase> cases) {
        List<List<String>> rows = new ArrayList<>();
        for (AggressorCase c : cases) {
            rows.add(List.of(c.aggressor(), c.target() == null ? "-" : c.target(), c.activates() ? "yes" : "NO", c.path(),
                    c.coalitionCount() == null ? "?" : c.coalitionCount().toString(),
                    c.indispensable().isEmpty() ? "-" : String.join(", ", c.indispensable()),
                    String.join(", ", c.side()), c.carveOuts().isEmpty() ? "-" : String.join("; ", c.carveOuts())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(rows.isEmpty() ? new Block.Paragraph("No potential aggressor named.", false)
                : new Block.Table(List.of("aggressor", "attacks", "activates", "path", "minimal coalitions",
                        "indispensable", "its side", "carve-outs"), rows));
        blocks.add(new Block.Method("casus robustness: the activation kernel (docs/method-check.md) for an armed attack "
                + "by each potential aggressor, its declared allies with it: is the attack covered, which path the "
                + "arrangement offers, the rule voted with the aggressor's side against, abstention modifiers "
                + "applied; minimal coalitions enumerated exactly."));
        return new Section("Robustness per potential aggressor", blocks);
    }

    private static final int OFFERS = 3;

    private Section offers() {
        DesignResult result = Design.search(offers, library, (done, total) -> { });
        Map<String, Verdict> verdicts = scenario == null ? Map.of()
                : FrontSimulation.verdicts(result, OFFERS, scenario, library, options);
        List<Block> blocks = new ArrayList<>();
        if (result.front().isEmpty()) {
            blocks.add(new Block.Paragraph("No guarantor set and rule searched activates against every aggressor.", true));
        } else if (result.satisfiesAll()) {
            blocks.add(new Block.Paragraph("These proposals meet every red line and activate against every aggressor.",
                    true));
        } else {
            blocks.add(new Block.Paragraph("No rule satisfies every red line. " + String.join(" ", result.relaxations()
                    .values().stream().map(r -> library.actors().nameOf(r.side()) + (r.steps() == null
                            ? " alone cannot open a front." : " alone would have to give up " + r.steps()
                                    + (r.steps() == 1 ? " step" : " steps") + " of standing.")).toList()), true));
        }
        List<String> lines = result.request().redLines().stream().map(org.casus.design.RedLine::describe).toList();
        if (!lines.isEmpty()) {
            blocks.add(new Block.Items(lines));
        }
        List<List<String>> rows = new ArrayList<>();
        List<DesignResult.Offer> front = result.offers();
        for (int i = 0; i < Math.min(OFFERS, front.size()); i++) {
            Assessment a = front.get(i).proposal();
            Verdict v = verdicts.get(a.arrangement().id());
            rows.add(List.of(Integer.toString(i + 1), a.proposal().describe(),
                    String.join(" ", DesignReport.changes(result.baseStandings(), a.standings(), library.actors())),
                    DesignReport.strength(a, library.actors()),
                    a.shortfalls().isEmpty() ? "-" : String.join(", ", a.shortfalls().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList()),
                    v == null ? "-" : v.word() + String.format(Locale.ROOT, " (%+.1f points)", 100 * v.difference())));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(List.of("offer", "rule", "what changes", "how hard to block",
                    "steps given up", "decisive aid vs none"), rows));
        }
        blocks.add(new Block.Method(String.format(Locale.ROOT, "casus design (docs/method-design.md): %,d proposals "
                + "searched (guarantor sets, unanimity, k of n, veto holders, every weighted game up to six "
                + "guarantors), %,d activating against every aggressor by the activation kernel; Pareto front over "
                + "each side's shortfall from its red lines, the refusals needed to block and the power moved%s.",
                result.examined(), result.activating(), scenario == null ? ""
                        : "; simulated with the scenario's seed against no arrangement")));
        return new Section("What to offer instead", blocks);
    }

    private Section simulation(Comparison comparison) {
        List<Block> blocks = new ArrayList<>();
        if (comparison == null) {
            blocks.add(new Block.Paragraph("Not simulated: no scenario was given.", false));
            return new Section("Crisis simulation", blocks);
        }
        List<SimulationResult> results = comparison.results();
        List<List<String>> rows = new ArrayList<>();
        for (SimulationResult r : results) {
            Verdict v = comparison.verdicts().stream().filter(x -> x.arrangement().equals(r.arrangement())).findFirst().orElse(null);
            rows.add(List.of(r.arrangement(), percent(r.activation()), percent(r.decisiveAid(r.verdictDay())),
                    days(r.timeToAid(0.5)), v == null ? "baseline" : v.word(), v == null ? "-"
                            : String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", 100 * v.difference(), 100 * v.low(),
                                    100 * v.high())));
        }
        blocks.add(new Block.Table(List.of("arrangement", "activates", "decisive aid by day " + scenario.verdictDay(),
                "median time to first aid", "verdict", "difference in decisive aid, percentage points [95% interval]"),
                rows));
        blocks.add(new Block.Chart(Charts.svg(Charts.aidCurves(results, true)),
                "Probability of decisive aid by day, with 95% bands."));
        blocks.add(new Block.Chart(Charts.svg(Charts.aidCurves(results, false)),
                "Probability of any aid by day, with 95% bands."));
        for (Comparison.Tornado tornado : comparison.tornadoes()) {
            if (tornado.arrangement().equals(arrangement.id())) {
                blocks.add(new Block.Chart(Charts.svg(Charts.tornado(tornado, TORNADO_BARS)),
                        "The assumptions that move the verdict of " + tornado.arrangement() + " most, each set to its "
                                + "low and high value (" + sensitivityRuns + " paired runs per bar)."));
            }
            blocks.add(new Block.Paragraph("What moves the verdict of " + tornado.arrangement() + " most: "
                    + String.join("; ", tornado.bars().stream().limit(2).map(bar -> String.format(Locale.ROOT,
                            "%s (%s at %.2f, %s at %.2f)", bar.parameter(), bar.atLow().word(), bar.low(),
                            bar.atHigh().word(), bar.high())).toList()) + ".", false));
        }
        blocks.add(new Block.Items(SimulationReport.assumptions(scenario)));
        blocks.add(new Block.Method("casus simulate: Monte-Carlo, " + options.runs() + " runs, seed " + options.seed()
                + ", 95% Wilson intervals; verdicts from paired runs with common random numbers against the "
                + Baseline.ID + " baseline (docs/method-simulation.md)."));
        return new Section("Crisis simulation against the alternatives", blocks);
    }

    private Section record() {
        if (record == null) {
            return new Section("From the negotiation record", List.of(new Block.Paragraph("No negotiation record was "
                    + "given (run with --db, or keep one with casus record).", false)));
        }
        String prefix = arrangement.id() + ":";
        List<Position> positions = record.read(tx -> Positions.of(tx.statements(), tx.claims())).stream()
                .filter(p -> p.clauseKey().startsWith(prefix)).toList();
        List<Block> blocks = new ArrayList<>();
        List<List<String>> matrix = new ArrayList<>();
        Positions.matrix(positions).forEach((actor, clauses) -> clauses.forEach((clause, p) -> matrix.add(List.of(
                actor, clause.substring(prefix.length()), p.claim().modality().label(),
                Values.words(p.claim().value()), p.statement().saidOn().toString(),
                p.statement().cited() + (p.claim().confirmed() ? "" : " (unconfirmed)")))));
        blocks.add(matrix.isEmpty() ? new Block.Paragraph("No positions recorded on this arrangement.", false)
                : new Block.Table(List.of("actor", "clause", "position", "value", "date", "statement"), matrix));
        List<Contradiction> contradictions = Contradictions.find(positions);
        blocks.add(new Block.Paragraph(contradictions.isEmpty() ? "No contradictions or misreadings found."
                : "Contradictions and misreadings:", false));
        if (!contradictions.isEmpty()) {
            blocks.add(new Block.Items(contradictions.stream().map(c -> c.kind() + " on "
                    + c.clause().substring(prefix.length()) + ": " + c.explanation()).toList()));
        }
        List<Question> open = record.read(tx -> tx.questions()).stream()
                .filter(q -> q.arrangement().equals(arrangement.id()) && q.status().equals("open")).toList();
        blocks.add(new Block.Paragraph(open.size() + " open question(s)" + (open.isEmpty() ? "." : ":"), false));
        if (!open.isEmpty()) {
            blocks.add(new Block.Items(open.stream().map(q -> q.clause() + (q.addressedTo() == null ? ""
                    : " (to " + q.addressedTo() + ")") + ": " + q.text()).toList()));
        }
        List<List<String>> spaces = AgreementSpace.of(positions).stream().map(s -> List.of(
                s.clause().substring(prefix.length()), s.described(Values::words), s.verdict(Values::words))).toList();
        if (!spaces.isEmpty()) {
            blocks.add(new Block.Table(List.of("clause", "positions", "agreement space"), spaces));
        }
        blocks.add(new Block.Method("casus record, " + record.url() + ": latest position per actor and clause; "
                + "contradictions of five kinds (claimed agreement excluded, misreading, reversal, unconfirmed "
                + "agreement, divided side); unconfirmed statements are marked."));
        return new Section("From the negotiation record", blocks);
    }

    private static String percent(Proportion p) {
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * p.value(), 100 * p.low(), 100 * p.high());
    }

    private static String days(double day) {
        return Double.isInfinite(day) ? "never" : String.format(Locale.ROOT, "%.1f days", day);
    }
}
