package org.casus.cli;

import java.util.ServiceLoader;
import java.util.function.Function;
import org.casus.CasusException;

/**
 * The Apache Spark runners casus-spark provides, found through {@link ServiceLoader} when the
 * launcher has put that module on the class path for {@code --spark}.
 */
final class SparkRunners {
    private SparkRunners() {
    }

    /** The runner of {@code type} named {@code spark}, or a user error saying where it comes from. */
    static <T> T find(Class<T> type, Function<T, String> name) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get)
                .filter(runner -> name.apply(runner).equals("spark")).findFirst().orElseThrow(() -> new CasusException(
                        "--spark needs the casus-spark module on the class path; see docs/scale.md"));
    }
}
