package io.newsgraph.common;

import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.paging.Listing;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Case-insensitive "contains" conditions, escaped so that % and _ in user text match themselves. */
public final class TextSearch {

    private TextSearch() {
    }

    /** Every whitespace-separated word of {@code text} occurs in the attribute, in any case. */
    public static void everyWord(Listing<?> listing, String attribute, String text, String field) {
        List<String> words = Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new BadUserInputException(field, "must contain at least one word");
        }
        for (int i = 0; i < words.size(); i++) {
            String param = attribute.replace('.', '_') + "_w" + i;
            listing.where("lower(" + attribute + ") like :" + param + " escape '\\'", param, pattern(words.get(i)));
        }
    }

    /** The whole of {@code text} occurs in the attribute, in any case. */
    public static void contains(Listing<?> listing, String attribute, String text, String field) {
        if (text.isBlank()) {
            throw new BadUserInputException(field, "must not be blank");
        }
        String param = attribute.replace('.', '_') + "_c";
        listing.where("lower(" + attribute + ") like :" + param + " escape '\\'", param, pattern(text.trim()));
    }

    public static String pattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
