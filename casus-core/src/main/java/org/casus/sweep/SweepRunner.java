package org.casus.sweep;

import java.util.List;
import org.casus.model.Library;

/**
 * A way to compute a sweep's cells elsewhere than on this machine's cores; found by
 * {@link java.util.ServiceLoader} when its module is on the class path (casus-spark provides
 * one for Apache Spark), so that the command line never loads an engine it is not asked for.
 * Every runner computes each cell with {@link Sweep#cell}, so its results equal a local run's.
 */
public interface SweepRunner {
    /** {@code spark} for Apache Spark. */
    String name();

    /** The cells of {@code plan}, in sample order, computed on {@code master}. */
    List<SweepCell> run(SweepPlan plan, String master, java.nio.file.Path libraryFolder, Library library);
}
