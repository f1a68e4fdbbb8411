package org.casus.design;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.CasusException;
import org.casus.model.Library;

/**
 * A design request as data that travels to other machines: the base named by its library id
 * instead of held as a model, everything else as given. {@link #toRequest} makes the request
 * again from a library on the worker.
 */
public record DesignPlan(String base, List<String> required, List<String> excluded, List<String> candidates,
                         int maxAdded, List<String> aggressors, List<RedLine> redLines, Map<String, Double> minPower,
                         int fallbackDays, int shown) implements Serializable {
    public DesignPlan {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
        candidates = List.copyOf(candidates);
        aggressors = List.copyOf(aggressors);
        redLines = List.copyOf(redLines);
        minPower = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(minPower));
    }

    /** The plan of {@code request}, whose base must be an arrangement of {@code library}. */
    public static DesignPlan of(DesignRequest request, Library library) {
        String id = request.base().id();
        if (library.arrangements().get(id) != request.base()) {
            throw new CasusException(id + ": a design on other machines needs an arrangement of the library, named by "
                    + "its id");
        }
        return new DesignPlan(id, request.required(), request.excluded(), request.candidates(), request.maxAdded(),
                request.aggressors(), request.redLines(), request.minPower(), request.fallbackDays(), request.shown());
    }

    public DesignRequest toRequest(Library library) {
        return new DesignRequest(library.arrangements().get(base), required, excluded, candidates, maxAdded, aggressors,
                redLines, minPower, fallbackDays, shown);
    }

    /** How many guarantor sets the search spans: the tasks a distributed run is cut into. */
    public int sets(Library library) {
        return Candidates.guarantorSets(toRequest(library)).size();
    }
}
