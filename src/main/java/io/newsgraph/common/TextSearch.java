package io.newsgraph.common;

import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.paging.Listing;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Case-insensitive "contains" conditions, escaped so that % and _ in user text match themselves. */
public final class TextSearch {

    private TextSearch() {
    }

    /** Every whitespace-separated word of {@code text} occurs in the attribute, in any case. */
    public static <E> void everyWord(Listing<E> listing, SingularAttribute<? super E, String> attribute, String text,
            String field) {
        List<String> words = Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new BadUserInputException(field, "must contain at least one word");
        }
        for (String word : words) {
            listing.where((e, p) -> like(e.get(attribute), p), pattern(word));
        }
    }

    /** The whole of {@code text} occurs in the attribute, in any case. */
    public static <E> void contains(Listing<E> listing, SingularAttribute<? super E, String> attribute, String text,
            String field) {
        if (text.isBlank()) {
            throw new BadUserInputException(field, "must not be blank");
        }
        listing.where((e, p) -> like(e.get(attribute), p), pattern(text.trim()));
    }

    /** HQL: the expression, in lower case, matches the {@link #pattern} that {@code parameter} holds. */
    public static String like(String expression, String parameter) {
        return "lower(" + expression + ") like " + parameter + " escape '\\'";
    }

    public static String pattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
