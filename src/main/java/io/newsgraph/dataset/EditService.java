package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.Keys;
import io.newsgraph.common.References;
import io.newsgraph.common.error.ConflictException;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.dataset.Dataset.EventEntry;
import io.newsgraph.dataset.Dataset.OfficialEntry;
import io.newsgraph.dataset.Dataset.OrganizationEntry;
import io.newsgraph.dataset.Dataset.PlaceEntry;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import io.newsgraph.statistic.Statistic;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.Session;

/**
 * Creates, updates and deletes single entities. Creates and updates go through the dataset
 * importer as one-entry datasets, so a fact typed into a mutation is validated and written exactly
 * like one loaded from a file; only the error paths change ({@code input.excerpt} rather than
 * {@code statements[0].excerpt}).
 */
@ApplicationScoped
public class EditService {

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetExporter exporter;

    @Inject
    SecurityIdentity identity;

    @Transactional
    public <E extends KeyedEntity> E create(Class<E> type, Record entry) {
        String key = (String) Records.get(entry, "key");
        if (key == null) {
            String free = freeKey(type, (String) Records.get(entry, labelField(entry)));
            entry = Records.copy(entry, (name, value) -> name.equals("key") ? free : value);
        } else if (Keys.isValid(key) && References.findByKey(lookupType(type), key).isPresent()) {
            throw new ConflictException("input.key", "'" + key + "' is already taken; choose another key or update it");
        }
        write(entry);
        return References.findByKey(type, (String) Records.get(entry, "key")).orElseThrow();
    }

    @Transactional
    public <E extends KeyedEntity> E update(Class<E> type, String label, String id, Integer version, Record patch) {
        E entity = References.require(type, label, id, "id");
        if (version != null && version != entity.version) {
            throw new ConflictException("version", label + " '" + id + "' is at version " + entity.version
                    + ", not " + version + ": someone changed it meanwhile; read it again and retry");
        }
        write(Patches.apply((Record) exporter.entryOf(entity), patch));
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
        Dependants dependants = Dependants.of(entity);
        Session session = Panache.getSession();
        long count = dependants.count(session);
        if (count > 0 && !cascade) {
            throw new ConflictException("id", label + " '" + id + "' is referred to by " + dependants.describe(session)
                    + ": delete with cascade: true to " + dependants.cascadeMeaning());
        }
        int deleted = 1 + dependants.deleteOwned(session);
        int unlinked = dependants.unlink(session);
        if (entity instanceof Official) {
            session.createMutationQuery("delete from Position where officialId = :pk").setParameter("pk", entity.pk)
                    .executeUpdate();
        }
        session.remove(session.getReference(type, entity.pk));
        session.flush();
        return new DeleteReport(id, deleted, unlinked);
    }

    private void write(Record entry) {
        try {
            importer.importDataset(single(entry), user());
        } catch (DomainException e) {
            throw DomainException.rejecting(e.getProblems().stream()
                    .map(p -> p.at(p.field().replaceFirst("^\\w+\\[0\\]", "input"))).toList());
        }
    }

    private String user() {
        return identity.isAnonymous() ? DatasetImporter.LOADER : identity.getPrincipal().getName();
    }

    private static Dataset single(Record entry) {
        return new Dataset(
                entry instanceof SourceEntry e ? List.of(e) : null, null,
                entry instanceof OrganizationEntry e ? List.of(e) : null,
                entry instanceof OfficialEntry e ? List.of(e) : null,
                entry instanceof PlaceEntry e ? List.of(e) : null,
                entry instanceof EventEntry e ? List.of(e) : null,
                entry instanceof StatementEntry e ? List.of(e) : null,
                entry instanceof StatisticEntry e ? List.of(e) : null);
    }

    /** The field a generated key is made from. */
    private static String labelField(Record entry) {
        if (entry instanceof SourceEntry) {
            return "title";
        }
        if (entry instanceof StatementEntry) {
            return "text";
        }
        return entry instanceof StatisticEntry ? "description" : "name";
    }

    /** Officials and organizations share one key space. */
    private static Class<? extends KeyedEntity> lookupType(Class<? extends KeyedEntity> type) {
        return ActorEntity.class.isAssignableFrom(type) ? ActorEntity.class : type;
    }

    /** A key derived from the name, made unique with a numeric suffix: "verkhni-lars", "verkhni-lars-2", ... */
    private static String freeKey(Class<? extends KeyedEntity> type, String name) {
        String base = Keys.slugOf(name == null ? "entity" : name);
        String key = base;
        for (int n = 2; References.findByKey(lookupType(type), key).isPresent(); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
