package io.newsgraph.dataset;

import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.KeyedEntity_;
import io.newsgraph.common.Keys;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.country.Country_;
import io.newsgraph.dataset.ImportReport.EntityCounts;
import io.newsgraph.source.SourceEntity_;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

/**
 * Imports a dataset all-or-nothing, a chunk at a time: each chunk of each section (in
 * {@link Section} order) is validated, then written with batched statements, flushed and let go,
 * so a dataset of any size imports in bounded memory. A problem anywhere stops the writing but not
 * the checking: every problem is reported, and the transaction, holding all writes, rolls back.
 * Entities are matched by key, and an entity that already holds what the dataset says is left
 * alone, so importing the same dataset twice changes nothing (and writes nothing).
 */
@ApplicationScoped
public class DatasetImporter {

    @Inject
    Kinds kinds;

    @Inject
    ValidatorFactory validation;

    private static final Logger LOG = Logger.getLogger(DatasetImporter.class);
    private static final int PROGRESS_EVERY = 50_000;
    private static final int ANALYZE_EVERY = 100_000;
    /** Changes above this many rows make an import end by refreshing the planner's statistics. */
    static final int ANALYZE_AFTER = 10_000;

    /** Whether an import changed enough rows for the database's upkeep: ANALYZE within it, VACUUM after it. */
    static boolean isLarge(ImportReport report) {
        return report.changes() > ANALYZE_AFTER;
    }

    /**
     * Entries validated and written together: large enough that the per-chunk lookups (existing
     * entities, referenced keys, source texts) are few, small enough that a chunk's entities are
     * cheap to hold and to flush.
     */
    static final int CHUNK = 1_000;

    /** Who writes when datasets are loaded at start-up. */
    public static final String LOADER = "dataset-loader";

    @Transactional
    public ImportReport importDataset(Dataset dataset, String user) {
        return importDataset(new DatasetReader.Parsed(dataset, List.of()), user);
    }

    @Transactional
    public ImportReport importDataset(DatasetReader.Parsed parsed, String user) {
        return run(DatasetReader.inMemory(parsed), user, "dataset");
    }

    /** A dataset file, streamed: only a chunk of it is in memory at a time. */
    @Transactional
    public ImportReport importFile(DatasetReader.DatasetFile file, String user) {
        return run(file, user, file.location());
    }

    private ImportReport run(DatasetReader.Entries entries, String user, String name) {
        return run(entries, user, name, null);
    }

    /**
     * One entity typed into a mutation: validated and written as a one-entry dataset, its problems
     * reported under {@code input} rather than {@code statements[0]}.
     */
    @Transactional
    public void importEntry(Record entry, String user) {
        Kind<?, Record> kind = kinds.ofEntry(entry);
        run(DatasetReader.inMemory(new DatasetReader.Parsed(kind.section().only(List.of(entry)), List.of())), user,
                "input", "input");
    }

    private ImportReport run(DatasetReader.Entries entries, String user, String name, String entryPath) {
        Session session = Panache.getSession();
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Class<? extends KeyedEntity> sources = kinds.of(Section.SOURCES).keySpace();
        StoredKeys stored = new StoredKeys(session, sources);
        DatasetValidator validator = new DatasetValidator(validation, stored, Clock.systemDefaultZone(), reported, entryPath);
        Writer writer = new Writer(session, user, name, stored);
        for (Kind<?, ?> kind : kinds.all()) {
            Kind<?, Record> k = cast(kind);
            entries.forEach(kind.section(), CHUNK, (chunk, offset, readProblems) -> {
                for (Problem problem : readProblems) {
                    problems.add(problem);
                    reported.add(problem.field());
                }
                List<Record> records = cast(chunk);
                stored.lookUp(k, records);
                problems.addAll(validator.check(k, records, offset));
                if (problems.isEmpty()) {
                    writer.write(k, records);
                } else {
                    validator.notWritten();
                }
            });
            writer.finish(kind.section());
        }
        if (!problems.isEmpty()) {
            throw DomainException.rejecting(problems);
        }
        ImportReport report = writer.report();
        if (isLarge(report)) {
            writer.analyze();
        }
        return report;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** The writes of one import; lives as long as its transaction. */
    private static final class Writer implements Kind.Writes {

        private final Session session;
        private final String user;
        private final String name;
        private final Instant now = Instant.now();
        private final long started = System.nanoTime();
        private final Map<String, Long> countries = new HashMap<>();
        /** What references resolve against: what this import wrote, and what the chunks' lookups found. */
        private final StoredKeys stored;
        private final Map<Section, int[]> counts = new EnumMap<>(Section.class);
        private Section section;
        /**
         * PostgreSQL plans by table statistics, which do not see rows this import added until
         * ANALYZE (it does see its own transaction's rows). Without it, the per-chunk lookup of
         * existing figures by key turned into a scan of the growing table: 2 s a chunk, 500
         * figures a second, 300,000 figures into the large dataset.
         */
        private final boolean plansByStatistics;
        private int sinceAnalyze;

        Writer(Session session, String user, String name, StoredKeys stored) {
            this.session = session;
            this.stored = stored;
            this.user = user;
            this.name = name;
            this.plansByStatistics = session.getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect() instanceof PostgreSQLDialect;
            for (Object[] row : session.createSelectionQuery("select " + Country_.CODE + ", " + Country_.PK + " from Country",
                    Object[].class).getResultList()) {
                countries.put((String) row[0], (Long) row[1]);
            }
        }

        /** Writes one validated chunk, then flushes it and lets its entities go. */
        <T extends Record> void write(Kind<?, T> kind, List<T> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            section = kind.section();
            kind.write(chunk, this);
            session.flush();
            session.clear();
            sinceAnalyze += chunk.size();
            if (sinceAnalyze >= ANALYZE_EVERY && plansByStatistics) {
                analyze();
            }
        }

        /**
         * Right after a big import the query planner still believes the tables are as they were:
         * on PostgreSQL it then scanned all 300,000 statement_country rows to find the countries
         * of 20 statements (20 ms instead of 0.4), until autovacuum came round. ANALYZE (H2 and
         * PostgreSQL) refreshes its statistics at once.
         */
        void analyze() {
            long start = System.nanoTime();
            session.createNativeMutationQuery("analyze").executeUpdate();
            sinceAnalyze = 0;
            LOG.infof("Planner statistics refreshed in %d ms", (System.nanoTime() - start) / 1_000_000);
        }

        /** Logs how a section went; sections the dataset does not have are left out of the report. */
        void finish(Section section) {
            int[] n = counts.get(section);
            if (n != null) {
                LOG.infof("Imported %s from %s: %d created, %d updated, %d unchanged (%d s so far)", section.field, name,
                        n[0], n[1], n[2], (System.nanoTime() - started) / 1_000_000_000L);
            }
        }

        ImportReport report() {
            List<EntityCounts> report = new ArrayList<>();
            counts.forEach((section, n) -> report.add(new EntityCounts(section.field, n[0], n[1], n[2])));
            return new ImportReport(report);
        }

        private int[] counts() {
            return counts.computeIfAbsent(section, k -> new int[3]);
        }

        @Override
        public Session session() {
            return session;
        }

        @Override
        public void count(boolean created, boolean changed) {
            counts()[created ? 0 : changed ? 1 : 2]++;
        }

        @Override
        public <E extends KeyedEntity, T> Map<String, E> upsert(Class<E> entityType, List<T> entries,
                Function<T, String> key, Supplier<? extends E> create, Kind.Apply<E, T> apply, Consumer<E> written) {
            Map<String, E> byKey = new HashMap<>();
            List<String> keys = entries.stream().map(key).toList();
            for (E existing : session.createSelectionQuery("from " + entityType.getSimpleName() + " where "
                    + KeyedEntity_.KEY + " in :keys", entityType).setParameter("keys", keys).getResultList()) {
                byKey.put(existing.key, existing);
            }
            int[] n = counts();
            for (T entry : entries) {
                E entity = byKey.get(key.apply(entry));
                Kind.Changes changes = new Kind.Changes();
                if (entity == null) {
                    entity = create.get();
                    entity.key = key.apply(entry);
                    apply.apply(entity, entry, changes);
                    entity.createdAt = now;
                    entity.createdBy = user;
                    stamp(entity);
                    session.persist(entity);
                    byKey.put(entity.key, entity);
                    n[0]++;
                } else {
                    apply.apply(entity, entry, changes);
                    if (changes.changed()) {
                        stamp(entity);
                        n[1]++;
                    } else {
                        n[2]++;
                    }
                }
                written.accept(entity);
                int done = n[0] + n[1] + n[2];
                if (done % PROGRESS_EVERY == 0) {
                    LOG.infof("Importing %s from %s: %d so far (%d s)", section.field, name, done,
                            (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
            return byKey;
        }

        @Override
        public void stamp(KeyedEntity entity) {
            entity.updatedAt = now;
            entity.updatedBy = user;
        }

        @Override
        public Long country(String code) {
            return code == null ? null : countries.get(code);
        }

        @Override
        public Set<Long> countries(Collection<String> codes) {
            Set<Long> pks = new HashSet<>();
            codes.forEach(code -> pks.add(country(code)));
            return pks;
        }

        @Override
        public void wrote(Class<? extends KeyedEntity> type, KeyedEntity entity) {
            stored.wrote(type, entity);
        }

        @Override
        public Long pk(Class<? extends KeyedEntity> type, String key) {
            return stored.pk(type, key);
        }

        @Override
        public Set<Long> pks(Class<? extends KeyedEntity> type, Collection<String> keys) {
            Set<Long> found = new HashSet<>();
            keys.forEach(key -> found.add(pk(type, key)));
            return found;
        }

        @Override
        public LocalDate publishedOn(String sourceKey) {
            return stored.published.get(sourceKey);
        }

        @Override
        public void published(String sourceKey, LocalDate publishedOn) {
            stored.published.put(sourceKey, publishedOn);
        }
    }

    /**
     * The one answer to "which entity has this key": primary keys of what this import wrote, and of
     * what the database already held, looked up once per chunk for the keys the chunk names (never
     * a whole table). The validator asks it whether a reference exists, the writer for its pk.
     */
    private static final class StoredKeys implements DatasetValidator.Known {

        private final Session session;
        private static final int KEPT_KEYS = 10 * CHUNK;
        private final Map<Class<? extends KeyedEntity>, Map<String, Long>> pks = new HashMap<>();
        private final Map<String, LocalDate> published = new HashMap<>();
        /** Texts of the stored sources that the current chunk cites. */
        private final Map<String, String> sourceTexts = new HashMap<>();
        private final Class<? extends KeyedEntity> sources;
        private Set<String> countryCodes;

        StoredKeys(Session session, Class<? extends KeyedEntity> sources) {
            this.session = session;
            this.sources = sources;
        }

        /**
         * Looks up, one query per kind, the keys this chunk refers to that are not known yet, and
         * the texts of the sources it cites (which its excerpts must occur in).
         */
        <T extends Record> void lookUp(Kind<?, T> kind, List<T> chunk) {
            // Bounded memory: keys of a kind that has many (there can be millions of statements) are
            // not kept from chunk to chunk, but looked up again for the chunks that need them.
            pks.values().removeIf(keys -> keys.size() > KEPT_KEYS);
            sourceTexts.clear();
            Map<Class<? extends KeyedEntity>, Set<String>> wanted = new HashMap<>();
            Set<String> cited = new HashSet<>();
            for (T entry : chunk) {
                if (entry != null) {
                    kind.references(entry, (type, key) -> {
                        if (key != null && Keys.isValid(key)) {
                            if (type == sources) {
                                cited.add(key);
                            }
                            if (!map(type).containsKey(key)) {
                                wanted.computeIfAbsent(type, t -> new HashSet<>()).add(key);
                            }
                        }
                    });
                }
            }
            wanted.forEach((type, keys) -> {
                boolean isSource = type == sources;
                session.createSelectionQuery("select " + KeyedEntity_.KEY + ", " + KeyedEntity_.PK
                        + (isSource ? ", " + SourceEntity_.PUBLISHED_ON : "") + " from " + type.getSimpleName() + " where "
                        + KeyedEntity_.KEY + " in :keys", Object[].class).setParameter("keys", keys)
                        .getResultList().forEach(row -> {
                            map(type).put((String) row[0], (Long) row[1]);
                            if (isSource) {
                                published.put((String) row[0], (LocalDate) row[2]);
                            }
                        });
            });
            if (!cited.isEmpty()) {
                session.createSelectionQuery("select " + SourceEntity_.KEY + ", " + SourceEntity_.TEXT + " from "
                        + sources.getSimpleName() + " where " + SourceEntity_.KEY + " in :keys and " + SourceEntity_.TEXT
                        + " is not null", Object[].class).setParameter("keys", cited)
                        .getResultList().forEach(row -> sourceTexts.put((String) row[0], (String) row[1]));
            }
        }

        private Map<String, Long> map(Class<? extends KeyedEntity> type) {
            return pks.computeIfAbsent(type, t -> new HashMap<>());
        }

        void wrote(Class<? extends KeyedEntity> type, KeyedEntity entity) {
            map(type).put(entity.key, entity.pk);
        }

        /** The primary key of a validated reference: written by this import, or looked up before the chunk. */
        Long pk(Class<? extends KeyedEntity> type, String key) {
            if (key == null) {
                return null;
            }
            Long pk = map(type).get(key);
            if (pk == null) {
                throw new IllegalStateException("Reference '" + key + "' was not resolved");
            }
            return pk;
        }

        @Override
        public boolean has(Class<? extends KeyedEntity> type, String key) {
            return map(type).containsKey(key);
        }

        @Override
        public boolean country(String code) {
            if (countryCodes == null) {
                countryCodes = new HashSet<>(session.createSelectionQuery("select " + Country_.CODE + " from Country", String.class)
                        .getResultList());
            }
            return countryCodes.contains(code);
        }

        @Override
        public String sourceText(String key) {
            return sourceTexts.get(key);
        }
    }
}
