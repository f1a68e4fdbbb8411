package org.casus.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.casus.design.Design;
import org.casus.design.DesignPlan;
import org.casus.design.DesignRequest;
import org.casus.design.DesignResult;
import org.casus.design.DesignRunner;
import org.casus.model.Library;

/**
 * Runs a design search as an Apache Spark job: one task per guarantor set, each searched with
 * {@link Design#searchSet} from the plan and the library loaded on its executor; the driver merges
 * the sets' outcomes with {@link Design#merge}, as a local search does.
 */
public final class SparkDesignRunner implements DesignRunner {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public DesignResult run(DesignRequest asked, String master, Path libraryFolder, Library library) {
        DesignRequest request = Design.effective(asked, library);
        DesignPlan plan = DesignPlan.of(request, library);
        String folder = libraryFolder.toAbsolutePath().toString();
        SparkSession spark = SparkSession.builder().master(master).appName("casus design " + plan.base())
                .config("spark.ui.enabled", "false").config("spark.log.level", "WARN").getOrCreate();
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Integer> sets = IntStream.range(0, plan.sets(library)).boxed().toList();
            List<Design.SetOutcome> outcomes = context.parallelize(sets, Math.max(1, sets.size())).map(set -> {
                Library lib = SparkSweepRunner.libraryAt(folder);
                return Design.searchSet(plan.toRequest(lib), lib, set, () -> { });
            }).collect();
            return Design.merge(request, library, outcomes);
        } finally {
            spark.stop();
        }
    }
}
