package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerCommandTest {
    private static final Path LIBRARY = Path.of(System.getProperty("casus.library"));
    private static final Path GAMES = LIBRARY.resolveSibling("bench").resolve("games");

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void security_council_shapley_shubik_as_fractions() {
        assertThat(run("power", "un-security-council", "--exact", "--indices", "ss")).isZero();
        assertThat(cli.out())
                .contains("Method: enumeration (exact)")
                .contains("\nUS        421/2145        \n")
                .contains("\nUNSC-E10  4/2145          \n")
                .contains("Veto players: US, GB, FR, RU, CN\n")
                .contains("Winning coalitions: 848 of 2^15\n");
    }

    /** rand1000 with no --indices: refused outright before, now Banzhaf and Coleman in about a second, saying why. */
    @Test
    void a_large_game_without_indices_gets_what_finishes_quickly_and_is_told_what_was_left_out() {
        assertThat(run("power", GAMES.resolve("rand1000.weights").toString(), "--json")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\"banzhafNormalized\"").doesNotContain("\"shapleyShubik\"")
                .contains("Shapley-Shubik left out").contains("ask with --indices ss --method generating-functions")
                .contains("Holler, Deegan-Packel and Johnston left out").contains("reads of the tables");
    }

    @Test
    void weights_file_in_the_benchmark_format_gives_the_same_values() {
        assertThat(run("power", GAMES.resolve("unsc.weights").toString(), "--exact", "--indices", "ss",
                "--method", "generating-functions")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\n1       421/2145        \n").contains("\n15      4/2145          \n");
    }

    @Test
    void against_russia_the_russian_draft_says_plainly_that_no_coalition_can_pass() {
        assertThat(run("power", "istanbul-2022-draft-ru", "--against", "RU")).isZero();
        assertThat(cli.out()).contains("voting no: RU, BY")
                .contains("BLOCKED: with RU, BY voting no, no coalition of the others can pass the rule (RU's own no "
                        + "blocks it: a veto trap). The power shown is among the voters still entitled, as if RU, BY "
                        + "did not vote at all.")
                .contains("Winning coalitions: 1 of 2^4")
                .doesNotContain("{}");
    }

    @Test
    void json_has_the_documented_keys() throws Exception {
        assertThat(run("power", "un-security-council", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        JsonNode us = root.get("players").get(0);
        assertThat(us.get("actor").asText()).isEqualTo("US");
        assertThat(us.get("shapleyShubik").decimalValue()).isEqualByComparingTo("0.1962703963");
        for (String key : List.of("banzhafNormalized", "banzhafAbsolute", "banzhafRaw", "holler", "deeganPackel",
                "johnston", "colemanPrevent", "colemanInitiate")) {
            assertThat(us.has(key)).as(key).isTrue();
        }
        assertThat(root.get("vetoPlayers")).hasSize(5);
        assertThat(root.get("winningCoalitions").asInt()).isEqualTo(848);
        assertThat(root.get("method").asText()).isEqualTo("enumeration");
        assertThat(root.get("colemanAct").decimalValue()).isEqualByComparingTo("0.0258789063");
    }

    @Test
    void few_minimal_coalitions_are_listed_beyond_enumeration() {
        // 32 members: generating functions count the coalitions and the search lists the one
        assertThat(run("power", "nato-north-atlantic-council", "--json")).isZero();
        assertThat(cli.out()).contains("\"method\" : \"generating-functions\"")
                .contains("\"minimalWinningListed\" : [ [ \"AL\", \"BE\", \"BG\"");
    }

    @Test
    void rule_of_several_weight_vectors_is_solved_exactly_on_a_diagram() throws Exception {
        // a test council (not a real one): two weight vectors and a majority of members
        Path council = Path.of(PowerCommandTest.class.getResource("/councils/triple.yaml").toURI());
        assertThat(run("power", council.toString(), "--json")).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("method").asText()).isEqualTo("bdd");
        assertThat(json.get("estimate").asBoolean()).isFalse();
        assertThat(json.get("explanation").asText()).contains("binary decision diagram");
        assertThat(json.get("players").get(0).has("holler")).isTrue();
        assertThat(json.get("minimalWinningCoalitions").asLong()).isPositive();
    }

    @Test
    void monte_carlo_says_its_values_are_estimates() {
        assertThat(run("power", "un-security-council", "--method", "monte-carlo", "--samples", "20000",
                "--indices", "ss")).isZero();
        assertThat(cli.out()).contains("Method: monte-carlo (ESTIMATES)").contains("+/-");
    }

    @Test
    void arrangement_without_a_collective_rule_is_bad_input() {
        assertThat(run("power", "nato-1949")).isEqualTo(2);
        assertThat(cli.err()).contains("nato-1949 has no collective decision rule (procedure individual)");
    }

    @Test
    void forced_method_that_cannot_solve_the_game_is_refused_with_the_reason() {
        assertThat(run("power", GAMES.resolve("rand100.weights").toString(), "--method", "enumeration")).isEqualTo(2);
        assertThat(cli.err()).contains("method enumeration cannot solve this game")
                .contains("100 players is more than 25");
    }

    @Test
    void unknown_index_is_a_usage_error() {
        assertThat(run("power", "un-security-council", "--indices", "ss,shapley")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown index 'shapley'");
    }

    @Test
    void csv_has_one_row_per_actor() {
        assertThat(run("power", "un-security-council", "--csv", "--indices", "ss,bz-raw")).isZero();
        assertThat(cli.out()).startsWith("actor,shapleyShubik,banzhafRaw\nUS,0.1962703963,848\n");
        assertThat(cli.out().lines()).hasSize(16);
    }
}
