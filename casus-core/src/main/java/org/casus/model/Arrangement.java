package org.casus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A treaty, draft or proposal by which guarantors promise to defend protected states: the model
 * every analysis of Casus reads. Built by the format package from a YAML or JSON file.
 *
 * @param sources keyed by the name provisions cite them by, in file order
 * @param sets    the named actor sets the file defines or the format provides
 *                ({@code guarantors}, {@code protected}, ...), resolved to codes
 * @param instrument  what kind of instrument it is, for the words findings use
 * @param forfeitures acts that void it
 * @param territory   the territorial clauses it makes or proposes
 */
public record Arrangement(String id, String title, Status status, Instrument instrument, Dates dates,
                          Map<String, Source> sources, Map<String, ActorSet> sets, Parties parties, Trigger trigger,
                          List<Obligation> obligations, Decision decision, Restrictions restrictions,
                          List<Forfeiture> forfeitures, List<TerritorialClause> territory,
                          Duration duration, String notes) {
    public Arrangement {
        instrument = instrument == null ? Instrument.GUARANTEE : instrument;
        forfeitures = forfeitures == null ? List.of() : List.copyOf(forfeitures);
        territory = territory == null ? List.of() : List.copyOf(territory);
        dates = dates == null ? Dates.NONE : dates;
        sources = sources == null ? Map.of() : unmodifiable(sources);
        sets = sets == null ? Map.of() : unmodifiable(sets);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        restrictions = restrictions == null ? Restrictions.NONE : restrictions;
        duration = duration == null ? Duration.UNSPECIFIED : duration;
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
