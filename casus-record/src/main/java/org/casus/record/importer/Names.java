package org.casus.record.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casus.model.Actor;
import org.casus.model.ActorKind;
import org.casus.model.ActorRegistry;
import org.casus.model.Person;

/**
 * Finds the people and actors of the registry named in a text. A person is found by full name or by
 * surname alone (the name without its first word: {@code Lavrov}, {@code von der Leyen}), with the usual
 * transliteration variants of a final {@code y} ({@code Zelenskyy}, {@code Zelenskiy}); a surname two people
 * share is found only in full. An actor is found by name, alias or code (states and organisations only:
 * subdivisions and placeholders would turn {@code Washington} or {@code Georgia} into US states); an alias
 * two actors share ({@code Brussels}) is dropped. Codes that are English words ({@code IT}, {@code NO}) are
 * not names. Matching is case-sensitive.
 */
final class Names {
    private static final Set<String> WORD_CODES = Set.of("AM", "AT", "BE", "BY", "DO", "IN", "IS", "IT", "ME",
            "NO", "ON", "OR", "PA", "SO", "TO", "US-DC");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?(?![\\p{L}\\p{N}])");

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> actorOfPerson = new HashMap<>();
    private final Map<String, String> actorByName = new HashMap<>();
    private final Map<String, String> personNames;
    private final Pattern personPattern;
    private final Pattern actorPattern;

    Names(ActorRegistry registry) {
        Map<String, Set<String>> surnameOwners = new HashMap<>();
        Map<String, String> personByName = new HashMap<>();
        for (Actor actor : registry.all()) {
            for (Person person : actor.people()) {
                people.putIfAbsent(person.name(), person);
                actorOfPerson.putIfAbsent(person.name(), actor.code());
                for (String variant : variants(person.name())) {
                    personByName.putIfAbsent(variant, person.name());
                }
                for (String variant : variants(surname(person.name()))) {
                    surnameOwners.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(person.name());
                }
            }
        }
        surnameOwners.forEach((variant, owners) -> {
            if (owners.size() == 1) {
                personByName.putIfAbsent(variant, owners.iterator().next());
            }
        });
        Map<String, Set<String>> aliasOwners = new HashMap<>();
        for (Actor actor : registry.all()) {
            if (actor.kind() == ActorKind.SUBDIVISION || actor.kind() == ActorKind.PLACEHOLDER) {
                continue;
            }
            actorByName.put(actor.name(), actor.code());
            for (String alias : actor.aliases()) {
                aliasOwners.computeIfAbsent(alias, k -> new LinkedHashSet<>()).add(actor.code());
            }
            if (!WORD_CODES.contains(actor.code())) {
                aliasOwners.computeIfAbsent(actor.code(), k -> new LinkedHashSet<>()).add(actor.code());
            }
        }
        aliasOwners.forEach((alias, owners) -> {
            if (owners.size() == 1) {
                actorByName.putIfAbsent(alias, owners.iterator().next());
            }
        });
        personNames = Map.copyOf(personByName);
        personPattern = alternation(personByName.keySet());
        actorPattern = alternation(actorByName.keySet());
    }

    /** The people named in {@code text} between {@code from} and {@code to}, in order. */
    List<Mention> people(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = matcher(personPattern, text, from, to);
        while (m.find()) {
            String name = personNames.get(m.group());
            found.add(new Mention(m.start(), m.end(), name, actorOfPerson.get(name), possessive(text, m.end(), to)));
        }
        return found;
    }

    /** The actors named in {@code text} between {@code from} and {@code to}, in order. */
    List<Mention> actors(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = matcher(actorPattern, text, from, to);
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), null, actorByName.get(m.group()), possessive(text, m.end(), to)));
        }
        return found;
    }

    private static Matcher matcher(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), Math.max(from, to)));
        m.useTransparentBounds(true);
        return m;
    }

    private static boolean possessive(String text, int end, int to) {
        Matcher m = POSSESSIVE.matcher(text);
        m.region(end, Math.max(end, Math.min(text.length(), to)));
        m.useTransparentBounds(true);
        return m.lookingAt();
    }

    private static Pattern alternation(Set<String> names) {
        String alternatives = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (alternatives.isEmpty() ? "(?!)" : alternatives)
                + ")(?![\\p{L}\\p{N}])");
    }

    /** The name without its first word, or the name itself when it is one word. */
    static String surname(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** The name, without diacritics, and with the spellings of a final y that transliterations use. */
    static Set<String> variants(String name) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(name);
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        variants.add(plain);
        for (String base : List.copyOf(variants)) {
            if (base.endsWith("y")) {
                String stem = base.substring(0, base.length() - 1);
                variants.addAll(List.of(stem + "yy", stem + "iy", stem + "yi", stem + "i"));
            }
            if (base.endsWith("ey")) {
                variants.add(base.substring(0, base.length() - 2) + "ei");
            }
        }
        return variants;
    }
}
