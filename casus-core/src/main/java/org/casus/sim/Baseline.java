package org.casus.sim;

import org.casus.CasusException;
import org.casus.model.Arrangement;
import org.casus.model.Library;

/**
 * The arrangement every other is compared with: no arrangement at all, where each state may
 * still help in collective self-defence (UN Charter Art. 51). Its file is {@code library/arrangements/none.yaml}.
 */
public final class Baseline {
    /** The library id of the baseline. */
    public static final String ID = "none";

    private Baseline() {
    }

    public static Arrangement in(Library library) {
        Arrangement baseline = library.arrangements().get(ID);
        if (baseline == null) {
            throw new CasusException("the library has no '" + ID + "' arrangement (the baseline) to compare against");
        }
        return baseline;
    }

    public static boolean is(String id) {
        return ID.equals(id);
    }
}
