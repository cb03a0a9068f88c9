package io.newsgraph.dataset;

import io.newsgraph.common.BaseEntity;
import io.newsgraph.common.KeyedEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * One kind of fact on the write side, described in one place next to its entity: its dataset
 * section and entry, its key and the key space it lives in, the keys it refers to, how an entry is written and an entity exported, and what depends on it. The importer,
 * validator, exporter, editor and {@link Dependants} iterate over the kinds ({@link Kinds}) and know
 * none of them. A kind is a bean (a {@code @Singleton}: its final methods need no client proxy); what every kind has (section, entity, key) is given to this
 * constructor, what differs is overridden.
 *
 * @param <E> the entity written
 * @param <T> its dataset entry
 */
public abstract class Kind<E extends BaseEntity, T extends Record> {

    private final Section section;
    private final Class<E> entity;
    private final Class<? extends KeyedEntity> keySpace;
    private final Function<T, String> key;
    private final Function<T, String> label;

    /**
     * @param section the dataset list it is read from; sections are written in their order, so
     *        referenced kinds come first
     * @param entity the entity it writes
     * @param keySpace where its keys must be unique (officials and organizations share
     *        {@code ActorEntity}); null: it has no keys (countries)
     * @param key the key of an entry, which the export sorts by (a country's code)
     * @param label the text a create mutation's generated key is made from
     */
    protected Kind(Section section, Class<E> entity, Class<? extends KeyedEntity> keySpace, Function<T, String> key,
            Function<T, String> label) {
        this.section = section;
        this.entity = entity;
        this.keySpace = keySpace;
        this.key = key;
        this.label = label;
    }

    public final Section section() {
        return section;
    }

    public final Class<E> entity() {
        return entity;
    }

    public final Class<? extends KeyedEntity> keySpace() {
        return keySpace;
    }

    public final String key(T entry) {
        return key.apply(entry);
    }

    public final String label(T entry) {
        return label.apply(entry);
    }

    /** A copy of the entry with that key. */
    public T withKey(T entry, String key) {
        return Records.copy(entry, (name, value) -> name.equals("key") ? key : value);
    }

    /** Calls {@code ref} with every key the entry refers to, and the entity type that key names. */
    public void references(T entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
    }

    /**
     * The text an entry gives for its key, which the excerpts of later entries must occur in (a
     * source's); null for kinds whose entries have none. Field rules are the entry record's
     * constraints ({@link Dataset}).
     */
    public String textOf(T entry) {
        return null;
    }

    /** Writes a validated chunk. */
    public abstract void write(List<T> chunk, Writes writes);

    /** The dataset entries of these entities, as an import would have created them. */
    public abstract List<T> export(List<E> entities, Exports exports);

    /** What refers to an entity of this kind, for deletes. */
    public List<Dependants.Link> dependants() {
        return List.of();
    }

    /** Whether deleting one with cascade deletes the facts that refer to it (a source's), rather than unlinking them. */
    public boolean ownsFacts() {
        return false;
    }

    /** Rows that belong to the entity and go with it when it is deleted (an official's positions). */
    public void deleting(E entity, Session session) {
    }

    /** What a kind's writer is given: matching by key, references resolved to primary keys, audit stamps. */
    public interface Writes {
        Session session();

        /**
         * Creates or updates the entries, matched by key with one query; calls {@code written} with
         * each entity (its primary key assigned), and returns them by key.
         */
        <X extends KeyedEntity, V> Map<String, X> upsert(Class<X> type, List<V> entries, Function<V, String> key,
                Supplier<? extends X> create, Apply<X, V> apply, Consumer<X> written);

        /** Records that an entity of that type now has this key (what later references resolve against). */
        void wrote(Class<? extends KeyedEntity> type, KeyedEntity entity);

        /** The primary key of a validated reference. */
        Long pk(Class<? extends KeyedEntity> type, String key);

        Set<Long> pks(Class<? extends KeyedEntity> type, Collection<String> keys);

        /** The publication date of a source, by key (facts without a date of their own sort by it). */
        LocalDate publishedOn(String sourceKey);

        /** Remembers a source's publication date for the facts that cite it. */
        void published(String sourceKey, LocalDate publishedOn);

        Long country(String code);

        Set<Long> countries(Collection<String> codes);

        /** Marks an entity as changed now by this import's user. */
        void stamp(KeyedEntity entity);

        /** Counts an entry of a kind written without {@link #upsert}: created, updated or unchanged. */
        void count(boolean created, boolean changed);
    }

    /** What a kind's exporter is given: keys and country codes by primary key, read as few times as possible. */
    public interface Exports {
        Session session();

        String code(Long countryPk);

        /** Country codes, sorted. */
        List<String> codes(Collection<Long> countryPks);

        String key(Class<? extends KeyedEntity> type, Long pk);

        Map<Long, String> keys(Class<? extends KeyedEntity> type, Collection<Long> pks);

        /** Keys, sorted. */
        List<String> sortedKeys(Class<? extends KeyedEntity> type, Collection<Long> pks);

        default Dataset.EvidenceEntry evidence(Integer start, Integer end, Double confidence) {
            return start == null || end == null ? null : new Dataset.EvidenceEntry(start, end, confidence);
        }
    }

    /** Applies an entry to an entity, recording in {@code changes} whether anything changed. */
    @FunctionalInterface
    public interface Apply<X, V> {
        void apply(X entity, V entry, Changes changes);
    }

    /** Records whether applying an entry changed anything, so re-imports report "unchanged". */
    public static final class Changes {
        boolean changed;

        public boolean changed() {
            return changed;
        }

        public <V> V set(V current, V value) {
            if (!java.util.Objects.equals(current, value)) {
                changed = true;
            }
            return value;
        }

        public <V> void replace(Set<V> current, Set<V> wanted) {
            if (!current.equals(wanted)) {
                current.retainAll(wanted);
                current.addAll(wanted);
                changed = true;
            }
        }

        /** Marks a change made without {@link #set}. */
        public void changed(boolean changed) {
            this.changed |= changed;
        }
    }
}
