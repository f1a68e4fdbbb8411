package org.casus.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.casus.sweep.Sweep;
import org.casus.sweep.SweepCell;
import org.casus.sweep.SweepPlan;
import org.casus.sweep.SweepRunner;

/**
 * Runs a sweep as an Apache Spark job: the samples are spread over the tasks, and each task
 * computes its cells with {@link Sweep#cell}, the function a local run calls, so the results are
 * the same cell by cell. The plan travels to the tasks as data; each executor loads the library
 * from the same folder once (on a cluster the folder must be readable by every worker at that
 * path). Spark's UI is off; its log stays at warnings.
 */
public final class SparkSweepRunner implements SweepRunner {
    private static final Map<String, Library> LIBRARIES = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public List<SweepCell> run(SweepPlan plan, String master, Path libraryFolder, Library library) {
        String folder = libraryFolder.toAbsolutePath().toString();
        SparkSession spark = SparkSession.builder().master(master).appName("casus sweep " + plan.scenario())
                .config("spark.ui.enabled", "false").config("spark.log.level", "WARN").getOrCreate();
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Integer> samples = IntStream.range(0, plan.samples()).boxed().toList();
            int partitions = Math.max(1, Math.min(plan.samples(), context.defaultParallelism() * 4));
            List<SweepCell> cells = new ArrayList<>(context.parallelize(samples, partitions)
                    .map(i -> Sweep.cell(plan, i, libraryAt(folder))).collect());
            cells.sort(Comparator.comparingInt(SweepCell::sample));
            return cells;
        } finally {
            spark.stop();
        }
    }

    /** The library of {@code folder}, loaded once per executor JVM. */
    static Library libraryAt(String folder) {
        return LIBRARIES.computeIfAbsent(folder, f -> LibraryLoader.load(Path.of(f)));
    }
}
