package org.casus.design;

import java.nio.file.Path;
import org.casus.model.Library;

/**
 * A way to run a design search elsewhere than on this machine's cores, found by
 * {@link java.util.ServiceLoader} when its module is on the class path (casus-spark provides one
 * for Apache Spark). Each guarantor set is searched with {@link Design#searchSet} and the outcomes
 * merged with {@link Design#merge}, as a local search does, so the front is the same.
 */
public interface DesignRunner {
    /** {@code spark} for Apache Spark. */
    String name();

    DesignResult run(DesignRequest request, String master, Path libraryFolder, Library library);
}
