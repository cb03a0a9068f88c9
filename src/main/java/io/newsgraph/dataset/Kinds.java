package io.newsgraph.dataset;

import io.newsgraph.common.BaseEntity;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/**
 * Every kind of fact, in {@link Section} order (the order they are validated and written in). The
 * kinds are beans of their feature packages; this is the only list of them.
 */
@ApplicationScoped
public class Kinds {

    private final List<Kind<?, ?>> kinds;

    Kinds(@All List<Kind<?, ?>> kinds) {
        this.kinds = kinds.stream().sorted(Comparator.comparing(Kind::section)).toList();
        if (this.kinds.size() != Section.values().length) {
            throw new IllegalStateException("One kind per dataset section is needed, found " + this.kinds.size());
        }
    }

    /** In the order they are written. */
    public List<Kind<?, ?>> all() {
        return kinds;
    }

    @SuppressWarnings("unchecked")
    <T extends Record> Kind<?, T> of(Section section) {
        return (Kind<?, T>) kinds.get(section.ordinal());
    }

    /** The kind of a dataset entry. */
    @SuppressWarnings("unchecked")
    <T extends Record> Kind<?, T> ofEntry(T entry) {
        for (Kind<?, ?> kind : kinds) {
            if (kind.section().entryType == entry.getClass()) {
                return (Kind<?, T>) kind;
            }
        }
        throw new IllegalArgumentException("No kind has entries of " + entry.getClass().getSimpleName());
    }

    /** The kind that writes entities of this class. */
    @SuppressWarnings("unchecked")
    <E extends BaseEntity> Kind<E, ?> ofEntity(Class<? extends BaseEntity> type) {
        for (Kind<?, ?> kind : kinds) {
            if (kind.entity() == type) {
                return (Kind<E, ?>) kind;
            }
        }
        throw new IllegalArgumentException("No kind writes " + type.getSimpleName());
    }
}
