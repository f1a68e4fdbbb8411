package org.casus.format;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.casus.model.ActorRegistry;
import org.casus.model.ActorSet;
import org.casus.model.Alignment;
import org.casus.model.Arrangement;
import org.casus.model.AtopCode;
import org.casus.model.Consent;
import org.casus.model.Dates;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decider;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Duration;
import org.casus.model.Exclusion;
import org.casus.model.ForceCap;
import org.casus.model.ForceCommitment;
import org.casus.model.Forfeiture;
import org.casus.model.Instrument;
import org.casus.model.Labels;
import org.casus.model.Neutrality;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;
import org.casus.model.OutsideBar;
import org.casus.model.OutsideHelp;
import org.casus.model.Parties;
import org.casus.model.Permission;
import org.casus.model.Procedure;
import org.casus.model.Restrictions;
import org.casus.model.Status;
import org.casus.model.TerritorialClause;
import org.casus.model.Trigger;
import org.casus.model.TriggerEvent;
import org.casus.model.TriggerQualifier;
import org.casus.model.Withdrawal;

/**
 * Reads an arrangement file (YAML or JSON, documented in {@code docs/format.md}) into an
 * {@link Arrangement}, checking actor codes against the registry, citations against the file's
 * sources, bodies against the known councils, and the fields against one another. Throws a
 * {@link FormatException} listing every problem.
 */
public final class ArrangementReader {
    private final DocumentContext context;
    private final Set<String> councils;

    private ArrangementReader(ActorRegistry actors, Set<String> councils) {
        this.context = new DocumentContext(actors);
        this.councils = councils;
    }

    /** Reads the arrangement in {@code file}; its {@code id} must match the file name. */
    public static Arrangement read(Path file, ActorRegistry actors, Set<String> councils) {
        return read(TreeReader.read(file), DocumentContext.stem(file), actors, councils);
    }

    /** Reads an arrangement from a parsed tree; {@code expectedId} may be null to skip the file-name check. */
    public static Arrangement read(Node root, String expectedId, ActorRegistry actors, Set<String> councils) {
        return new ArrangementReader(actors, councils).arrangement(root, expectedId);
    }

    private Arrangement arrangement(Node root, String expectedId) {
        Fields doc = context.document(root);
        String id = context.readId(doc, expectedId, "nato-1949");
        String title = doc.requiredText("title", "the arrangement's title");
        Status status = doc.get("status").isPresent() ? doc.choice("status", Status.class, null)
                : missing(doc, "status", "one of in-force, historical, draft, proposal, baseline");
        Instrument instrument = doc.choice("instrument", Instrument.class, Instrument.GUARANTEE);
        Dates dates = doc.nested("dates").map(this::dates).orElse(Dates.NONE);
        context.readSources(doc);
        Parties parties = doc.require("parties", "the protected states, guarantors, ...")
                .flatMap(n -> Fields.of(n, "parties", context.problems)).map(this::parties).orElse(null);
        if (parties != null) {
            defineBuiltInSets(parties);
        }
        context.readSets(doc);
        Trigger trigger = doc.nested("trigger").map(this::trigger).orElse(null);
        List<Obligation> obligations = doc.list("obligations", (node, path) -> obligation(node, path, trigger));
        Decision decision = doc.require("decision", "the decision procedure")
                .flatMap(n -> Fields.of(n, "decision", context.problems)).map(this::decision).orElse(null);
        Restrictions restrictions = doc.nested("restrictions").map(this::restrictions).orElse(Restrictions.NONE);
        List<Forfeiture> forfeitures = doc.list("forfeiture", this::forfeiture);
        List<TerritorialClause> territory = doc.list("territory", this::territorialClause);
        Duration duration = doc.nested("duration").map(this::duration).orElse(Duration.UNSPECIFIED);
        String notes = doc.text("notes");
        doc.finish();
        context.problems.throwIfAny();
        return new Arrangement(id, title, status, instrument, dates, context.sources, context.sets, parties, trigger,
                obligations, decision, restrictions, forfeitures, territory, duration, notes);
    }

    private static <T> T missing(Fields fields, String key, String expected) {
        fields.require(key, expected);
        return null;
    }

    private Dates dates(Fields f) {
        Dates dates = new Dates(f.date("proposed"), f.date("signed"), f.date("in-force"), f.date("ended"));
        f.finish();
        return dates;
    }

    private Parties parties(Fields f) {
        List<String> protectedStates = context.codes(f, "protected");
        f.require("protected", "the list of protected states").ifPresent(node -> {
            if (node instanceof Node.ListNode list && list.items().isEmpty()) {
                f.problem("protected", "expected at least one protected state");
            }
        });
        List<String> guarantors = context.codes(f, "guarantors");
        List<String> signatories = context.codes(f, "signatories");
        List<String> threats = context.codes(f, "threats");
        for (String threat : threats) {
            if (protectedStates.contains(threat)) {
                f.problem("threats", "contradictory: " + threat + " is both a protected state and a threat");
            }
        }
        List<Alignment> alignments = f.list("alignments", (node, path) -> item(node, path, a -> {
            List<String> actors = context.codes(a, "actors");
            if (actors.size() < 2) {
                a.problem("actors", "an alignment needs at least two actors");
            }
            return new Alignment(actors, a.text("note"), context.citation(a));
        }));
        Parties parties = new Parties(protectedStates, guarantors, signatories, threats, alignments,
                context.citation(f));
        f.finish();
        return parties;
    }

    private void defineBuiltInSets(Parties parties) {
        context.sets.put("protected", new ActorSet("protected", parties.protectedStates()));
        context.sets.put("guarantors", new ActorSet("guarantors", parties.guarantors()));
        context.sets.put("signatories", new ActorSet("signatories", parties.signatories()));
        context.sets.put("threats", new ActorSet("threats", parties.threats()));
        context.sets.put("parties", new ActorSet("parties", List.copyOf(parties.all())));
    }

    private Trigger trigger(Fields f) {
        List<TriggerEvent> events = f.list("events", (node, path) -> f.choice(node, path, TriggerEvent.class));
        if (f.require("events", "the events that trigger the guarantee, such as [armed-attack]").isPresent()
                && events.isEmpty()) {
            f.problem("events", "expected at least one event");
        }
        List<Exclusion> excluded = f.list("excluded", (node, path) -> item(node, path, e ->
                new Exclusion(e.requiredText("territory", "the territory carved out"), context.citation(e))));
        List<String> by = context.codes(f, "by");
        List<TriggerQualifier> qualifiers = f.list("qualifiers", (node, path) -> item(node, path, q ->
                new TriggerQualifier(q.choice("kind", TriggerQualifier.Kind.class, TriggerQualifier.Kind.OTHER),
                        q.requiredText("text", "the condition in the words of the text"), context.citation(q))));
        Trigger trigger = new Trigger(events, f.text("area"), excluded, by, qualifiers, context.citation(f));
        f.finish();
        return trigger;
    }

    private Obligation obligation(Node node, String path, Trigger trigger) {
        return item(node, path, f -> {
            ActorSet who = f.require("who", "the guarantors bound, as a set name or a list of codes")
                    .map(n -> context.actorSet(n, f.pathOf("who"))).orElse(null);
            ObligationType type = f.get("type").isPresent() ? f.choice("type", ObligationType.class, null)
                    : missing(f, "type", "what is promised: consult, assist, military-aid, use-of-force, seek-action, "
                            + "neutrality or non-aggression");
            AtopCode atop = f.choice("atop", AtopCode.class, null);
            String body = f.text("body");
            if (type == ObligationType.SEEK_ACTION && body == null) {
                f.require("body", "the id of the council whose action is sought, such as un-security-council");
            } else if (body != null && type != null && type != ObligationType.SEEK_ACTION) {
                f.problem("body", "contradictory: a body is named but the obligation is " + Labels.kebab(type)
                        + ", not seek-action");
            } else if (body != null && !councils.contains(body)) {
                f.problem("body", "unknown council '" + body + "'"
                        + Suggestions.closest(body, councils).map(c -> "; did you mean '" + c + "'?")
                                .orElse("; councils are in library/councils/: " + String.join(", ", councils)));
            }
            List<TriggerEvent> events = f.list("events", (n, at) -> f.choice(n, at, TriggerEvent.class));
            for (TriggerEvent event : events) {
                if (trigger == null || !TriggerEvent.anyCovers(trigger.events(), event)) {
                    f.problem("events", "the event " + Labels.kebab(event) + " is not covered by trigger.events"
                            + (trigger == null ? " (there is no trigger section)" : " ("
                            + String.join(", ", trigger.events().stream().map(Labels::kebab).toList()) + ")"));
                }
            }
            Obligation obligation = new Obligation(who, type, atop, f.text("text"), f.texts("means"),
                    f.choice("force", ForceCommitment.class, ForceCommitment.UNSPECIFIED),
                    f.positive("deadline-days", "days"), body, events, f.text("purpose"), context.citation(f));
            return obligation;
        });
    }

    private Decision decision(Fields f) {
        Procedure procedure = f.get("procedure").isPresent() ? f.choice("procedure", Procedure.class, null)
                : missing(f, "procedure", "individual, collective, decider or unspecified");
        DecisionRule rule = f.get("rule").map(n -> new RuleReader(context).read(n, f.pathOf("rule"))).orElse(null);
        Decider decider = decider(f, procedure);
        if (f.has("rule") && procedure != null && procedure != Procedure.COLLECTIVE) {
            f.problem("rule", "contradictory: a decision rule is given but the procedure is "
                    + Labels.kebab(procedure) + "; use procedure: collective");
        }
        DeadlockDefault onDeadlock = f.choice("on-deadlock", DeadlockDefault.class, DeadlockDefault.UNSPECIFIED);
        if (procedure == Procedure.INDIVIDUAL && onDeadlock != DeadlockDefault.UNSPECIFIED) {
            f.problem("on-deadlock", "contradictory: each guarantor decides alone, so there is no deadlock to resolve");
        }
        boolean interventionRight = f.bool("unilateral-intervention-right");
        String interventionPurpose = f.text("intervention-purpose");
        if (interventionPurpose != null && !interventionRight) {
            f.problem("intervention-purpose", "contradictory: a purpose is given for a right of intervention the "
                    + "decision does not reserve; add unilateral-intervention-right: true");
        }
        Decision decision = new Decision(procedure, rule, f.positive("consultation-days", "days"),
                f.positive("decision-days", "days"), onDeadlock, interventionRight, interventionPurpose, decider,
                context.citation(f));
        f.finish();
        return decision;
    }

    /** The named decider of procedure {@code decider}: required with it, contradictory without it. */
    private Decider decider(Fields f, Procedure procedure) {
        if (procedure != Procedure.DECIDER) {
            for (String key : List.of("decider", "consults", "assessment")) {
                if (f.has(key) && procedure != null) {
                    f.problem(key, "contradictory: " + key + " is given but the procedure is "
                            + Labels.kebab(procedure) + "; use procedure: decider");
                }
            }
            return null;
        }
        String actor = f.require("decider", "the code of the actor who decides, such as US")
                .map(n -> context.code(n, f.pathOf("decider"))).orElse(null);
        List<String> consults = context.codes(f, "consults");
        String assessment = f.text("assessment");
        return actor == null ? null : new Decider(actor, consults, assessment);
    }

    private Forfeiture forfeiture(Node node, String path) {
        return item(node, path, f -> new Forfeiture(context.codes(f, "by"),
                f.requiredText("text", "the act that voids the guarantee, in the words of the text"),
                context.citation(f)));
    }

    private TerritorialClause territorialClause(Node node, String path) {
        return item(node, path, f -> new TerritorialClause(
                f.choice("kind", TerritorialClause.Kind.class, TerritorialClause.Kind.OTHER),
                f.requiredText("text", "what the clause does with territory, in the words of the text"),
                context.citation(f)));
    }

    /**
     * One mapping in a list, read by {@code read}, then checked for unknown fields; null when the
     * item is not a mapping (the problem is recorded).
     */
    private <T> T item(Node node, String path, Function<Fields, T> read) {
        return Fields.of(node, path, context.problems).map(f -> {
            T value = read.apply(f);
            f.finish();
            return value;
        }).orElse(null);
    }

    private Restrictions restrictions(Fields f) {
        Set<String> categories = new HashSet<>();
        List<ForceCap> caps = f.list("force-caps", (node, path) -> item(node, path, c -> {
            String category = c.requiredText("category", "what is capped, such as troops or tanks");
            Long limit = c.whole("limit", 0, "a whole number of 0 or more");
            if (!c.has("limit")) {
                c.require("limit", "the ceiling, a whole number");
            }
            if (category != null && !categories.add(category)) {
                c.problem("category", "the category '" + category + "' is capped twice");
            }
            return category == null || limit == null ? null : new ForceCap(category, limit, context.citation(c));
        }));
        Restrictions restrictions = new Restrictions(
                f.choice("neutrality", Neutrality.class, Neutrality.UNSPECIFIED),
                f.bool("non-nuclear"), f.bool("alliances-barred"), caps,
                f.nested("foreign-bases").map(this::consent).orElse(null),
                f.nested("foreign-exercises").map(this::consent).orElse(null),
                f.nested("outside-help").map(this::outsideHelp).orElse(null),
                context.citation(f));
        f.finish();
        return restrictions;
    }

    private OutsideHelp outsideHelp(Fields f) {
        List<OutsideBar> barred = f.list("barred", (node, path) -> f.choice(node, path, OutsideBar.class));
        if (barred.isEmpty()) {
            f.require("barred", "how the arrangement bars outside help: ends-incompatible-treaties, "
                    + "bans-foreign-weapons, bans-foreign-forces or outside-aid-is-breach");
        }
        OutsideHelp help = new OutsideHelp(barred, context.citation(f));
        f.finish();
        return help;
    }

    private Consent consent(Fields f) {
        Permission permission = f.get("permission").isPresent() ? f.choice("permission", Permission.class, null)
                : missing(f, "permission", "allowed, with-consent, forbidden or unspecified");
        ActorSet consentOf = f.get("consent-of").map(n -> context.actorSet(n, f.pathOf("consent-of"))).orElse(null);
        if (permission == Permission.WITH_CONSENT && !f.has("consent-of")) {
            f.require("consent-of", "whose consent is needed, as a set name or a list of codes");
        } else if (permission != null && permission != Permission.WITH_CONSENT && f.has("consent-of")) {
            f.problem("consent-of", "contradictory: consent is named but the permission is " + Labels.kebab(permission));
        }
        Consent consent = new Consent(permission, consentOf, context.citation(f));
        f.finish();
        return consent;
    }

    private Duration duration(Fields f) {
        Withdrawal withdrawal = f.choice("withdrawal", Withdrawal.class, Withdrawal.UNSPECIFIED);
        Integer notice = f.positive("notice-months", "months");
        if (withdrawal == Withdrawal.NOT_PROVIDED && notice != null) {
            f.problem("notice-months", "contradictory: a notice period is given but withdrawal is not-provided");
        }
        Duration duration = new Duration(f.positive("years", "years"), withdrawal, notice, context.citation(f));
        f.finish();
        return duration;
    }
}
