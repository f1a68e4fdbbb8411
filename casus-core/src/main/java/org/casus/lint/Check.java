package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;

/** One lint rule: looks at an arrangement and reports what a negotiator must clarify. */
public interface Check {

    /** The rule id findings carry ({@code veto-trap}). */
    String id();

    /** The findings for {@code arrangement}; {@code library} resolves councils and actor names. */
    List<Finding> apply(Arrangement arrangement, Library library);
}
