package io.newsgraph.common.paging;

import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A total order over one type of item: sort keys, all in one direction, ending with a unique key so
 * that keyset paging never skips or repeats an item. A key is an expression over the item, written
 * for whatever alias the query that sorts gives the item.
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

    /** @param keys expression over the item → the Java value of that expression for an item; the last key must be unique */
    @SafeVarargs
    public static <E> Ordering<E> of(String name, boolean descending, SortKey<E>... keys) {
        return new Ordering<>(name + (descending ? ":desc" : ":asc"), descending, List.of(keys));
    }

    /** A key that is an attribute of the entity. */
    public static <E> SortKey<E> key(SingularAttribute<? super E, ?> attribute, Function<E, Object> value) {
        Objects.requireNonNull(attribute, "attribute (the static metamodel is populated when Hibernate starts)");
        String name = attribute.getName();
        return new SortKey<>(item -> item + "." + name, value);
    }

    /** A key that is an expression over the item: {@code expression} writes it for the item's alias. */
    public static <E> SortKey<E> key(Function<String, String> expression, Function<E, Object> value) {
        return new SortKey<>(expression, value);
    }

    /** The order-by list, the items being {@code item}. */
    public String orderBy(String item) {
        String direction = descending ? " desc" : " asc";
        return String.join(", ", keys.stream().map(k -> k.expression().apply(item) + direction).toList());
    }

    String cursorOf(E item) {
        List<Object> values = new ArrayList<>(keys.size());
        for (SortKey<E> key : keys) {
            values.add(key.value().apply(item));
        }
        return Cursor.encode(name, values);
    }

    /** Items ({@code item}) strictly after the cursor: (k1 > c0) or (k1 = c0 and k2 > c1) or ... */
    public String after(String item, String cursor, Map<String, Object> params) {
        List<Object> values = Cursor.decode(name, cursor, keys.size());
        String op = descending ? " < " : " > ";
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder alt = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alt.append(keys.get(j).expression().apply(item)).append(" = :after").append(j).append(" and ");
            }
            alt.append(keys.get(i).expression().apply(item)).append(op).append(":after").append(i).append(')');
            alternatives.add(alt.toString());
            params.put("after" + i, values.get(i));
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    public record SortKey<E>(Function<String, String> expression, Function<E, Object> value) {
    }
}
