package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.actor.Position_;
import io.newsgraph.common.BaseEntity;
import io.newsgraph.common.BaseEntity_;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.common.References;
import io.newsgraph.country.Country;
import io.newsgraph.country.Country_;
import io.newsgraph.event.Event;
import io.newsgraph.event.Event_;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.Statement_;
import io.newsgraph.statistic.Statistic;
import io.newsgraph.statistic.Statistic_;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.function.UnaryOperator;
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
        return new Export(Panache.getSession(), kinds).run(slice);
    }

    @Inject
    Kinds kinds;

    /** The dataset entry of one entity, as an import would have created it (used by updates). */
    @Transactional
    public <E extends BaseEntity> Record entryOf(E entity) {
        Kind<E, ?> kind = kinds.ofEntity(entity.getClass());
        return kind.export(List.of(entity), new Export(Panache.getSession(), kinds)).get(0);
    }

    /** One export's queries and pk-to-key lookups. */
    private static final class Export implements Kind.Exports {

        private final Session session;
        private final Kinds kinds;
        private final Map<Long, String> countryCodes = new HashMap<>();

        Export(Session session, Kinds kinds) {
            this.session = session;
            this.kinds = kinds;
            for (Object[] row : session.createSelectionQuery("select " + Country_.PK + ", " + Country_.CODE + " from Country",
                    Object[].class).getResultList()) {
                countryCodes.put((Long) row[0], (String) row[1]);
            }
        }

        Dataset run(Slice slice) {
            List<Statement> statements = facts(Statement.class, slice,
                    e -> ":country member of " + e + "." + Statement_.COUNTRY_IDS,
                    e -> e + "." + Statement_.SORT_DATE + " >= :from", e -> e + "." + Statement_.SORT_DATE + " <= :to");
            List<Statistic> statistics = facts(Statistic.class, slice,
                    e -> e + "." + Statistic_.COUNTRY_ID + " = :country",
                    e -> "(" + e + "." + Statistic_.PERIOD_END + " is null or " + e + "." + Statistic_.PERIOD_END + " >= :from)",
                    e -> "(" + e + "." + Statistic_.PERIOD_START + " is null or " + e + "." + Statistic_.PERIOD_START
                            + " <= :to)");
            List<Event> events = slice.source() != null ? new ArrayList<>() : facts(Event.class, slice,
                    e -> e + "." + Event_.COUNTRY_ID + " = :country",
                    e -> "coalesce(" + e + "." + Event_.END_DATE + ", " + e + "." + Event_.START_DATE + ") >= :from",
                    e -> e + "." + Event_.START_DATE + " <= :to");

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
                    "select p." + Position_.ORGANIZATION_ID + " from Position p where p." + Position_.OFFICIAL_ID
                            + " in :officials and p." + Position_.ORGANIZATION_ID + " is not null", Long.class)
                    .setParameter("officials", actorPks.isEmpty() ? Set.of(-1L) : actorPks).getResultList());
            positionOrgs.removeAll(actorPks);
            actors.addAll(load(ActorEntity.class, positionOrgs));

            List<Official> officials = actors.stream().filter(Official.class::isInstance).map(Official.class::cast).toList();
            List<Organization> organizations = actors.stream().filter(Organization.class::isInstance)
                    .map(Organization.class::cast).toList();
            List<Place> places = load(Place.class, placePks);

            Set<Long> countryPks = new TreeSet<>();
            if (slice.isEverything()) {
                countryPks.addAll(session.createSelectionQuery(
                        "select distinct c." + Country_.PK + " from Country c join c." + Country_.NEIGHBOR_IDS + " n", Long.class)
                        .getResultList());
            }
            return new Dataset(
                    entries(Section.SOURCES, load(SourceEntity.class, sourcePks)),
                    entries(Section.COUNTRIES, load(Country.class, countryPks)),
                    entries(Section.ORGANIZATIONS, organizations),
                    entries(Section.OFFICIALS, officials),
                    entries(Section.PLACES, places),
                    entries(Section.EVENTS, events),
                    entries(Section.STATEMENTS, statements),
                    entries(Section.STATISTICS, statistics));
        }

        /**
         * The facts of a type in the slice; {@code byCountry} (over {@code :country}), {@code from} and {@code to}
         * write its conditions for the alias this query gives the fact.
         */
        private <E extends BaseEntity> List<E> facts(Class<E> type, Slice slice, UnaryOperator<String> byCountry,
                UnaryOperator<String> from, UnaryOperator<String> to) {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (slice.source() != null && type != Event.class) {
                where.add("e." + (type == Statistic.class ? Statistic_.SOURCE_ID : Statement_.SOURCE_ID) + " = :source");
                params.put("source", sourcePk(slice.source()));
            }
            if (slice.country() != null) {
                where.add(byCountry.apply("e"));
                params.put("country", References.requireCountry(slice.country(), "country").pk);
            }
            if (slice.from() != null) {
                where.add(from.apply("e"));
                params.put("from", slice.from());
            }
            if (slice.to() != null) {
                where.add(to.apply("e"));
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
            return new LinkedHashSet<>(session.createSelectionQuery(
                    "select " + BaseEntity_.PK + " from " + type.getSimpleName(), Long.class).getResultList());
        }

        private <E extends BaseEntity> List<E> load(Class<E> type, Collection<Long> pks) {
            if (pks.isEmpty()) {
                return new ArrayList<>();
            }
            return new ArrayList<>(session.findMultiple(type, List.copyOf(pks)).stream().filter(Objects::nonNull).toList());
        }

        /** The entries of a section's entities, sorted by key, so the same facts always give the same file. */
        @SuppressWarnings("unchecked")
        private <E extends BaseEntity, T extends Record> List<T> entries(Section section, List<? extends BaseEntity> entities) {
            Kind<E, T> kind = (Kind<E, T>) kinds.of(section);
            return kind.export((List<E>) entities, this).stream().sorted(Comparator.comparing(kind::key)).toList();
        }

        @Override
        public Session session() {
            return session;
        }

        @Override
        public String code(Long countryPk) {
            return countryPk == null ? null : countryCodes.get(countryPk);
        }

        @Override
        public List<String> codes(Collection<Long> countryPks) {
            return countryPks.stream().map(this::code).sorted().toList();
        }

        /** Keys by pk; entities already in the session cost no query. */
        @Override
        public Map<Long, String> keys(Class<? extends KeyedEntity> type, Collection<Long> pks) {
            Map<Long, String> keys = new HashMap<>();
            load(type, new LinkedHashSet<>(pks)).forEach(e -> keys.put(e.pk, e.key));
            return keys;
        }

        @Override
        public String key(Class<? extends KeyedEntity> type, Long pk) {
            return pk == null ? null : keys(type, List.of(pk)).get(pk);
        }

        @Override
        public List<String> sortedKeys(Class<? extends KeyedEntity> type, Collection<Long> pks) {
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
    }
}
