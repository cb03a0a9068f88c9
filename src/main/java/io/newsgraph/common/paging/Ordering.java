package io.newsgraph.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A total order over one entity type: sort keys in HQL over the alias {@code e}, all in one
 * direction, ending with a unique key so that keyset paging never skips or repeats an item.
 */
public final class Ordering<E> {

    private final String name;
    private final boolean descending;
    private final List<SortKey<E>> keys;

    private Ordering(String name, boolean descending, List<SortKey<E>> keys) {
        this.name = name;
        this.descending = descending;
        this.keys = keys;
    }

    /** @param keys HQL expression over {@code e} → the Java value of that expression for an item; the last key must be unique */
    @SafeVarargs
    public static <E> Ordering<E> of(String name, boolean descending, SortKey<E>... keys) {
        return new Ordering<>(name + (descending ? ":desc" : ":asc"), descending, List.of(keys));
    }

    public static <E> SortKey<E> key(String hql, Function<E, Object> value) {
        return new SortKey<>(hql, value);
    }

    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return String.join(", ", keys.stream().map(k -> k.hql() + direction).toList());
    }

    String cursorOf(E item) {
        List<Object> values = new ArrayList<>(keys.size());
        for (SortKey<E> key : keys) {
            values.add(key.value().apply(item));
        }
        return Cursor.encode(name, values);
    }

    /** Items strictly after the cursor: (k1 > c0) or (k1 = c0 and k2 > c1) or ... */
    public String after(String cursor, Map<String, Object> params) {
        List<Object> values = Cursor.decode(name, cursor, keys.size());
        String op = descending ? " < " : " > ";
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder alt = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alt.append(keys.get(j).hql()).append(" = :after").append(j).append(" and ");
            }
            alt.append(keys.get(i).hql()).append(op).append(":after").append(i).append(')');
            alternatives.add(alt.toString());
            params.put("after" + i, values.get(i));
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    public record SortKey<E>(String hql, Function<E, Object> value) {
    }
}
