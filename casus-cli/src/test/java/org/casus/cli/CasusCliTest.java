package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasusCliTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private static String fixture(String name) {
        try {
            return Path.of(CasusCliTest.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void library_list_json_counts_each_arrangements_findings_as_check_does() throws Exception {
        assertThat(run("library", "list", "--json")).isZero();
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out());
        var draft = java.util.stream.StreamSupport.stream(root.get("arrangements").spliterator(), false)
                .filter(a -> a.get("id").asText().equals("istanbul-2022-draft-ru")).findFirst().orElseThrow();
        assertThat(draft.get("findings").get("critical").asInt()).isEqualTo(1);
        assertThat(draft.get("instrument").asText()).isEqualTo("guarantee");
        assertThat(root.get("scenarios").toString()).contains("ukraine-attacked-by-russia");
    }

    @Test
    void check_takes_a_library_id_as_the_other_commands_do() {
        assertThat(run("check", "nato-1949")).isZero();
        assertThat(cli.out()).contains("arrangements/nato-1949.yaml: nato-1949 - North Atlantic Treaty");
    }

    @Test
    void check_prints_findings_grouped_by_severity() {
        String file = fixture("small.yaml");
        assertThat(run("check", file)).isZero();
        assertThat(cli.out()).isEqualTo(file + ": small - Small test guarantee\n"
                + "\n"
                + "CRITICAL (1)\n"
                + "  veto-trap  decision.rule  [RU]\n"
                + "    If Russia (RU) is the aggressor, its own vote against stops collective activation under "
                + "unanimity of guarantors (GB, RU): the guarantee cannot activate against Russia (RU), and help "
                + "given outside it can be called an illegal intervention, though collective self-defence (UN "
                + "Charter Art. 51) remains lawful.\n"
                + "    Ask: Will the guarantee activate if Russia (RU) itself attacks, that is, will a guarantor that "
                + "is party to the attack be barred from voting on the response?\n"
                + "    Sources: text\n"
                + "\n"
                + "MAJOR (1)\n"
                + "  guarantor-is-threat  parties.guarantors  [RU]\n"
                + "    Russia (RU) is both a guarantor and a declared threat: it promises to defend the protected "
                + "state against itself.\n"
                + "    Ask: What does Russia (RU) undertake to do if it, or its ally, is the attacker?\n"
                + "    Sources: text\n"
                + "\n"
                + "1 critical, 1 major, 0 minor, 0 info\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void fail_on_makes_exit_code_one_when_a_finding_reaches_the_level() {
        assertThat(run("check", "--fail-on", "critical", fixture("small.yaml"))).isEqualTo(1);
    }

    @Test
    void fail_on_below_every_finding_keeps_exit_code_zero() {
        assertThat(run("check", "--fail-on", "critical",
                System.getProperty("casus.library") + "/arrangements/nato-1949.yaml")).as(cli.err()).isZero();
    }

    @Test
    void json_output_has_the_documented_fields() throws Exception {
        assertThat(run("check", "--json", fixture("small.yaml"))).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("file").asText()).endsWith("small.yaml");
        JsonNode first = root.get("findings").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("veto-trap");
        assertThat(first.get("severity").asText()).isEqualTo("critical");
        assertThat(first.get("clause").asText()).isEqualTo("decision.rule");
        assertThat(first.get("actors").get(0).asText()).isEqualTo("RU");
        assertThat(first.get("message").asText()).startsWith("If Russia (RU) is the aggressor");
        assertThat(first.get("question").asText()).endsWith("?");
    }

    @Test
    void bad_input_names_file_line_column_and_field_and_exits_two() {
        String file = fixture("broken.yaml");
        assertThat(run("check", file)).isEqualTo(2);
        assertThat(cli.err()).isEqualTo(file + ":15:12: decision.rule.quota: impossible quota: 3 votes of a "
                + "set of 2 actors guarantors (GB, RU)\n");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void missing_file_is_bad_input_without_a_stack_trace() {
        assertThat(run("check", "no-such-file.yaml")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("casus: no-such-file.yaml: no such file\n");
    }

    @Test
    void unknown_option_is_a_usage_error() {
        assertThat(run("check", "--frobnicate", fixture("small.yaml"))).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void several_files_give_a_json_array_and_bad_input_wins_the_exit_code() throws Exception {
        assertThat(run("check", "--json", fixture("small.yaml"), fixture("broken.yaml"))).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.isArray()).isTrue();
        assertThat(root.get(1).get("errors").get(0).get("field").asText()).isEqualTo("decision.rule.quota");
        assertThat(root.get(1).get("errors").get(0).get("line").asInt()).isEqualTo(15);
    }

    @Test
    void library_list_shows_every_arrangement() {
        assertThat(run("library", "list")).isZero();
        assertThat(cli.out()).contains("istanbul-2022-draft-ru", "nato-1949")
                .contains("Councils (casus power ID): eu-council-qmv, nato-north-atlantic-council, un-security-council")
                .contains("Scenarios (casus simulate --scenario ID): nato-member-attacked-by-outside-state, "
                        + "ukraine-attacked-by-russia");
    }

    @Test
    void library_show_prints_provisions_with_sources_and_uncertain_marks() {
        assertThat(run("library", "show", "istanbul-2022-draft-ru")).isZero();
        assertThat(cli.out())
                .contains("rule: unanimity of guarantors (GB, CN, RU, US, FR, BY)")
                .contains("cap: tanks <= 342  [wsj-caps, nyt-caps, caps-343]  UNCERTAIN: One report gives 343 tanks.")
                .contains("https://wiadomosci.wp.pl/");
    }

    @Test
    void library_show_of_an_unknown_id_is_a_usage_error() {
        assertThat(run("library", "show", "no-such-thing")).isEqualTo(2);
        assertThat(cli.err()).contains("No arrangement 'no-such-thing' in the library");
    }

    /** A command line that names a subcommand is built with that one alone, under the name it is called by. */
    @Test
    void each_subcommand_is_built_alone_under_its_own_name() {
        java.util.Set<String> all = Casus.commandLine().getSubcommands().keySet();
        assertThat(all).contains("check", "power", "record", "library", "help");
        for (String name : all) {
            if (!name.equals("help") && !name.equals("completion")) {
                var alone = Casus.commandLine(name, "--help").getSubcommands();
                assertThat(alone).containsKey(name);
                assertThat(java.util.Set.copyOf(alone.values())).hasSize(1);
            }
        }
        assertThat(Casus.commandLine("--version").getSubcommands()).isEmpty();
        assertThat(Casus.commandLine("chek").getSubcommands().keySet()).isEqualTo(all);
        assertThat(Casus.commandLine().getSubcommands().keySet()).isEqualTo(all);
    }

    @Test
    void completion_prints_a_script_for_every_command() {
        assertThat(cli.runBare("completion")).isZero();
        assertThat(cli.out()).contains("complete -F").contains("robustness").contains("contradictions");
    }

    @Test
    void a_mistyped_actor_or_id_is_answered_with_the_closest_and_no_usage_text() {
        assertThat(run("robustness", "nato-1949", "--threats", "UK")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown actor code 'UK'; did you mean GB (United Kingdom)?")
                .doesNotContain("Usage:");
        assertThat(run("check", "nato-1948")).isEqualTo(2);
        assertThat(cli.err()).contains("did you mean 'nato-1949'?");
    }

    @Test
    void a_mistyped_subcommand_is_answered_with_the_closest_names() {
        assertThat(cli.runBare("chek")).isEqualTo(2);
        assertThat(cli.err()).contains("chek").contains("check");
    }

    @Test
    void version_is_printed() {
        assertThat(cli.runBare("--version")).isZero();
        assertThat(cli.out()).startsWith("casus 0.");
    }

    /** The root command, declared in code, has the standard options, lists every command, and wants one. */
    @Test
    void the_root_command_helps_and_asks_for_a_subcommand() {
        CliRun version = new CliRun();
        assertThat(version.runBare("-V")).isZero();
        assertThat(version.out()).startsWith("casus 0.");
        CliRun help = new CliRun();
        assertThat(help.runBare("--help")).isZero();
        assertThat(help.out()).startsWith("Usage: casus [-hV] [COMMAND]")
                .contains("-V, --version   Print version information and exit.")
                .contains("check ", "power ", "record ", "library ", "serve ");
        CliRun bare = new CliRun();
        assertThat(bare.runBare()).isEqualTo(2);
        assertThat(bare.err()).contains("Missing required subcommand").contains("'casus --help' lists the options.");
        CliRun mistyped = new CliRun();
        assertThat(mistyped.runBare("--versio")).isEqualTo(2);
        assertThat(mistyped.err()).contains("Unknown option: '--versio'").contains("--version");
    }

    /** check and power, declared in code, parse as annotated commands do: required, typed and exclusive values. */
    @Test
    void the_commands_declared_in_code_check_their_arguments() {
        CliRun noFile = new CliRun();
        assertThat(noFile.run("check")).isEqualTo(2);
        assertThat(noFile.err()).contains("Missing required parameter: 'FILE'", "'casus check --help' lists the options.");
        CliRun level = new CliRun();
        assertThat(level.run("check", "istanbul-2022-draft-ru", "--fail-on", "grave")).isEqualTo(2);
        assertThat(level.err()).contains("expected one of [critical, major, minor, info]");
        CliRun both = new CliRun();
        assertThat(both.run("power", "eu-council-qmv", "--json", "--csv")).isEqualTo(2);
        assertThat(both.err()).contains("--json, --csv are mutually exclusive");
        CliRun digits = new CliRun();
        assertThat(digits.run("power", "eu-council-qmv", "--digits", "many")).isEqualTo(2);
        assertThat(digits.err()).contains("'many' is not an int");
        CliRun listed = new CliRun();
        assertThat(listed.run("power", "eu-council-qmv", "--indices", "bz,ss", "--digits", "3", "--exclude", "HU,MT"))
                .isZero();
        assertThat(listed.out()).contains("not voting: HU, MT").contains("ACTOR   SS       BZ").doesNotContain("HOLLER");
        CliRun version = new CliRun();
        assertThat(version.runBare("check", "-V")).isZero();
        assertThat(version.out()).startsWith("casus 0.");
    }

    /** The one-time password is printed only by a server that holds its port, so it is never lost. */
    @Test
    void serve_on_a_port_in_use_is_a_user_error_and_prints_no_password(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String db = "jdbc:h2:file:" + home.resolve("record") + ";WRITE_DELAY=0";
            assertThat(run("serve", "--port", String.valueOf(taken.getLocalPort()), "--db", db)).isEqualTo(2);
            assertThat(cli.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("choose another with --port").doesNotContain("\tat ");
            assertThat(cli.out()).doesNotContain("one-time password");
        }
    }

    @Test
    void a_record_folder_that_cannot_be_created_is_one_line_not_an_h2_trace(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThat(run("record", "contradictions", "--db", "jdbc:h2:file:" + file.resolve("home/record"))).isEqualTo(2);
        assertThat(cli.err()).contains("cannot be created").contains("set CASUS_HOME or --db")
                .doesNotContain("DbException").doesNotContain("\tat ");
    }
}
