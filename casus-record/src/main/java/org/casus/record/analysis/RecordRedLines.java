package org.casus.record.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.design.RedLine;
import org.casus.design.Standing;
import org.casus.model.ActorRegistry;
import org.casus.model.Arrangement;
import org.casus.record.Modality;

/**
 * Red lines for {@code casus design}, read from a negotiation record: each side's latest
 * confirmed own position on the decision rule of the arrangement. A demand, condition, offer or
 * acceptance of a veto or of unanimity keeps a veto for the actors its value names as a set
 * ({@code {RU, CN}}), or for the side itself; a rejection of a veto or of unanimity allows the
 * actors it names (or, naming none, the arrangement's threats) at most a vote. Any other
 * position on the rule is returned unread, with the reason, rather than guessed at.
 */
public final class RecordRedLines {
    private static final Pattern SET = Pattern.compile("\\{([^}]*)}");
    private static final Pattern VETO = Pattern.compile("\\b(veto\\w*|unanim\\w*|consent of all)\\b");

    private RecordRedLines() {
    }

    /** The lines read, and the positions left unread with why. */
    public record Reading(List<RedLine> lines, List<String> unread) {
        public Reading {
            lines = List.copyOf(lines);
            unread = List.copyOf(unread);
        }
    }

    public static Reading of(List<Position> positions, Arrangement base, ActorRegistry actors) {
        String clause = base.id() + ":decision.rule";
        List<RedLine> lines = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<Position> confirmed = positions.stream().filter(p -> p.claim().confirmed()).toList();
        for (Map<String, Position> byClause : Positions.matrix(confirmed).values()) {
            Position p = byClause.get(clause);
            if (p == null || !p.claim().modality().isPosition()) {
                continue;
            }
            String value = p.claim().value() == null ? "" : p.claim().value();
            String basis = "record: statement " + p.statement().id() + ", " + p.statement().saidOn();
            List<String> named = named(value);
            List<String> unknown = named.stream().filter(c -> !actors.contains(c)).toList();
            if (!unknown.isEmpty()) {
                unread.add(p.cite() + ": unknown actors " + String.join(", ", unknown));
                continue;
            }
            boolean veto = VETO.matcher(value.toLowerCase(Locale.ROOT)).find();
            if (!veto) {
                unread.add(p.cite() + ": the value '" + value + "' names neither a veto nor unanimity");
            } else if (p.claim().modality() == Modality.REJECT) {
                List<String> barred = named.isEmpty() ? base.parties().threats() : named;
                if (barred.isEmpty()) {
                    unread.add(p.cite() + ": rejects a veto without naming whose, and the arrangement names no threat");
                }
                barred.forEach(a -> lines.add(new RedLine(p.actor(), a, Standing.VOTE, false, basis)));
            } else {
                (named.isEmpty() ? List.of(p.actor()) : named)
                        .forEach(a -> lines.add(new RedLine(p.actor(), a, Standing.VETO, true, basis)));
            }
        }
        return new Reading(lines, unread);
    }

    private static List<String> named(String value) {
        Matcher m = SET.matcher(value);
        return m.find() ? Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
    }
}
