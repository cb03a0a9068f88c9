package io.newsgraph.common;

import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.NotFoundException;
import io.newsgraph.country.Country;
import io.newsgraph.country.Country_;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the keys and country codes that clients send into entities, with the errors of the
 * contract: a malformed key is BAD_USER_INPUT, a well-formed key that names nothing is NOT_FOUND.
 */
public final class References {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2,3}");

    private References() {
    }

    public static <E extends KeyedEntity> Optional<E> findByKey(Class<E> type, String key) {
        return Panache.getSession()
                .createSelectionQuery("from " + type.getSimpleName() + " where " + KeyedEntity_.KEY + " = :key", type)
                .setParameter("key", key)
                .uniqueResultOptional();
    }

    /** The entity a client-given key names; {@code field} is the argument path used in errors. */
    public static <E extends KeyedEntity> E require(Class<E> type, String label, String key, String field) {
        if (!Keys.isValid(key)) {
            throw new BadUserInputException(field, "'" + key + "' is not a key: lowercase letters, digits and"
                    + " hyphens, starting with a letter or digit, at most " + Keys.MAX_LENGTH + " characters");
        }
        return findByKey(type, key).orElseThrow(() -> new NotFoundException(field, label, key));
    }

    public static Optional<Country> findCountry(String code) {
        String normalized = code.toUpperCase(Locale.ROOT);
        String attribute = normalized.length() == 2 ? Country_.CODE : Country_.ALPHA3;
        return Panache.getSession()
                .createSelectionQuery("from Country where " + attribute + " = :code", Country.class)
                .setParameter("code", normalized)
                .setCacheable(true)
                .uniqueResultOptional();
    }

    /** A country by alpha-2 or alpha-3 code, in any case. */
    public static Country requireCountry(String code, String field) {
        return findCountry(countryCode(code, field)).orElseThrow(() -> new NotFoundException(field, "Country", code));
    }

    /** A well-formed alpha-2 or alpha-3 code, upper-cased. */
    public static String countryCode(String code, String field) {
        if (code == null || !COUNTRY_CODE.matcher(code).matches()) {
            throw new BadUserInputException(field,
                    "'" + code + "' is not a country code: use ISO 3166-1 alpha-2 (KZ) or alpha-3 (KAZ)");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
