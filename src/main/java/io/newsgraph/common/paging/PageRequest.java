package io.newsgraph.common.paging;

import io.newsgraph.common.error.BadUserInputException;

/** The {@code first}/{@code after} arguments of a connection field, checked. */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadUserInputException("first", "must be between 0 and " + MAX_SIZE + ", was " + size);
        }
        if (after != null && after.isBlank()) {
            after = null;
        }
        return new PageRequest(size, after);
    }
}
