package io.newsgraph.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.stream.Collectors;

/** Arguments or input the API cannot accept; lists every problem found, each with its field path. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends DomainException {

    private final List<Problem> problems;

    public BadUserInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public BadUserInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The first offending field, for clients that look at one. */
    public String getField() {
        return problems.get(0).field();
    }

    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
