package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.actor.Position;
import io.newsgraph.common.Keys;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.dataset.ImportReport.EntityCounts;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.Source;
import io.newsgraph.statement.Statement;
import io.newsgraph.statistic.Statistic;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
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

    private static final Logger LOG = Logger.getLogger(DatasetImporter.class);
    private static final int PROGRESS_EVERY = 50_000;
    private static final int ANALYZE_EVERY = 100_000;
    /** Changes above this many rows make an import end by refreshing the planner's statistics. */
    private static final int ANALYZE_AFTER = 10_000;

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
        Session session = Panache.getSession();
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        StoredKeys stored = new StoredKeys(session);
        DatasetValidator validator = new DatasetValidator(stored, LocalDate.now(), reported);
        Writer writer = new Writer(session, user, name, stored);
        for (Section section : Section.values()) {
            entries.forEach(section, CHUNK, (chunk, offset, readProblems) -> {
                for (Problem problem : readProblems) {
                    problems.add(problem);
                    reported.add(problem.field());
                }
                stored.loadSourceTexts(chunk);
                stored.lookUp(section, chunk);
                problems.addAll(validator.check(section, chunk, offset));
                if (problems.isEmpty()) {
                    writer.write(section, chunk);
                } else if (section == Section.SOURCES) {
                    validator.notWritten(Writer.cast(chunk));
                }
            });
            writer.finish(section);
        }
        if (!problems.isEmpty()) {
            throw DomainException.rejecting(problems);
        }
        ImportReport report = writer.report();
        if (report.changes() > ANALYZE_AFTER) {
            writer.analyze();
        }
        return report;
    }

    /** The writes of one import; lives as long as its transaction. */
    private static final class Writer {

        private final Session session;
        private final String user;
        private final String name;
        private final Instant now = Instant.now();
        private final long started = System.nanoTime();
        private final Map<String, Long> countries = new HashMap<>();
        /** What references resolve against: what this import wrote, and what the chunks' lookups found. */
        private final StoredKeys stored;
        private final Map<Section, int[]> counts = new EnumMap<>(Section.class);
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
            for (Object[] row : session.createSelectionQuery("select code, pk from Country", Object[].class).getResultList()) {
                countries.put((String) row[0], (Long) row[1]);
            }
        }

        @SuppressWarnings("unchecked")
        static <T> List<T> cast(List<?> entries) {
            return (List<T>) entries;
        }

        /** Writes one validated chunk, then flushes it and lets its entities go. */
        void write(Section section, List<?> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            Dataset d = section.only(chunk);
            switch (section) {
                case COUNTRIES -> writeCountries(d.countries());
                case SOURCES -> upsert(section, Source.class, d.sources(), Dataset.SourceEntry::key, Source::new, (s, e, c) -> {
                    s.title = c.set(s.title, e.title());
                    s.publisher = c.set(s.publisher, e.publisher());
                    s.url = c.set(s.url, e.url());
                    s.publishedOn = c.set(s.publishedOn, e.publishedOn());
                    s.language = c.set(s.language, e.language());
                    s.text = c.set(s.text, e.text());
                }, s -> stored.wroteSource(s));
                case ORGANIZATIONS -> {
                    upsert(section, ActorEntity.class, d.organizations(), Dataset.OrganizationEntry::key, Organization::new,
                            (a, e, c) -> {
                                Organization o = as(Organization.class, a, "organizations", e.key());
                                o.name = c.set(o.name, e.name());
                                o.kind = c.set(o.kind, e.kind());
                                o.countryId = c.set(o.countryId, country(e.country()));
                            }, a -> {
                                stored.wrote(ActorEntity.class, a);
                                stored.wrote(Organization.class, a);
                            });
                }
                case OFFICIALS -> {
                    Map<String, ActorEntity> written = upsert(section, ActorEntity.class, d.officials(),
                            Dataset.OfficialEntry::key, Official::new, (a, e, c) -> {
                        Official o = as(Official.class, a, "officials", e.key());
                        o.name = c.set(o.name, e.name());
                        c.replace(o.aliases, new LinkedHashSet<>(e.aliases()));
                        o.countryId = c.set(o.countryId, country(e.country() != null ? e.country() : mainCountry(e.positions())));
                    }, a -> stored.wrote(ActorEntity.class, a));
                    writePositions(d.officials(), written);
                }
                case PLACES -> upsert(section, Place.class, d.places(), Dataset.PlaceEntry::key, Place::new, (p, e, c) -> {
                    p.name = c.set(p.name, e.name());
                    p.kind = c.set(p.kind, e.kind());
                    p.countryId = c.set(p.countryId, country(e.country()));
                }, p -> stored.wrote(Place.class, p));
                case EVENTS -> {
                    upsert(section, Event.class, d.events(), Dataset.EventEntry::key, Event::new, (v, e, c) -> {
                        v.name = c.set(v.name, e.name());
                        v.description = c.set(v.description, e.description());
                        v.startDate = c.set(v.startDate, e.startDate());
                        v.endDate = c.set(v.endDate, e.endDate());
                        v.countryId = c.set(v.countryId, country(e.country()));
                        v.initiatedById = c.set(v.initiatedById, stored.pk(ActorEntity.class, e.initiatedBy()));
                    }, v -> stored.wrote(Event.class, v));
                }
                case STATEMENTS -> {
                    upsert(section, Statement.class, d.statements(), Dataset.StatementEntry::key, Statement::new, (s, e, c) -> {
                        SourceRef source = stored.sourceRef(e.source());
                        s.text = c.set(s.text, e.text());
                        s.kind = c.set(s.kind, e.kind());
                        s.speakerId = c.set(s.speakerId, stored.pk(ActorEntity.class, e.speaker()));
                        s.saidOn = c.set(s.saidOn, e.saidOn());
                        s.sortDate = c.set(s.sortDate, s.saidOn != null ? s.saidOn : source.publishedOn());
                        s.sourceId = c.set(s.sourceId, source.pk());
                        s.excerpt = c.set(s.excerpt, e.excerpt());
                        s.evidenceStart = c.set(s.evidenceStart, e.evidence() == null ? null : e.evidence().start());
                        s.evidenceEnd = c.set(s.evidenceEnd, e.evidence() == null ? null : e.evidence().end());
                        s.evidenceConfidence = c.set(s.evidenceConfidence, e.evidence() == null ? null : e.evidence().confidence());
                        c.replace(s.countryIds, countries(e.countries()));
                        c.replace(s.placeIds, stored.pks(Place.class, e.places()));
                        c.replace(s.eventIds, stored.pks(Event.class, e.events()));
                    }, s -> { });
                }
                case STATISTICS -> {
                    upsert(section, Statistic.class, d.statistics(), StatisticEntry::key, Statistic::new, (s, e, c) -> {
                        SourceRef source = stored.sourceRef(e.source());
                        s.metric = c.set(s.metric, e.metric());
                        s.description = c.set(s.description, e.description());
                        s.value = c.set(s.value, e.value());
                        s.low = c.set(s.low, e.low());
                        s.high = c.set(s.high, e.high());
                        s.approximation = c.set(s.approximation, e.approximation());
                        s.unit = c.set(s.unit, e.unit());
                        s.rate = c.set(s.rate, e.rate());
                        s.periodStart = c.set(s.periodStart, e.periodStart());
                        s.periodEnd = c.set(s.periodEnd, e.periodEnd());
                        s.sortDate = c.set(s.sortDate, s.periodEnd != null ? s.periodEnd
                                : s.periodStart != null ? s.periodStart : source.publishedOn());
                        s.countryId = c.set(s.countryId, country(e.country()));
                        s.originCountryId = c.set(s.originCountryId, country(e.originCountry()));
                        s.placeId = c.set(s.placeId, stored.pk(Place.class, e.place()));
                        s.reportedById = c.set(s.reportedById, stored.pk(ActorEntity.class, e.reportedBy()));
                        s.statementId = c.set(s.statementId, stored.pk(Statement.class, e.statement()));
                        s.sourceId = c.set(s.sourceId, source.pk());
                        s.excerpt = c.set(s.excerpt, e.excerpt());
                        s.evidenceStart = c.set(s.evidenceStart, e.evidence() == null ? null : e.evidence().start());
                        s.evidenceEnd = c.set(s.evidenceEnd, e.evidence() == null ? null : e.evidence().end());
                        s.evidenceConfidence = c.set(s.evidenceConfidence, e.evidence() == null ? null : e.evidence().confidence());
                        c.replace(s.eventIds, stored.pks(Event.class, e.events()));
                    }, s -> { });
                }
            }
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

        private int[] counts(Section section) {
            return counts.computeIfAbsent(section, k -> new int[3]);
        }

        private void writeCountries(List<Dataset.CountryEntry> entries) {
            Map<String, Country> countries = new HashMap<>();
            for (Country country : session.createSelectionQuery("from Country", Country.class).getResultList()) {
                countries.put(country.code, country);
            }
            int[] n = counts(Section.COUNTRIES);
            for (Dataset.CountryEntry entry : entries) {
                Country country = countries.get(entry.code());
                Changes c = new Changes();
                if (entry.name() != null) {
                    country.name = c.set(country.name, entry.name());
                }
                for (String code : entry.neighbors()) {
                    Country neighbor = countries.get(code);
                    c.changed |= country.neighborIds.add(neighbor.pk);
                    c.changed |= neighbor.neighborIds.add(country.pk);
                }
                n[c.changed ? 1 : 2]++;
            }
        }

        /** Positions have no key: an official's list is replaced when it differs from the dataset's. */
        private void writePositions(List<Dataset.OfficialEntry> entries, Map<String, ActorEntity> officials) {
            Set<Long> officialPks = new HashSet<>();
            entries.forEach(e -> officialPks.add(officials.get(e.key()).pk));
            Map<Long, List<Position>> existing = new HashMap<>();
            session.createSelectionQuery("from Position where officialId in :officials order by pk", Position.class)
                    .setParameter("officials", officialPks)
                    .getResultList()
                    .forEach(p -> existing.computeIfAbsent(p.officialId, k -> new ArrayList<>()).add(p));
            for (Dataset.OfficialEntry entry : entries) {
                Long officialPk = officials.get(entry.key()).pk;
                List<Position> wanted = entry.positions().stream().map(p -> position(officialPk, p)).toList();
                List<Position> current = existing.getOrDefault(officialPk, List.of());
                if (!samePositions(current, wanted)) {
                    current.forEach(session::remove);
                    wanted.forEach(session::persist);
                    stamp(officials.get(entry.key()));
                }
            }
        }

        private Position position(Long officialPk, PositionEntry entry) {
            Position position = new Position();
            position.officialId = officialPk;
            position.title = entry.title();
            position.countryId = country(entry.country());
            position.organizationId = stored.pk(Organization.class, entry.organization());
            position.startDate = entry.start();
            position.endDate = entry.end();
            return position;
        }

        private static boolean samePositions(List<Position> a, List<Position> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                Position x = a.get(i);
                Position y = b.get(i);
                if (!Objects.equals(x.title, y.title) || !Objects.equals(x.countryId, y.countryId)
                        || !Objects.equals(x.organizationId, y.organizationId)
                        || !Objects.equals(x.startDate, y.startDate) || !Objects.equals(x.endDate, y.endDate)) {
                    return false;
                }
            }
            return true;
        }

        private static String mainCountry(List<PositionEntry> positions) {
            return positions.stream().filter(p -> p.end() == null && p.country() != null).findFirst()
                    .or(() -> positions.stream().filter(p -> p.country() != null).findFirst())
                    .map(PositionEntry::country).orElse(null);
        }

        /**
         * Creates or updates the entries of one chunk, matched by key with one query; calls
         * {@code written} with each entity (its primary key assigned), and returns them by key.
         */
        private <E extends KeyedEntity, T> Map<String, E> upsert(Section section, Class<E> entityType, List<T> entries,
                Function<T, String> key, Supplier<? extends E> create, Apply<E, T> apply, Consumer<E> written) {
            Map<String, E> byKey = new HashMap<>();
            List<String> keys = entries.stream().map(key).toList();
            for (E existing : session.createSelectionQuery("from " + entityType.getSimpleName() + " where key in :keys",
                    entityType).setParameter("keys", keys).getResultList()) {
                byKey.put(existing.key, existing);
            }
            int[] n = counts(section);
            for (T entry : entries) {
                E entity = byKey.get(key.apply(entry));
                Changes changes = new Changes();
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
                    if (changes.changed) {
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

        private void stamp(KeyedEntity entity) {
            entity.updatedAt = now;
            entity.updatedBy = user;
        }

        private static <E> E as(Class<E> type, Object entity, String path, String key) {
            if (!type.isInstance(entity)) {
                throw new BadUserInputException(path, "'" + key + "' already names an actor of another kind");
            }
            return type.cast(entity);
        }

        private Long country(String code) {
            return code == null ? null : countries.get(code);
        }

        private Set<Long> countries(Collection<String> codes) {
            Set<Long> pks = new HashSet<>();
            codes.forEach(code -> pks.add(country(code)));
            return pks;
        }
    }

    /** Records whether applying an entry changed anything, so re-imports report "unchanged". */
    static final class Changes {
        boolean changed;

        <T> T set(T current, T value) {
            if (!Objects.equals(current, value)) {
                changed = true;
            }
            return value;
        }

        <T> void replace(Set<T> current, Set<T> wanted) {
            if (!current.equals(wanted)) {
                current.retainAll(wanted);
                current.addAll(wanted);
                changed = true;
            }
        }
    }

    @FunctionalInterface
    interface Apply<E, T> {
        void apply(E entity, T entry, Changes changes);
    }

    /** Where a fact's source is and when it was published (statements and figures without a date sort by it). */
    record SourceRef(Long pk, LocalDate publishedOn) {
    }

    /**
     * The one answer to "which entity has this key": primary keys of what this import wrote, and of
     * what the database already held, looked up once per chunk for the keys the chunk names (never
     * a whole table). The validator asks it whether a reference exists, the writer for its pk.
     */
    private static final class StoredKeys implements DatasetValidator.Known {

        private final Session session;
        private final Map<Class<? extends KeyedEntity>, Map<String, Long>> pks = new HashMap<>();
        private final Map<String, LocalDate> published = new HashMap<>();
        private Set<String> countryCodes;

        StoredKeys(Session session) {
            this.session = session;
        }

        /** Looks up, one query per kind, the keys this chunk refers to that are not known yet. */
        void lookUp(Section section, List<?> chunk) {
            // Statements are not kept from chunk to chunk: there can be millions, and only figures refer to them.
            pks.remove(Statement.class);
            Map<Class<? extends KeyedEntity>, Set<String>> wanted = new HashMap<>();
            for (Object entry : chunk) {
                if (entry != null) {
                    references(entry, (type, key) -> {
                        if (key != null && Keys.isValid(key) && !map(type).containsKey(key)) {
                            wanted.computeIfAbsent(type, t -> new HashSet<>()).add(key);
                        }
                    });
                }
            }
            wanted.forEach((type, keys) -> {
                boolean sources = type == Source.class;
                session.createSelectionQuery("select key, pk" + (sources ? ", publishedOn" : "") + " from "
                        + type.getSimpleName() + " where key in :keys", Object[].class).setParameter("keys", keys)
                        .getResultList().forEach(row -> {
                            map(type).put((String) row[0], (Long) row[1]);
                            if (sources) {
                                published.put((String) row[0], (LocalDate) row[2]);
                            }
                        });
            });
        }

        /** The keys an entry refers to, by the entity type they name. */
        private static void references(Object entry, BiConsumer<Class<? extends KeyedEntity>, String> ref) {
            if (entry instanceof Dataset.OfficialEntry e) {
                e.positions().forEach(p -> ref.accept(Organization.class, p == null ? null : p.organization()));
            } else if (entry instanceof Dataset.EventEntry e) {
                ref.accept(ActorEntity.class, e.initiatedBy());
            } else if (entry instanceof Dataset.StatementEntry e) {
                ref.accept(Source.class, e.source());
                ref.accept(ActorEntity.class, e.speaker());
                e.places().forEach(key -> ref.accept(Place.class, key));
                e.events().forEach(key -> ref.accept(Event.class, key));
            } else if (entry instanceof StatisticEntry e) {
                ref.accept(Source.class, e.source());
                ref.accept(ActorEntity.class, e.reportedBy());
                ref.accept(Place.class, e.place());
                ref.accept(Statement.class, e.statement());
                e.events().forEach(key -> ref.accept(Event.class, key));
            }
        }

        private Map<String, Long> map(Class<? extends KeyedEntity> type) {
            return pks.computeIfAbsent(type, t -> new HashMap<>());
        }

        void wrote(Class<? extends KeyedEntity> type, KeyedEntity entity) {
            map(type).put(entity.key, entity.pk);
        }

        void wroteSource(Source source) {
            wrote(Source.class, source);
            published.put(source.key, source.publishedOn);
        }

        SourceRef sourceRef(String key) {
            return new SourceRef(pk(Source.class, key), published.get(key));
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

        Set<Long> pks(Class<? extends KeyedEntity> type, Collection<String> keys) {
            Set<Long> found = new HashSet<>();
            keys.forEach(key -> found.add(pk(type, key)));
            return found;
        }

        private boolean has(Class<? extends KeyedEntity> type, String key) {
            return map(type).containsKey(key);
        }

        @Override
        public boolean country(String code) {
            if (countryCodes == null) {
                countryCodes = new HashSet<>(session.createSelectionQuery("select code from Country", String.class)
                        .getResultList());
            }
            return countryCodes.contains(code);
        }

        @Override
        public boolean source(String key) {
            return has(Source.class, key);
        }

        /** Texts of the sources that the current chunk cites. */
        private final Map<String, String> sourceTexts = new HashMap<>();

        /** Reads, in one query, the texts of the sources this chunk's excerpts must occur in. */
        void loadSourceTexts(List<?> chunk) {
            sourceTexts.clear();
            Set<String> cited = new HashSet<>();
            for (Object entry : chunk) {
                if (entry instanceof Dataset.StatementEntry e && e.source() != null) {
                    cited.add(e.source());
                } else if (entry instanceof StatisticEntry e && e.source() != null) {
                    cited.add(e.source());
                }
            }
            if (!cited.isEmpty()) {
                session.createSelectionQuery("select key, text from Source where key in :keys and text is not null",
                        Object[].class).setParameter("keys", cited).getResultList()
                        .forEach(row -> sourceTexts.put((String) row[0], (String) row[1]));
            }
        }

        @Override
        public String sourceText(String key) {
            return sourceTexts.get(key);
        }

        @Override
        public boolean actor(String key) {
            return has(ActorEntity.class, key);
        }

        @Override
        public boolean organization(String key) {
            return has(Organization.class, key);
        }

        @Override
        public boolean place(String key) {
            return has(Place.class, key);
        }

        @Override
        public boolean event(String key) {
            return has(Event.class, key);
        }

        @Override
        public boolean statement(String key) {
            return has(Statement.class, key);
        }
    }
}
