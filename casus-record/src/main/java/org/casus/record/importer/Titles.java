package org.casus.record.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Actor;
import org.casus.model.ActorRegistry;
import org.casus.model.Person;

/**
 * Resolves a title ({@code the Russian foreign minister}, {@code Ukraine's top diplomat}, {@code the US
 * envoy}, {@code the Secretary}) to a person through the roles in {@code actors.yaml}. The candidates are the people of the actor
 * the title names (of every actor when it names none) whose role fits the office and who held it on the
 * date of the text, when known. One candidate is the answer; among several, the one whose role the title
 * spells out ({@code the President of the European Council}), else the one the text named last before the
 * title; failing that, the one still in office (no end date). A title that names an actor but
 * fits nobody, or comes with an indefinite article ({@code a Russian negotiator}), gives the actor alone.
 * A title that names no actor is resolved only to someone the text has already named.
 */
final class Titles {
    /** An office as written in news text, and the pattern its holders' roles match. */
    enum Office {
        SECRETARY_OF_STATE("(?<!press |general )secretary(?! of (?!state))(?: of state)?", "secretary of state"),
        FOREIGN_MINISTER("foreign minister|minister (?:of|for) foreign affairs|foreign affairs minister"
                + "|top diplomat|chief diplomat", "foreign affairs|foreign minister"),
        PRIME_MINISTER("prime minister|premier", "prime minister"),
        HEAD_OF_OFFICE("(?<!deputy )head of (?:the )?(?:office of the president|president['’]s office|presidential office)",
                "^head of the office of the president"),
        NEGOTIATOR("(?:chief|lead|top) negotiator|head of (?:the |its |their )?(?:[\\p{L}'’]+ )?delegation"
                + "|delegation (?:head|chief|leader)", "delegation|negotiator"),
        ENVOY("(?:special |peace )?envoy", "envoy"),
        /** {@code the President}, {@code the Head of State}, {@code the Head of the Ukrainian state} (not of a State service). */
        PRESIDENT("(?<!vice[- ])president|head of (?:the )?(?:\\p{L}+ )?state(?!\\s+(?-i:\\p{Lu}))", "^president\\b"),
        /** {@code the Russian leader}: whoever leads the country's government or state. */
        LEADER("leader", "^(?:president|(?:federal )?chancellor|prime minister)\\b"),
        MINISTER("minister", "minister");

        private final Pattern inText;
        private final Pattern inRole;

        /** Whether the office is named after its state ({@code President of Syria}), not a portfolio. */
        boolean ofState() {
            return this == PRESIDENT || this == PRIME_MINISTER || this == FOREIGN_MINISTER || this == LEADER;
        }

        /** Whether a state has one holder of this office at a time (a president, a foreign minister). */
        boolean single() {
            return this != NEGOTIATOR && this != ENVOY && this != MINISTER;
        }

        Office(String inText, String inRole) {
            this.inText = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + inText + ")(?![\\p{L}-])");
            this.inRole = Pattern.compile("(?i)" + inRole);
        }
    }

    /** An office named at {@code start} in a text. */
    record Found(Office office, int start, int end) {
    }

    private record Holder(Person person, String actor) {
    }

    private final List<Holder> holders = new ArrayList<>();
    private final LocalDate date;

    /** @param date the date of the text, or null when unknown */
    Titles(ActorRegistry registry, LocalDate date) {
        for (Actor actor : registry.all()) {
            actor.people().forEach(person -> holders.add(new Holder(person, actor.code())));
        }
        this.date = date;
    }

    /** The first office named in {@code text} between {@code from} and {@code to}, or null. */
    Found find(String text, int from, int to) {
        Found first = null;
        for (Office office : Office.values()) {
            Matcher m = office.inText.matcher(text);
            m.region(from, to);
            m.useTransparentBounds(true);
            if (m.find() && (first == null || m.start() < first.start()
                    || (m.start() == first.start() && m.end() > first.end()))) {
                first = new Found(office, m.start(), m.end());
            }
        }
        return first;
    }

    /**
     * The speaker an office stands for.
     *
     * @param actor       the actor the title names, or null
     * @param indefinite  the title follows {@code a}, {@code an}, {@code one}: someone, not the office holder
     * @param lastNamed   the offset at which the text last named each person before the title
     * @param words       the phrase the title is in: of several holders, one whose role it spells out whole ({@code
     *                    the President of the European Council}) is the one
     * @return the speaker, a person or an actor alone, or null when the title cannot be resolved
     */
    Speaker resolve(Office office, String actor, boolean indefinite, Map<String, Integer> lastNamed, String words) {
        if (indefinite) {
            return actor == null ? null : Speaker.of(null, actor);
        }
        Map<String, Holder> candidates = new LinkedHashMap<>();
        for (Holder h : holders) {
            if ((actor == null || actor.equals(h.actor())) && office.inRole.matcher(h.person().role()).find()
                    && (date == null || inOffice(h.person(), date))) {
                candidates.putIfAbsent(h.person().name(), h);
            }
        }
        String phrase = words.toLowerCase(Locale.ROOT);
        List<Holder> spelt = candidates.values().stream()
                .filter(h -> phrase.contains(h.person().role().toLowerCase(Locale.ROOT))).toList();
        if (actor != null && spelt.size() == 1 && candidates.size() > 1) {
            candidates.keySet().retainAll(List.of(spelt.getFirst().person().name())); // the one whose role it spells
        }
        Holder named = candidates.values().stream()
                .filter(h -> lastNamed.containsKey(h.person().name()))
                .max((a, b) -> Integer.compare(lastNamed.get(a.person().name()), lastNamed.get(b.person().name())))
                .orElse(null);
        if (actor == null) {
            return named == null ? null : Speaker.of(named.person().name(), named.actor());
        }
        if (candidates.size() == 1) {
            Holder only = candidates.values().iterator().next();
            return Speaker.of(only.person().name(), only.actor());
        }
        if (named != null) {
            return Speaker.of(named.person().name(), named.actor());
        }
        List<Holder> current = candidates.values().stream().filter(h -> h.person().to() == null).toList();
        if (date == null && current.size() == 1) {
            return Speaker.of(current.getFirst().person().name(), actor);
        }
        return Speaker.of(null, actor);
    }

    private static boolean inOffice(Person person, LocalDate date) {
        LocalDate from = bound(person.from(), true);
        LocalDate to = bound(person.to(), false);
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The first (or last) day of an ISO date, month or year; null when absent or unreadable. */
    private static LocalDate bound(String iso, boolean first) {
        if (iso == null) {
            return null;
        }
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), first ? 1 : 12, first ? 1 : 31);
                case 7 -> first ? YearMonth.parse(iso).atDay(1) : YearMonth.parse(iso).atEndOfMonth();
                default -> LocalDate.parse(iso);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
