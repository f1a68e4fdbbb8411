package org.casus.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Commands declared in code rather than by annotations, for the root and the commands a person runs most
 * ({@code check}, {@code power}). Reading annotations makes the JDK generate a proxy class per annotation type,
 * which its class cache cannot keep (JDK 25): about 80 ms of a 200 ms {@code check} (docs/performance.md).
 */
final class CommandSpecs {
    private CommandSpecs() {
    }

    /** {@code spec} named, described, and with {@code -h, --help} and {@code -V, --version}. */
    static CommandSpec named(CommandSpec spec, String name, String description) {
        spec.name(name).versionProvider(new Casus.VersionProvider());
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** An option that takes no value. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
    }

    /** An option with a value of {@code type} shown as {@code label}. */
    static OptionSpec.Builder option(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description);
    }

    /** An option with a comma-separated list of strings, into a collection of {@code type} (List or Set). */
    static OptionSpec list(String name, String label, Class<?> type, String description) {
        return option(name, label, type, description).auxiliaryTypes(String.class).splitRegex(",").build();
    }

    /** Whether the option {@code name} was given. */
    static boolean given(CommandSpec spec, String name) {
        return spec.commandLine().getParseResult().hasMatchedOption(name);
    }

    /** The value {@code name} has after parsing: the one given, else its default, else null. */
    @SuppressWarnings("unchecked")
    static <T> T value(CommandSpec spec, String name) {
        return (T) spec.findOption(name).getValue();
    }
}
