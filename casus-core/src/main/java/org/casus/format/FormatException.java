package org.casus.format;

import java.util.List;
import java.util.stream.Collectors;
import org.casus.CasusException;

/** An input file that cannot be read as what it claims to be; lists every problem found. */
public final class FormatException extends CasusException {
    private final List<Problem> problems;

    public FormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
