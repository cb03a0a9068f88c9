package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.actor.Position;
import io.newsgraph.common.BaseEntity;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset.PositionEntry;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Imports a dataset all-or-nothing: every problem is collected before anything is written, and
 * the writes share one transaction. Entities are matched by key, and an entity that already holds
 * what the dataset says is left alone, so importing the same dataset twice changes nothing.
 */
@ApplicationScoped
public class DatasetImporter {

    private static final Logger LOG = Logger.getLogger(DatasetImporter.class);
    private static final int PROGRESS_EVERY = 10_000;

    /** Who writes when datasets are loaded at start-up. */
    public static final String LOADER = "dataset-loader";

    @Transactional
    public ImportReport importDataset(Dataset dataset, String user) {
        return importDataset(new DatasetReader.Parsed(dataset, List.of()), user);
    }

    @Transactional
    public ImportReport importDataset(DatasetReader.Parsed parsed, String user) {
        List<Problem> problems = problems(parsed);
        if (!problems.isEmpty()) {
            throw DomainException.rejecting(problems);
        }
        return new Writer(Panache.getSession(), user).write(parsed.dataset());
    }

    /** Everything wrong with a dataset, from parsing and from validation against the database. */
    List<Problem> problems(DatasetReader.Parsed parsed) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Set<String> reported = new HashSet<>(problems.stream().map(Problem::field).toList());
        problems.addAll(new DatasetValidator(new StoredKeys(), LocalDate.now(), reported).validate(parsed.dataset()));
        return problems;
    }

    /** The writes of one import; lives as long as its transaction. */
    private static final class Writer {

        private final Session session;
        private final String user;
        private final Instant now = Instant.now();
        private final Map<String, Country> countries = new HashMap<>();
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, ActorEntity> actors = new HashMap<>();
        private final Map<String, Place> places = new HashMap<>();
        private final Map<String, Event> events = new HashMap<>();
        private final Map<String, Statement> statements = new HashMap<>();
        private final List<EntityCounts> counts = new ArrayList<>();

        Writer(Session session, String user) {
            this.session = session;
            this.user = user;
            for (Country country : session.createSelectionQuery("from Country", Country.class).getResultList()) {
                countries.put(country.code, country);
            }
        }

        ImportReport write(Dataset d) {
            writeCountries(d.countries());
            upsert("sources", Source.class, d.sources(), Dataset.SourceEntry::key, Source::new, sources, (s, e, c) -> {
                s.title = c.set(s.title, e.title());
                s.publisher = c.set(s.publisher, e.publisher());
                s.url = c.set(s.url, e.url());
                s.publishedOn = c.set(s.publishedOn, e.publishedOn());
                s.language = c.set(s.language, e.language());
                s.text = c.set(s.text, e.text());
            });
            upsert("organizations", ActorEntity.class, d.organizations(), Dataset.OrganizationEntry::key,
                    Organization::new, actors, (a, e, c) -> {
                        Organization o = as(Organization.class, a, "organizations", e.key());
                        o.name = c.set(o.name, e.name());
                        o.kind = c.set(o.kind, e.kind());
                        o.countryId = c.set(o.countryId, country(e.country()));
                    });
            upsert("officials", ActorEntity.class, d.officials(), Dataset.OfficialEntry::key, Official::new, actors,
                    (a, e, c) -> {
                        Official o = as(Official.class, a, "officials", e.key());
                        o.name = c.set(o.name, e.name());
                        c.replace(o.aliases, new LinkedHashSet<>(e.aliases()));
                        o.countryId = c.set(o.countryId, country(e.country() != null ? e.country() : mainCountry(e.positions())));
                    });
            writePositions(d.officials());
            upsert("places", Place.class, d.places(), Dataset.PlaceEntry::key, Place::new, places, (p, e, c) -> {
                p.name = c.set(p.name, e.name());
                p.kind = c.set(p.kind, e.kind());
                p.countryId = c.set(p.countryId, country(e.country()));
            });
            upsert("events", Event.class, d.events(), Dataset.EventEntry::key, Event::new, events, (v, e, c) -> {
                v.name = c.set(v.name, e.name());
                v.description = c.set(v.description, e.description());
                v.startDate = c.set(v.startDate, e.startDate());
                v.endDate = c.set(v.endDate, e.endDate());
                v.countryId = c.set(v.countryId, country(e.country()));
                v.initiatedById = c.set(v.initiatedById, ref(ActorEntity.class, actors, e.initiatedBy()));
            });
            upsert("statements", Statement.class, d.statements(), Dataset.StatementEntry::key, Statement::new, statements,
                    (s, e, c) -> {
                        Source source = refEntity(Source.class, sources, e.source());
                        s.text = c.set(s.text, e.text());
                        s.kind = c.set(s.kind, e.kind());
                        s.speakerId = c.set(s.speakerId, ref(ActorEntity.class, actors, e.speaker()));
                        s.saidOn = c.set(s.saidOn, e.saidOn());
                        s.sortDate = c.set(s.sortDate, s.saidOn != null ? s.saidOn : source.publishedOn);
                        s.sourceId = c.set(s.sourceId, source.pk);
                        s.excerpt = c.set(s.excerpt, e.excerpt());
                        c.replace(s.countryIds, countries(e.countries()));
                        c.replace(s.placeIds, refs(Place.class, places, e.places()));
                        c.replace(s.eventIds, refs(Event.class, events, e.events()));
                    });
            upsert("statistics", Statistic.class, d.statistics(), Dataset.StatisticEntry::key, Statistic::new,
                    new HashMap<>(), (s, e, c) -> {
                        Source source = refEntity(Source.class, sources, e.source());
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
                                : s.periodStart != null ? s.periodStart : source.publishedOn);
                        s.countryId = c.set(s.countryId, country(e.country()));
                        s.originCountryId = c.set(s.originCountryId, country(e.originCountry()));
                        s.placeId = c.set(s.placeId, ref(Place.class, places, e.place()));
                        s.reportedById = c.set(s.reportedById, ref(ActorEntity.class, actors, e.reportedBy()));
                        s.statementId = c.set(s.statementId, ref(Statement.class, statements, e.statement()));
                        s.sourceId = c.set(s.sourceId, source.pk);
                        s.excerpt = c.set(s.excerpt, e.excerpt());
                        c.replace(s.eventIds, refs(Event.class, events, e.events()));
                    });
            return new ImportReport(counts);
        }

        private void writeCountries(List<Dataset.CountryEntry> entries) {
            int updated = 0;
            int unchanged = 0;
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
                if (c.changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            if (!entries.isEmpty()) {
                counts.add(new EntityCounts("countries", 0, updated, unchanged));
            }
        }

        /** Positions have no key: an official's list is replaced when it differs from the dataset's. */
        private void writePositions(List<Dataset.OfficialEntry> entries) {
            if (entries.isEmpty()) {
                return;
            }
            Set<Long> officialPks = new HashSet<>();
            entries.forEach(e -> officialPks.add(actors.get(e.key()).pk));
            Map<Long, List<Position>> existing = new HashMap<>();
            session.createSelectionQuery("from Position where officialId in :officials order by pk", Position.class)
                    .setParameter("officials", officialPks)
                    .getResultList()
                    .forEach(p -> existing.computeIfAbsent(p.officialId, k -> new ArrayList<>()).add(p));
            for (Dataset.OfficialEntry entry : entries) {
                Long officialPk = actors.get(entry.key()).pk;
                List<Position> wanted = entry.positions().stream().map(p -> position(officialPk, p)).toList();
                List<Position> current = existing.getOrDefault(officialPk, List.of());
                if (!samePositions(current, wanted)) {
                    current.forEach(session::remove);
                    wanted.forEach(session::persist);
                    stamp(actors.get(entry.key()));
                }
            }
        }

        private Position position(Long officialPk, PositionEntry entry) {
            Position position = new Position();
            position.officialId = officialPk;
            position.title = entry.title();
            position.countryId = country(entry.country());
            position.organizationId = ref(ActorEntity.class, actors, entry.organization());
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

        private <E extends KeyedEntity, T> void upsert(String type, Class<E> entityType, List<T> entries,
                java.util.function.Function<T, String> key, Supplier<? extends E> create, Map<String, E> byKey,
                Apply<E, T> apply) {
            if (entries.isEmpty()) {
                return;
            }
            List<String> keys = entries.stream().map(key).toList();
            for (E existing : session.createSelectionQuery("from " + entityType.getSimpleName() + " where key in :keys",
                    entityType).setParameter("keys", keys).getResultList()) {
                byKey.put(existing.key, existing);
            }
            int created = 0;
            int updated = 0;
            int unchanged = 0;
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
                    created++;
                } else {
                    apply.apply(entity, entry, changes);
                    if (changes.changed) {
                        stamp(entity);
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
                if ((created + updated + unchanged) % PROGRESS_EVERY == 0) {
                    LOG.infof("Importing %s: %d of %d", type, created + updated + unchanged, entries.size());
                }
            }
            counts.add(new EntityCounts(type, created, updated, unchanged));
            LOG.debugf("Imported %s", counts.get(counts.size() - 1));
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
            return code == null ? null : countries.get(code).pk;
        }

        private Set<Long> countries(Collection<String> codes) {
            Set<Long> pks = new HashSet<>();
            codes.forEach(code -> pks.add(country(code)));
            return pks;
        }

        private <E extends KeyedEntity> Long ref(Class<E> type, Map<String, E> known, String key) {
            return key == null ? null : refEntity(type, known, key).pk;
        }

        private <E extends KeyedEntity> Set<Long> refs(Class<E> type, Map<String, E> known, Collection<String> keys) {
            Set<Long> pks = new HashSet<>();
            keys.forEach(key -> pks.add(ref(type, known, key)));
            return pks;
        }

        /** An entity of this dataset, or one the database held before (already validated to exist). */
        private <E extends KeyedEntity> E refEntity(Class<E> type, Map<String, E> known, String key) {
            return known.computeIfAbsent(key, k -> session
                    .createSelectionQuery("from " + type.getSimpleName() + " where key = :key", type)
                    .setParameter("key", k).getSingleResult());
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

    /** Keys and texts the database holds, each kind read once and only when a reference needs it. */
    private static final class StoredKeys implements DatasetValidator.Known {

        private final Map<Class<?>, Set<String>> keys = new HashMap<>();
        private Set<String> countryCodes;

        @Override
        public boolean country(String code) {
            if (countryCodes == null) {
                countryCodes = new HashSet<>(Panache.getSession()
                        .createSelectionQuery("select code from Country", String.class).getResultList());
            }
            return countryCodes.contains(code);
        }

        @Override
        public boolean source(String key) {
            return has(Source.class, key);
        }

        @Override
        public String sourceText(String key) {
            return Panache.getSession().createSelectionQuery("select text from Source where key = :key", String.class)
                    .setParameter("key", key).getSingleResultOrNull();
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

        private boolean has(Class<? extends BaseEntity> type, String key) {
            return keys.computeIfAbsent(type, t -> new HashSet<>(Panache.getSession()
                    .createSelectionQuery("select key from " + t.getSimpleName(), String.class).getResultList()))
                    .contains(key);
        }
    }
}
