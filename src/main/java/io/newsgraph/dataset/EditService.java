package io.newsgraph.dataset;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.Keys;
import io.newsgraph.common.References;
import io.newsgraph.common.error.ConflictException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * Creates, updates and deletes single entities. Creates and updates go through the dataset
 * importer as one-entry datasets, so a fact typed into a mutation is validated and written exactly
 * like one loaded from a file; only the error paths differ ({@code input.excerpt} rather than
 * {@code statements[0].excerpt}). What differs from kind to kind is the kind's ({@link Kinds}).
 */
@ApplicationScoped
public class EditService {

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetExporter exporter;

    @Inject
    SecurityIdentity identity;

    @Inject
    Kinds kinds;

    @Transactional
    public <E extends KeyedEntity, T extends Record> E create(Class<E> type, T entry) {
        Kind<?, T> kind = kinds.ofEntry(entry);
        Class<? extends KeyedEntity> space = kind.keySpace();
        String key = kind.key(entry);
        if (key == null) {
            key = freeKey(space, kind.label(entry));
            entry = kind.withKey(entry, key);
        } else if (Keys.isValid(key) && References.findByKey(space, key).isPresent()) {
            throw new ConflictException("input.key", "'" + key + "' is already taken; choose another key or update it");
        }
        importer.importEntry(entry, user());
        return References.findByKey(type, key).orElseThrow();
    }

    @Transactional
    public <E extends KeyedEntity> E update(Class<E> type, String label, String id, Integer version, Record patch) {
        E entity = References.require(type, label, id, "id");
        if (version != null && version != entity.version) {
            throw new ConflictException("version", label + " '" + id + "' is at version " + entity.version
                    + ", not " + version + ": someone changed it meanwhile; read it again and retry");
        }
        importer.importEntry(Patches.apply(exporter.entryOf(entity), patch), user());
        Panache.getSession().flush();
        return entity;
    }

    @Transactional
    public ImportReport importDataset(Dataset dataset) {
        return importer.importDataset(dataset, user());
    }

    /**
     * Deletes an entity. Facts that still refer to it make this a CONFLICT, unless {@code cascade}:
     * then a source's statements and figures are deleted with it, and other references are cleared.
     */
    @Transactional
    public <E extends KeyedEntity> DeleteReport delete(Class<E> type, String label, String id, boolean cascade) {
        E entity = References.require(type, label, id, "id");
        Kind<E, ?> kind = kinds.ofEntity(type);
        Dependants dependants = Dependants.of(entity, kind);
        Session session = Panache.getSession();
        long count = dependants.count(session);
        if (count > 0 && !cascade) {
            throw new ConflictException("id", label + " '" + id + "' is referred to by " + dependants.describe(session)
                    + ": delete with cascade: true to " + dependants.cascadeMeaning());
        }
        int deleted = 1 + dependants.deleteOwned(session);
        int unlinked = dependants.unlink(session);
        kind.deleting(entity, session);
        session.remove(session.getReference(type, entity.pk));
        session.flush();
        return new DeleteReport(id, deleted, unlinked);
    }

    private String user() {
        return identity.isAnonymous() ? DatasetImporter.LOADER : identity.getPrincipal().getName();
    }

    /** A key derived from the name, made unique with a numeric suffix: "verkhni-lars", "verkhni-lars-2", ... */
    private static String freeKey(Class<? extends KeyedEntity> space, String name) {
        String base = Keys.slugOf(name == null ? "entity" : name);
        String key = base;
        for (int n = 2; References.findByKey(space, key).isPresent(); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
