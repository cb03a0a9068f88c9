package io.newsgraph.common.error;

import java.util.List;

/**
 * A failure whose message is written for the client. Its subclasses carry the stable
 * {@code extensions.code} of DESIGN.md, the offending field ({@code extensions.field}) and every
 * problem found ({@code extensions.problems}); every other exception's message stays hidden.
 */
public abstract class DomainException extends RuntimeException {

    private final List<Problem> problems;

    protected DomainException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The first offending field, for clients that look at one. */
    public String getField() {
        return problems.get(0).field();
    }

    /** One thing wrong with a request, at a field path such as {@code filter.speakerId} or {@code statistics[3].high}. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
