package org.casus.format;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.casus.model.Actor;
import org.casus.model.ActorKind;
import org.casus.model.ActorRegistry;
import org.casus.model.Person;

/**
 * Reads {@code library/actors.yaml}: a list of actors, each with code, kind, name, aliases, COW
 * and CAMEO codes, and the people who spoke for it in a role and period.
 */
public final class ActorsReader {
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBDIVISION_CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern OTHER_CODE = Pattern.compile("[A-Z][A-Z0-9-]*");

    private ActorsReader() {
    }

    public static ActorRegistry read(Path file) {
        DocumentContext context = new DocumentContext(new ActorRegistry(List.of()));
        Fields doc = context.document(TreeReader.read(file));
        Set<String> codes = new HashSet<>();
        List<Actor> actors = doc.list("actors", (node, path) -> Fields.of(node, path, context.problems).map(f -> {
            ActorKind kind = f.choice("kind", ActorKind.class, ActorKind.STATE);
            String code = f.requiredText("code", "ISO 3166 alpha-2 for a state, such as UA");
            if (code != null) {
                Pattern pattern = kind == ActorKind.STATE ? STATE_CODE
                        : kind == ActorKind.SUBDIVISION ? SUBDIVISION_CODE : OTHER_CODE;
                if (!pattern.matcher(code).matches()) {
                    f.problem("code", "expected " + switch (kind) {
                        case STATE -> "two capital letters (ISO 3166 alpha-2)";
                        case SUBDIVISION -> "an ISO 3166-2 code such as US-CA";
                        default -> "capital letters, digits and hyphens";
                    } + ", got \"" + code + "\"");
                } else if (!codes.add(code)) {
                    f.problem("code", "the code " + code + " is used twice");
                }
            }
            Long cow = f.whole("cow", 1, "a Correlates of War state code (a positive number)");
            List<Person> people = f.list("people", (p, at) -> Fields.of(p, at, context.problems).map(pf -> {
                Person person = new Person(pf.requiredText("name", "the person's name"),
                        pf.requiredText("role", "the role, such as Foreign Minister"),
                        pf.date("from"), pf.date("to"));
                if (person.from() != null && person.to() != null && person.to().compareTo(person.from()) < 0) {
                    pf.problem("to", "the role ends (" + person.to() + ") before it begins (" + person.from() + ")");
                }
                pf.accept("cite", "note");
                pf.finish();
                return person;
            }).orElse(null));
            Actor actor = new Actor(code, kind, f.requiredText("name", "the actor's name"), f.texts("aliases"),
                    cow == null ? null : Math.toIntExact(cow), f.text("cameo"), people);
            f.accept("note");
            f.finish();
            return actor;
        }).orElse(null));
        doc.require("actors", "the list of actors");
        doc.accept("sources");
        doc.finish();
        context.problems.throwIfAny();
        return new ActorRegistry(actors);
    }
}
