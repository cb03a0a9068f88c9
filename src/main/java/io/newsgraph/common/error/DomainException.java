package io.newsgraph.common.error;

import java.util.List;

/**
 * A failure whose message is written for the client. Its subclasses carry the stable
 * {@code extensions.code} of the contract (docs/ARCHITECTURE.md), the offending field ({@code extensions.field}) and every
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

    /**
     * Input with problems: NOT_FOUND when every problem is a reference to something that does not
     * exist, BAD_USER_INPUT otherwise.
     */
    public static DomainException rejecting(List<Problem> problems) {
        return problems.stream().allMatch(Problem::missingReference)
                ? new NotFoundException(problems) : new BadUserInputException(problems);
    }

    /**
     * One thing wrong with a request, at a field path such as {@code filter.speakerId} or
     * {@code statistics[3].high}; {@code missingReference} when it names something that does not exist.
     */
    public record Problem(String field, String message, boolean missingReference) {

        public Problem(String field, String message) {
            this(field, message, false);
        }

        public static Problem notFound(String field, String message) {
            return new Problem(field, message, true);
        }

        /** The same problem at another path, e.g. {@code input.excerpt} instead of {@code statements[0].excerpt}. */
        public Problem at(String newField) {
            return new Problem(newField, message, missingReference);
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
