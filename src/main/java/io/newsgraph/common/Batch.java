package io.newsgraph.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.SessionCheckMode;

/** Building blocks of batch resolvers: each call issues at most one SQL statement for all parents. */
public final class Batch {

    private Batch() {
    }

    /**
     * Loads entities by primary key in one statement; those already in the session (loaded by an
     * earlier level of the same request, or along with a page: {@link io.newsgraph.common.paging.Listing#alongWith}) cost
     * nothing, and when all are there no statement runs at all.
     */
    public static <E extends BaseEntity> Map<Long, E> byPk(Class<E> type, Collection<Long> pks) {
        Map<Long, E> found = new HashMap<>();
        List<Long> distinct = pks.stream().filter(Objects::nonNull).distinct().toList();
        if (!distinct.isEmpty()) {
            for (E entity : Panache.getSession().findMultiple(type, distinct, SessionCheckMode.ENABLED)) {
                if (entity != null) {
                    found.put(entity.pk, entity);
                }
            }
        }
        return found;
    }

    /** For each parent, the entity its foreign key names (or null), in the parents' order. */
    public static <P, E extends BaseEntity> List<E> toOne(List<P> parents, Function<P, Long> foreignKey, Class<E> type) {
        Map<Long, E> found = byPk(type, parents.stream().map(foreignKey).toList());
        List<E> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long fk = foreignKey.apply(parent);
            result.add(fk == null ? null : found.get(fk));
        }
        return result;
    }

    /** For each parent, its children from a map keyed by parent primary key, in the parents' order. */
    public static <P extends BaseEntity, C> List<List<C>> toMany(List<P> parents, Map<Long, List<C>> childrenByParent) {
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(childrenByParent.getOrDefault(parent.pk, List.of()));
        }
        return result;
    }

    /** Groups (parent pk, child) rows of a query by parent, keeping the query's order. */
    public static <C> Map<Long, List<C>> group(List<Object[]> rows, Class<C> childType) {
        Map<Long, List<C>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(childType.cast(row[1]));
        }
        return grouped;
    }

    /**
     * For each parent, the entities whose ids its element collection holds (e.g. a statement's
     * countries: {@code viaCollection(statements, Statement_.countryIds, Country.class, Country_.name,
     * Country_.code)}), ordered by the child attributes given, in one statement for all parents.
     */
    @SafeVarargs
    public static <P extends BaseEntity, C extends BaseEntity> List<List<C>> viaCollection(List<P> parents,
            PluralAttribute<? super P, ?, Long> collection, Class<C> childType, SingularAttribute<? super C, ?>... order) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select p.pk, c from " + entityName(collection.getDeclaringType()) + " p join p." + collection.getName()
                        + " x join " + childType.getSimpleName() + " c on c.pk = x where p.pk in :parents order by "
                        + orderBy("c", order),
                Object[].class)
                .setParameter("parents", pks(parents))
                .getResultList();
        return toMany(parents, group(rows, childType));
    }

    /** An order-by list of attributes of the entity that {@code alias} names, each ascending. */
    @SafeVarargs
    static <C> String orderBy(String alias, SingularAttribute<? super C, ?>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("at least one attribute to order by");
        }
        return String.join(", ", Arrays.stream(attributes).map(a -> alias + "." + a.getName()).toList());
    }

    private static String entityName(ManagedType<?> type) {
        return type instanceof EntityType<?> entity ? entity.getName() : type.getJavaType().getSimpleName();
    }

    public static <P extends BaseEntity> List<Long> pks(List<P> parents) {
        return List.copyOf(new LinkedHashSet<>(parents.stream().map(p -> p.pk).toList()));
    }
}
