package io.newsgraph.planner;

import java.time.LocalDate;

/** Argument values as graphql-java coerces them, read the way the resolvers' parameters read them. */
final class Values {

    private Values() {
    }

    static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Unplannable("a malformed date"); // the reference says why
        }
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
