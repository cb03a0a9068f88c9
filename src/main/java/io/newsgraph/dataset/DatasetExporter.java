package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.actor.Position;
import io.newsgraph.common.BaseEntity;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.References;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset.CountryEntry;
import io.newsgraph.dataset.Dataset.EventEntry;
import io.newsgraph.dataset.Dataset.OfficialEntry;
import io.newsgraph.dataset.Dataset.OrganizationEntry;
import io.newsgraph.dataset.Dataset.PlaceEntry;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import io.newsgraph.statistic.Statistic;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Writes facts back out in the dataset format: everything, or a slice (by source, country, date
 * range) together with every entity its facts refer to, so that the file imports on its own.
 * Lists are sorted by key, so the same facts always give the same file.
 */
@ApplicationScoped
public class DatasetExporter {

    /** Which facts to export; null fields do not narrow. */
    public record Slice(String source, String country, LocalDate from, LocalDate to) {
        public static final Slice EVERYTHING = new Slice(null, null, null, null);

        boolean isEverything() {
            return source == null && country == null && from == null && to == null;
        }
    }

    @Transactional
    public Dataset export(Slice slice) {
        return new Export(Panache.getSession()).run(slice);
    }

    /** The dataset entry of one entity, as an import would have created it (used by updates). */
    @Transactional
    public Object entryOf(KeyedEntity entity) {
        Export export = new Export(Panache.getSession());
        if (entity instanceof SourceEntity s) {
            return export.source(s);
        } else if (entity instanceof Organization o) {
            return export.organization(o);
        } else if (entity instanceof Official o) {
            return export.officials(List.of(o)).get(0);
        } else if (entity instanceof Place p) {
            return export.place(p);
        } else if (entity instanceof Event e) {
            return export.event(e);
        } else if (entity instanceof Statement s) {
            return export.statement(s);
        } else if (entity instanceof Statistic s) {
            return export.statistic(s);
        }
        throw new IllegalArgumentException("Not exportable: " + entity);
    }

    /** One export's queries and pk-to-key lookups. */
    private static final class Export {

        private final Session session;
        private final Map<Long, String> countryCodes = new HashMap<>();

        Export(Session session) {
            this.session = session;
            for (Object[] row : session.createSelectionQuery("select pk, code from Country", Object[].class).getResultList()) {
                countryCodes.put((Long) row[0], (String) row[1]);
            }
        }

        Dataset run(Slice slice) {
            List<Statement> statements = facts(Statement.class, slice,
                    ":country member of e.countryIds",
                    "e.sortDate >= :from", "e.sortDate <= :to");
            List<Statistic> statistics = facts(Statistic.class, slice, "e.countryId = :country",
                    "(e.periodEnd is null or e.periodEnd >= :from)", "(e.periodStart is null or e.periodStart <= :to)");
            List<Event> events = slice.source() != null ? new ArrayList<>() : facts(Event.class, slice,
                    "e.countryId = :country", "coalesce(e.endDate, e.startDate) >= :from", "e.startDate <= :to");

            // Close over references, so that the slice imports into an empty database on its own.
            Set<Long> statementPks = pks(statements);
            statistics.stream().map(s -> s.statementId).filter(pk -> pk != null && !statementPks.contains(pk))
                    .distinct().forEach(pk -> statements.add(session.find(Statement.class, pk)));
            Set<Long> eventPks = pks(events);
            Set<Long> wantedEvents = new LinkedHashSet<>(referenced(statements, s -> s.eventIds));
            wantedEvents.addAll(referenced(statistics, s -> s.eventIds));
            wantedEvents.removeAll(eventPks);
            events.addAll(load(Event.class, wantedEvents));

            Set<Long> sourcePks = new LinkedHashSet<>();
            statements.forEach(s -> sourcePks.add(s.sourceId));
            statistics.forEach(s -> sourcePks.add(s.sourceId));
            if (slice.source() != null || slice.isEverything()) {
                sourcePks.addAll(slice.isEverything() ? allPks(SourceEntity.class) : Set.of(sourcePk(slice.source())));
            }

            Set<Long> placePks = new LinkedHashSet<>(referenced(statements, s -> s.placeIds));
            statistics.stream().map(s -> s.placeId).filter(Objects::nonNull).forEach(placePks::add);

            Set<Long> actorPks = new LinkedHashSet<>();
            statements.stream().map(s -> s.speakerId).filter(Objects::nonNull).forEach(actorPks::add);
            statistics.stream().map(s -> s.reportedById).filter(Objects::nonNull).forEach(actorPks::add);
            events.stream().map(e -> e.initiatedById).filter(Objects::nonNull).forEach(actorPks::add);
            if (slice.isEverything()) {
                placePks.addAll(allPks(Place.class));
                actorPks.addAll(allPks(ActorEntity.class));
            }
            List<ActorEntity> actors = new ArrayList<>(load(ActorEntity.class, actorPks));
            // Officials' positions may name organizations outside the slice.
            Set<Long> positionOrgs = new LinkedHashSet<>(session.createSelectionQuery(
                    "select p.organizationId from Position p where p.officialId in :officials and p.organizationId is not null",
                    Long.class).setParameter("officials", actorPks.isEmpty() ? Set.of(-1L) : actorPks).getResultList());
            positionOrgs.removeAll(actorPks);
            actors.addAll(load(ActorEntity.class, positionOrgs));

            List<Official> officials = actors.stream().filter(Official.class::isInstance).map(Official.class::cast).toList();
            List<Organization> organizations = actors.stream().filter(Organization.class::isInstance)
                    .map(Organization.class::cast).toList();
            List<Place> places = load(Place.class, placePks);

            Set<Long> countryPks = new TreeSet<>();
            if (slice.isEverything()) {
                countryPks.addAll(session.createSelectionQuery(
                        "select distinct c.pk from Country c join c.neighborIds n", Long.class).getResultList());
            }
            return new Dataset(
                    sources(sourcePks),
                    countries(countryPks),
                    sorted(organizations.stream().map(this::organization), OrganizationEntry::key),
                    sorted(officials(officials).stream(), OfficialEntry::key),
                    sorted(places.stream().map(this::place), PlaceEntry::key),
                    sorted(events.stream().map(this::event), EventEntry::key),
                    sorted(statements.stream().map(this::statement), StatementEntry::key),
                    sorted(statistics.stream().map(this::statistic), StatisticEntry::key));
        }

        private <E extends BaseEntity> List<E> facts(Class<E> type, Slice slice, String byCountry, String from, String to) {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (slice.source() != null && type != Event.class) {
                where.add("e.sourceId = :source");
                params.put("source", sourcePk(slice.source()));
            }
            if (slice.country() != null) {
                where.add(byCountry);
                params.put("country", References.requireCountry(slice.country(), "country").pk);
            }
            if (slice.from() != null) {
                where.add(from);
                params.put("from", slice.from());
            }
            if (slice.to() != null) {
                where.add(to);
                params.put("to", slice.to());
            }
            var query = session.createSelectionQuery("from " + type.getSimpleName() + " e"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), type);
            params.forEach(query::setParameter);
            return new ArrayList<>(query.getResultList());
        }

        private Long sourcePk(String key) {
            return References.require(SourceEntity.class, "Source", key, "source").pk;
        }

        private Set<Long> allPks(Class<? extends BaseEntity> type) {
            return new LinkedHashSet<>(session.createSelectionQuery("select pk from " + type.getSimpleName(), Long.class)
                    .getResultList());
        }

        private <E extends BaseEntity> List<E> load(Class<E> type, Collection<Long> pks) {
            if (pks.isEmpty()) {
                return new ArrayList<>();
            }
            return new ArrayList<>(session.findMultiple(type, List.copyOf(pks)).stream().filter(Objects::nonNull).toList());
        }

        private List<CountryEntry> countries(Set<Long> pks) {
            List<CountryEntry> entries = new ArrayList<>();
            for (Country country : load(Country.class, pks)) {
                entries.add(new CountryEntry(country.code, country.name, codes(country.neighborIds)));
            }
            return sorted(entries.stream(), CountryEntry::code);
        }

        SourceEntry source(SourceEntity s) {
            return source(s, s.text);
        }

        private SourceEntry source(SourceEntity s, String text) {
            return new SourceEntry(s.key, s.title, s.publisher, s.url, s.publishedOn, s.language, text);
        }

        /** Sources with their texts read in one statement, not one lazy load each. */
        private List<SourceEntry> sources(Collection<Long> pks) {
            Map<Long, String> texts = SourceEntity.texts(pks);
            return sorted(load(SourceEntity.class, pks).stream().map(s -> source(s, texts.get(s.pk))), SourceEntry::key);
        }

        OrganizationEntry organization(Organization o) {
            return new OrganizationEntry(o.key, o.name, o.kind, code(o.countryId));
        }

        List<OfficialEntry> officials(List<Official> officials) {
            Map<Long, List<Position>> positions = new HashMap<>();
            if (!officials.isEmpty()) {
                session.createSelectionQuery("from Position p where p.officialId in :officials order by p.pk", Position.class)
                        .setParameter("officials", pks(officials))
                        .getResultList()
                        .forEach(p -> positions.computeIfAbsent(p.officialId, k -> new ArrayList<>()).add(p));
            }
            Map<Long, String> organizationKeys = keys(ActorEntity.class, positions.values().stream()
                    .flatMap(List::stream).map(p -> p.organizationId).filter(Objects::nonNull).toList());
            return officials.stream().map(o -> new OfficialEntry(o.key, o.name, o.aliases.stream().sorted().toList(),
                    positions.getOrDefault(o.pk, List.of()).stream().map(p -> new PositionEntry(p.title,
                            code(p.countryId), organizationKeys.get(p.organizationId), p.startDate, p.endDate)).toList(),
                    code(o.countryId))).toList();
        }

        PlaceEntry place(Place p) {
            return new PlaceEntry(p.key, p.name, p.kind, code(p.countryId));
        }

        EventEntry event(Event e) {
            return new EventEntry(e.key, e.name, e.description, e.startDate, e.endDate, code(e.countryId),
                    key(ActorEntity.class, e.initiatedById));
        }

        StatementEntry statement(Statement s) {
            return new StatementEntry(s.key, s.text, s.kind, key(ActorEntity.class, s.speakerId), s.saidOn,
                    key(SourceEntity.class, s.sourceId), s.excerpt, codes(s.countryIds),
                    sortedKeys(Place.class, s.placeIds), sortedKeys(Event.class, s.eventIds), evidence(s.evidenceStart, s.evidenceEnd, s.evidenceConfidence));
        }

        StatisticEntry statistic(Statistic s) {
            return new StatisticEntry(s.key, s.metric, s.description, s.value, s.low, s.high, s.approximation, s.unit,
                    s.rate, s.periodStart, s.periodEnd, code(s.countryId), code(s.originCountryId),
                    key(Place.class, s.placeId), key(ActorEntity.class, s.reportedById), key(Statement.class, s.statementId),
                    key(SourceEntity.class, s.sourceId), s.excerpt, sortedKeys(Event.class, s.eventIds),
                    evidence(s.evidenceStart, s.evidenceEnd, s.evidenceConfidence));
        }

        private static Dataset.EvidenceEntry evidence(Integer start, Integer end, Double confidence) {
            return start == null || end == null ? null : new Dataset.EvidenceEntry(start, end, confidence);
        }

        private String code(Long countryPk) {
            return countryPk == null ? null : countryCodes.get(countryPk);
        }

        private List<String> codes(Collection<Long> countryPks) {
            return countryPks.stream().map(this::code).sorted().toList();
        }

        /** Keys by pk; entities already in the session cost no query. */
        private Map<Long, String> keys(Class<? extends KeyedEntity> type, Collection<Long> pks) {
            Map<Long, String> keys = new HashMap<>();
            load(type, new LinkedHashSet<>(pks)).forEach(e -> keys.put(e.pk, e.key));
            return keys;
        }

        private String key(Class<? extends KeyedEntity> type, Long pk) {
            return pk == null ? null : keys(type, List.of(pk)).get(pk);
        }

        private List<String> sortedKeys(Class<? extends KeyedEntity> type, Collection<Long> pks) {
            return keys(type, pks).values().stream().sorted().toList();
        }

        private static <T extends BaseEntity, C> Set<Long> referenced(List<T> facts, Function<T, Set<Long>> ids) {
            Set<Long> all = new LinkedHashSet<>();
            facts.forEach(f -> all.addAll(ids.apply(f)));
            return all;
        }

        private static Set<Long> pks(Collection<? extends BaseEntity> entities) {
            Set<Long> pks = new LinkedHashSet<>();
            entities.forEach(e -> pks.add(e.pk));
            return pks;
        }

        private static <T> List<T> sorted(java.util.stream.Stream<T> entries, Function<T, String> key) {
            return entries.sorted(Comparator.comparing(key)).toList();
        }
    }
}
