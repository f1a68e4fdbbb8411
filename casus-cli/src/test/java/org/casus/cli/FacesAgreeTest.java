package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casus.activation.Activation;
import org.casus.activation.ActivationKernel;
import org.casus.activation.ActivationPath;
import org.casus.activation.Crisis;
import org.casus.activation.PotentialAggressors;
import org.casus.format.LibraryLoader;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.TriggerEvent;
import org.junit.jupiter.api.Test;

/**
 * The command line says what the activation kernel says, for every arrangement of the library
 * and every potential aggressor: {@code robustness --json} row by row, and {@code power --against}
 * whether the rule is blocked.
 */
class FacesAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Library library = LibraryLoader.load(Path.of(System.getProperty("casus.library")));

    private JsonNode json(String... args) throws Exception {
        CliRun cli = new CliRun();
        assertThat(cli.run(args)).as(String.join(" ", args) + ": " + cli.err()).isZero();
        return JSON.readTree(cli.out());
    }

    @Test
    void robustness_and_power_say_what_the_kernel_says() throws Exception {
        int rows = 0;
        for (Arrangement arrangement : library.arrangements().values()) {
            JsonNode robustness = json("robustness", arrangement.id(), "--json");
            List<String> aggressors = PotentialAggressors.of(arrangement, library.actors());
            assertThat(robustness.get("aggressors")).hasSize(aggressors.size());
            for (int i = 0; i < aggressors.size(); i++) {
                Activation activation = ActivationKernel.decide(arrangement,
                        Crisis.against(arrangement, aggressors.get(i), TriggerEvent.ARMED_ATTACK), library);
                JsonNode row = robustness.get("aggressors").get(i);
                String as = arrangement.id() + " against " + aggressors.get(i);
                assertThat(row.get("aggressor").asText()).as(as).isEqualTo(aggressors.get(i));
                assertThat(row.get("activates").asBoolean()).as(as).isEqualTo(activation.activates());
                assertThat(row.get("path").asText()).as(as).isEqualTo(activation.path().label());
                assertThat(texts(row.get("blockers"))).as(as).isEqualTo(activation.blockers());
                rows++;
                if (arrangement.decision().rule() != null && arrangement.decision().rule().voters()
                        .contains(aggressors.get(i)) && activation.path() instanceof ActivationPath.Collective c) {
                    JsonNode power = json("power", arrangement.id(), "--against", aggressors.get(i), "--json",
                            "--indices", "bz");
                    assertThat(power.get("blocked").asBoolean()).as(as).isEqualTo(!c.vote().passes());
                }
            }
        }
        assertThat(rows).isGreaterThan(50);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
