package org.casus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.casus.sweep.Sweep;
import org.casus.sweep.SweepCell;
import org.casus.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

/** A sweep of 50 cells on Spark local[2] equals the same sweep run locally, cell by cell. */
class SparkSweepTest {
    @Test
    void fiftyCellsOnSparkLocal2_equalTheLocalRun_cellByCell() {
        Path folder = Path.of(System.getProperty("casus.library", "../library"));
        Library library = LibraryLoader.load(folder);
        SweepPlan plan = new SweepPlan(List.of("istanbul-2022-draft-ru", "istanbul-2022-draft-ua"),
                "ukraine-attacked-by-russia", List.of(), 50, 300, 7);
        List<SweepCell> local = Sweep.run(plan, library);
        List<SweepCell> spark = new SparkSweepRunner().run(plan, "local[2]", folder, library);
        assertThat(spark).hasSize(50);
        for (int i = 0; i < local.size(); i++) {
            assertThat(spark.get(i)).as("cell " + i).isEqualTo(local.get(i));
        }
    }
}
