package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationCommandsTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void robustness_matrix_names_the_blocked_aggressor() {
        assertThat(run("robustness", "istanbul-2022-draft-ru")).isZero();
        assertThat(cli.out()).contains("Attack: armed-attack\n")
                .contains("RU         UA         NO         collective                         0            -"
                        + "                      RU, BY\n")
                .contains("vetoed by RU");
    }

    @Test
    void robustness_csv_has_a_row_per_aggressor() {
        assertThat(run("robustness", "un-charter-chapter-vii", "--threats", "RU,UNSC-E01", "--csv")).isZero();
        assertThat(cli.out()).startsWith("aggressor,target,activates,path,minimal_coalitions,indispensable,side,blockers,"
                + "carve_outs\nRU,UN-MEMBER,NO,collective,0,,RU,RU,\n"
                + "UNSC-E01,UN-MEMBER,yes,collective,126,US GB FR RU CN,UNSC-E01,,\n");
    }

    @Test
    void mutual_pacts_activate_against_an_outside_aggressor_and_budapest_does_not_cover_a_conventional_attack() {
        for (String pact : List.of("nato-1949", "eu-teu-42-7", "anzus-1951")) {
            assertThat(run("robustness", pact, "--threats", "RU", "--csv")).isZero();
            assertThat(cli.out()).as(pact).contains("\nRU,").contains(",yes,individual,");
        }
        assertThat(run("robustness", "budapest-1994", "--threats", "RU")).isZero();
        assertThat(cli.out()).contains("not covered: the trigger covers only an aggression in which nuclear weapons are used or a "
                + "threat of aggression with nuclear weapons, not an armed attack");
        assertThat(run("robustness", "budapest-1994", "--threats", "RU", "--event", "nuclear-aggression")).isZero();
        assertThat(cli.out()).contains("delegated to un-security-council").contains("vetoed by RU");
    }

    @Test
    void compare_json_gives_each_arrangement_a_verdict_with_its_interval(@TempDir Path charts) throws Exception {
        assertThat(run("compare", "istanbul-2022-draft-ru", "istanbul-2022-draft-ua", "--scenario",
                "ukraine-attacked-by-russia", "--runs", "3000", "--json", "--charts", charts.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        JsonNode arrangements = root.get("arrangements");
        assertThat(arrangements).hasSize(3);
        assertThat(arrangements.get(0).get("id").asText()).isEqualTo("istanbul-2022-draft-ru");
        assertThat(arrangements.get(0).get("verdict").asText()).isEqualTo("worse");
        assertThat(arrangements.get(0).get("verdictInterval").get("high").asDouble()).isNegative();
        assertThat(arrangements.get(1).get("verdict").asText()).isEqualTo("better");
        assertThat(arrangements.get(2).get("id").asText()).isEqualTo("none");
        assertThat(arrangements.get(2).has("verdict")).isFalse();
        assertThat(root.get("runs").asInt()).isEqualTo(3000);
        for (String chart : List.of("any-aid.svg", "any-aid.png", "decisive-aid.svg", "decisive-aid.png")) {
            assertThat(charts.resolve(chart)).isNotEmptyFile();
        }
        assertThat(Files.readString(charts.resolve("any-aid.svg"))).startsWith("<?xml").contains("<svg").contains("istanbul-2022-draft-ru");
    }

    @Test
    void simulate_with_tornado_lists_the_assumptions_that_move_the_verdict() {
        assertThat(run("simulate", "istanbul-2022-draft-ru", "--scenario", "ukraine-attacked-by-russia", "--runs", "1000",
                "--tornado", "--sensitivity-runs", "300")).isZero();
        assertThat(cli.out()).contains("What moves the verdict of istanbul-2022-draft-ru against none")
                .contains("outside.probability-factor")
                .contains("Verdict (decisive aid by day 60, against none)").contains("Assumptions");
    }

    @Test
    void a_grid_with_json_is_one_json_document() throws Exception {
        assertThat(run("simulate", "istanbul-2022-draft-ru", "--scenario", "ukraine-attacked-by-russia", "--runs", "200",
                "--sensitivity-runs", "100", "--json", "--grid", "US.aid-alone,outside.probability-factor")).isZero();
        JsonNode grid = new ObjectMapper().readTree(cli.out()).get("grid");
        assertThat(grid.get("rows").asText()).isEqualTo("US.aid-alone");
        assertThat(grid.get("cells")).hasSize(25);
    }

    @Test
    void a_grid_parameter_that_does_not_exist_is_refused_before_any_run() {
        assertThat(run("simulate", "istanbul-2022-draft-ru", "--scenario", "ukraine-attacked-by-russia",
                "--runs", "100000000", "--grid", "XX.support,outside.probability-factor")).isEqualTo(2);
        assertThat(cli.err()).contains("no parameter 'XX.support'");
    }

    @Test
    void unknown_scenario_is_bad_input() {
        assertThat(run("simulate", "nato-1949", "--scenario", "mars-attacks")).isEqualTo(2);
        assertThat(cli.err()).contains("mars-attacks: no such file or scenario in the library");
    }

    @Test
    void zero_runs_is_bad_input() {
        assertThat(run("simulate", "nato-1949", "--scenario", "ukraine-attacked-by-russia", "--runs", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("at least one run is needed");
    }

    /** Refused before the first run, with exit 2, rather than with a stack trace after the whole run. */
    @Test
    void a_sensitivity_run_count_below_one_is_refused_before_any_run() {
        assertThat(run("simulate", "istanbul-2022-draft-ru", "--scenario", "ukraine-attacked-by-russia", "--tornado",
                "--sensitivity-runs", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--sensitivity-runs: at least one run per sensitivity cell is needed, got 0")
                .doesNotContain("Exception");
        assertThat(cli.out()).isEmpty();
    }
}
