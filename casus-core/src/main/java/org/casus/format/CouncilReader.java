package org.casus.format;

import java.nio.file.Path;
import java.util.List;
import org.casus.model.ActorRegistry;
import org.casus.model.ActorSet;
import org.casus.model.Council;
import org.casus.model.DecisionRule;

/**
 * Reads a council file from {@code library/councils/}: id, title, sources, members, named sets
 * and the decision rule, in the rule language of arrangements. The set {@code members} is provided.
 */
public final class CouncilReader {
    private CouncilReader() {
    }

    public static Council read(Path file, ActorRegistry actors) {
        DocumentContext context = new DocumentContext(actors);
        Fields doc = context.document(TreeReader.read(file));
        String id = context.readId(doc, DocumentContext.stem(file), "un-security-council");
        String title = doc.requiredText("title", "the council's name");
        context.readSources(doc);
        List<String> members = context.codes(doc, "members");
        doc.require("members", "the list of member codes");
        context.sets.put("members", new ActorSet("members", members));
        context.readSets(doc);
        DecisionRule rule = doc.require("rule", "the decision rule")
                .map(n -> new RuleReader(context).read(n, "rule")).orElse(null);
        if (rule != null && !members.containsAll(rule.voters())) {
            doc.problem("rule", "the rule gives a vote to actors that are not members: "
                    + rule.voters().stream().filter(v -> !members.contains(v)).toList());
        }
        Council council = new Council(id, title, context.sources, members, context.sets, rule,
                context.citation(doc), doc.text("notes"));
        doc.finish();
        context.problems.throwIfAny();
        return council;
    }
}
