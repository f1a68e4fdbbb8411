package org.casus.design;

import java.util.List;
import org.casus.model.Library;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class DesignProbeTest {
    @Test
    void probe() {
        Library library = TestLibrary.get();
        long t0 = System.nanoTime();
        DesignRequest request = new DesignRequest(library.arrangements().get("istanbul-2022-draft-ru"),
                List.of("RU", "CN"), List.of(), List.of(), 0, List.of(),
                List.of(RedLine.parse("RU=veto"), RedLine.parse("UA=at-most-vote:RU")), java.util.Map.of(), 7, 10);
        DesignResult result = Design.search(request, library, (a, b) -> { });
        System.out.println("ms " + (System.nanoTime() - t0) / 1e6 + " examined " + result.examined() + " activating "
                + result.activating() + " front " + result.front().size() + " all " + result.satisfiesAll());
        System.out.println(result.baseStandings());
        result.front().stream().limit(12).forEach(a -> System.out.println(a.proposal().describe() + " | " + a.margins()
                + " " + a.standings() + " " + a.shortfalls() + " " + a.powerDistance()));
        result.relaxations().forEach((k, v) -> System.out.println(k + " " + v.steps() + " "
                + (v.proposal() == null ? null : v.proposal().proposal().describe())));
    }
}
