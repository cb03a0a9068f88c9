package io.newsgraph.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The key format shared by every addressable entity: {@code [a-z0-9][a-z0-9-]*}, at most 100 characters. */
public final class Keys {

    public static final int MAX_LENGTH = 100;
    /** Generated keys stay short enough to read and to take a numeric suffix. */
    private static final int READABLE_LENGTH = 60;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Keys() {
    }

    public static boolean isValid(String key) {
        return key != null && FORMAT.matcher(key).matches();
    }

    /** A key derived from a name, for entities created without one: "Verkhni Lars" becomes "verkhni-lars". */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > READABLE_LENGTH) {
            int cut = slug.lastIndexOf('-', READABLE_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : READABLE_LENGTH);
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
