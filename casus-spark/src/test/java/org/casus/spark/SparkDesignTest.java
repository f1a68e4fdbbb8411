package org.casus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casus.design.Assessment;
import org.casus.design.Design;
import org.casus.design.DesignRequest;
import org.casus.design.DesignResult;
import org.casus.design.RedLine;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.junit.jupiter.api.Test;

/** A design search on Spark local[2], one task per guarantor set, gives the front of the local search. */
class SparkDesignTest {
    @Test
    void designOnSparkLocal2_givesTheLocalFront() {
        Path folder = Path.of(System.getProperty("casus.library", "../library"));
        Library library = LibraryLoader.load(folder);
        DesignRequest request = new DesignRequest(library.arrangements().get("anzus-1951"), List.of(), List.of(),
                List.of("GB", "CA", "FR"), 2, List.of(), List.of(RedLine.parse("US=veto")), Map.of(), 7, 10);
        DesignResult local = Design.search(request, library, (done, total) -> { });
        DesignResult spark = new SparkDesignRunner().run(request, "local[2]", folder, library);
        assertThat(spark.examined()).isEqualTo(local.examined());
        assertThat(spark.activating()).isEqualTo(local.activating());
        assertThat(spark.satisfiesAll()).isEqualTo(local.satisfiesAll());
        assertThat(describe(spark.front())).isNotEmpty().isEqualTo(describe(local.front()));
        assertThat(spark.relaxations().get("US").steps()).isEqualTo(local.relaxations().get("US").steps());
    }

    private static List<String> describe(List<Assessment> front) {
        return front.stream().map(a -> a.arrangement().id() + " " + a.proposal().guarantors() + " "
                + a.proposal().describe() + " " + a.margins() + " " + a.shortfalls() + " " + a.powerDistance()).toList();
    }
}
