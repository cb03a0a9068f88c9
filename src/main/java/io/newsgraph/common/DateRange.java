package io.newsgraph.common;

import io.newsgraph.common.error.BadUserInputException;
import java.time.LocalDate;

/** Checks the from/to arguments shared by the date filters. */
public final class DateRange {

    private DateRange() {
    }

    public static void check(LocalDate from, LocalDate to, String path) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException(path + ".to", "must not be before from (" + from + "), was " + to);
        }
    }
}
