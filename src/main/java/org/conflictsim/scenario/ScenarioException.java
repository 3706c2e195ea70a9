package org.conflictsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input file cannot be loaded; carries every problem found, each with its location. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Kinds of failure, each with its own process exit code (documented in the CLI help). */
    public enum Kind {
        /** The file does not exist or cannot be read. */
        NOT_FOUND,
        /** The file is not valid YAML (or not text). */
        SYNTAX,
        /** The YAML is well formed but its content is invalid. */
        INVALID
    }

    private final transient List<Problem> problems;
    private final Kind kind;

    public ScenarioException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Kind kind, Problem problem) {
        this(kind, List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    public Kind kind() {
        return kind;
    }
}
