package io.newsgraph.planner;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.actor.Position;
import io.newsgraph.country.Country;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import io.newsgraph.statistic.Statistic;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * What the planner knows of the schema's object types: the table each is stored in, the column
 * behind each leaf field, and how each other field reaches its rows (a relation). Tables and leaves
 * are read off the entities' own mapping ({@link Mapped}), so a column added to an entity is a
 * column here and, when the entity shows it in the schema, a leaf the planner answers; what the
 * mapping cannot say (keys shown as {@code id}, relations, orders) is written here. {@code
 * ReadModelTest} checks it against the GraphQL schema, so that a field without a description here
 * is answered by the reference resolvers instead of silently going missing.
 */
final class ReadModel {

    /** How a column's value is read from JDBC and written as JSON, exactly as SmallRye writes it. */
    enum Kind { LONG, STRING, INT, FLOAT, DATE, INSTANT }

    /** One table: its columns, by position; position 0 is always the surrogate primary key {@code id}. */
    static final class Table {
        final String name;
        final List<String> columns = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        Table(String name) {
            this.name = name;
            column("id", Kind.LONG);
        }

        /** The table of these entities (a class and the subclasses stored with it), with every column they map. */
        static Table of(String name, Class<?>... entities) {
            Table table = new Table(name);
            for (Class<?> entity : entities) {
                for (Field field : Mapped.fields(entity)) {
                    String column = Mapped.column(field);
                    if (!table.index.containsKey(column)) {
                        table.column(column, Mapped.kind(field));
                    }
                }
            }
            return table;
        }

        Table column(String column, Kind kind) {
            index.put(column, columns.size());
            columns.add(column);
            kinds.add(kind);
            return this;
        }

        int col(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException(name + " has no column " + column);
            }
            return i;
        }
    }

    /** A GraphQL object type stored in a table (officials and organizations share one, told apart by a discriminator). */
    static final class ObjectModel {
        final String name;
        final Table table;
        final String discriminator; // value of actor_type, or null
        final Map<String, Integer> leaves = new LinkedHashMap<>();
        final Map<String, Relation> relations = new LinkedHashMap<>();

        ObjectModel(String name, Table table, String discriminator) {
            this.name = name;
            this.table = table;
            this.discriminator = discriminator;
        }

        ObjectModel leaf(String field, String column) {
            leaves.put(field, table.col(column));
            return this;
        }

        /** A leaf for each column of the entity that its GraphQL type shows, under the field's schema name. */
        ObjectModel leavesOf(Class<?> entity) {
            for (Field field : Mapped.fields(entity)) {
                if (field.getAnnotation(Ignore.class) == null) {
                    Name name = field.getAnnotation(Name.class);
                    leaf(name != null ? name.value() : field.getName(), Mapped.column(field));
                }
            }
            return this;
        }

        ObjectModel relation(String field, Relation relation) {
            relations.put(field, relation);
            return this;
        }
    }

    /**
     * The rows a field of an object or interface type reaches: one concrete type, or several that share
     * a table (the {@code Actor} interface), told apart per row by the discriminator column.
     */
    record Target(String graphqlName, Table table, List<ObjectModel> types) {
        ObjectModel typeOf(Object discriminatorValue) {
            if (types.size() == 1) {
                return types.get(0);
            }
            for (ObjectModel type : types) {
                if (type.discriminator.equals(discriminatorValue)) {
                    return type;
                }
            }
            throw new IllegalStateException("no type for " + discriminatorValue);
        }

        String discriminatorFilter(String alias) {
            return types.size() == 1 && types.get(0).discriminator != null
                    ? alias + ".actor_type = '" + types.get(0).discriminator + "'" : null;
        }
    }

    /** How a field reaches its rows; each kind runs one SQL statement per field and level. */
    sealed interface Relation permits ToOne, ListOf, Strings, FirstString, Paged, Timeline, Embedded {
    }

    /**
     * An object kept in columns of its parent's own row (a fact's {@code evidence}): no statement of
     * its own; null when one of the {@code required} columns is.
     */
    record Embedded(ObjectModel type, int[] required) implements Relation {
    }

    /** The row a foreign-key column of the parent names. */
    record ToOne(int foreignKey, Target target) implements Relation {
    }

    /**
     * A list bounded by nature (no paging): rows of {@code target} (alias {@code t}) reached through
     * {@code from}, whose parent is {@code parent}, in a total order. {@code current} lets an argument
     * add a condition (Country.officials(current)).
     */
    record ListOf(Target target, String from, String parent, String where, String orderBy, boolean distinct,
            boolean takesCurrent) implements Relation {
    }

    /** A list of strings (Official.aliases). */
    record Strings(String from, String parent, String value, String orderBy) implements Relation {
    }

    /** One string column of the first row of a list (Official.title: the title of the first position). */
    record FirstString(ListOf list, int column) implements Relation {
    }

    /** A Relay connection over {@code listing}; {@code link} says how its items hang off the parent (null at the root). */
    record Paged(Listing listing, Link link, boolean filterable) implements Relation {
    }

    /**
     * Country.timeline: the country's statements, figures and events merged by date (within a day:
     * events, statements, figures), paged as the reference's TimelineService pages it.
     */
    record Timeline() implements Relation {
        /** The kinds in the order of their number in the sort key. */
        static final List<Target> KINDS = List.of(EVENTS, STATEMENTS, STATISTICS);
    }

    /** How a page's items hang off their parent: a column of the item, or a join table. */
    record Link(String join, String parent) {
        static Link column(String column) {
            return new Link("", "t." + column);
        }

        static Link via(String table, String itemColumn, String parentColumn) {
            return new Link(" join " + table + " pc on pc." + itemColumn + " = t.id", "pc." + parentColumn);
        }
    }

    static final Table COUNTRY = Table.of("country", Country.class);
    static final Table ACTOR = Table.of("actor", ActorEntity.class, Official.class, Organization.class)
            .column("actor_type", Kind.STRING);
    static final Table POSITION = Table.of("official_position", Position.class);
    static final Table SOURCE = Table.of("source", SourceEntity.class);
    static final Table PLACE = Table.of("place", Place.class);
    static final Table EVENT = Table.of("event", Event.class);
    static final Table STATEMENT = Table.of("statement", Statement.class);
    static final Table STATISTIC = Table.of("statistic", Statistic.class);

    static final ObjectModel COUNTRY_TYPE = new ObjectModel("Country", COUNTRY, null).leaf("id", "code")
            .leavesOf(Country.class);
    static final ObjectModel OFFICIAL_TYPE = actor("Official", "OFFICIAL", Official.class);
    static final ObjectModel ORGANIZATION_TYPE = actor("Organization", "ORGANIZATION", Organization.class);
    static final ObjectModel POSITION_TYPE = new ObjectModel("Position", POSITION, null).leavesOf(Position.class);
    // The text is lazy, so the entity hides it from the schema's field list and a getter shows it.
    static final ObjectModel SOURCE_TYPE = keyed("Source", SOURCE, SourceEntity.class).leaf("text", "full_text");
    static final ObjectModel PLACE_TYPE = keyed("Place", PLACE, Place.class);
    static final ObjectModel EVENT_TYPE = keyed("Event", EVENT, Event.class);
    static final ObjectModel STATEMENT_TYPE = keyed("Statement", STATEMENT, Statement.class);
    static final ObjectModel STATISTIC_TYPE = keyed("Statistic", STATISTIC, Statistic.class);

    static final Target COUNTRIES = target(COUNTRY_TYPE);
    static final Target OFFICIALS = target(OFFICIAL_TYPE);
    static final Target ORGANIZATIONS = target(ORGANIZATION_TYPE);
    static final Target ACTORS = new Target("Actor", ACTOR, List.of(OFFICIAL_TYPE, ORGANIZATION_TYPE));
    static final Target POSITIONS = target(POSITION_TYPE);
    static final Target SOURCES = target(SOURCE_TYPE);
    static final Target PLACES = target(PLACE_TYPE);
    static final Target EVENTS = target(EVENT_TYPE);
    static final Target STATEMENTS = target(STATEMENT_TYPE);
    static final Target STATISTICS = target(STATISTIC_TYPE);

    static final Listing STATEMENT_LIST = Listing.statements(STATEMENTS);
    static final Listing STATISTIC_LIST = Listing.statistics(STATISTICS);

    /** The lists at the root of the schema, by Query field. */
    static final Map<String, Listing> ROOT_LISTS = Map.of("statements", STATEMENT_LIST, "statistics", STATISTIC_LIST,
            "countries", Listing.countries(COUNTRIES), "officials", Listing.officials(OFFICIALS),
            "organizations", Listing.organizations(ORGANIZATIONS), "sources", Listing.sources(SOURCES),
            "events", Listing.events(EVENTS), "places", Listing.places(PLACES));

    /** The single items at the root of the schema, by Query field: what they are looked up by. */
    static final Map<String, Target> ROOT_ITEMS = Map.of("country", COUNTRIES, "actor", ACTORS, "official", OFFICIALS,
            "organization", ORGANIZATIONS, "source", SOURCES, "statement", STATEMENTS, "statistic", STATISTICS,
            "event", EVENTS, "place", PLACES);

    // Orders end with a unique key, as the reference resolvers' do, so that both engines list alike.
    static final ListOf POSITIONS_OF_OFFICIAL = new ListOf(POSITIONS, "official_position t", "t.official_id", null,
            "case when t.ended_on is null then 0 else 1 end, t.ended_on desc, t.started_on desc, t.id", false, false);

    static {
        Relation statementsOfActor = new Paged(STATEMENT_LIST, Link.column("speaker_id"), true);
        Relation statisticsOfActor = new Paged(STATISTIC_LIST, Link.column("reported_by_id"), true);
        Relation actorCountry = new ToOne(ACTOR.col("country_id"), COUNTRIES);
        for (ObjectModel actor : List.of(OFFICIAL_TYPE, ORGANIZATION_TYPE)) {
            actor.relation("country", actorCountry).relation("statements", statementsOfActor)
                    .relation("statistics", statisticsOfActor);
        }
        OFFICIAL_TYPE
                .relation("aliases", new Strings("official_alias x", "x.official_id", "x.alias", "x.alias"))
                .relation("positions", POSITIONS_OF_OFFICIAL)
                .relation("title", new FirstString(POSITIONS_OF_OFFICIAL, POSITION.col("title")));
        POSITION_TYPE
                .relation("country", new ToOne(POSITION.col("country_id"), COUNTRIES))
                .relation("organization", new ToOne(POSITION.col("organization_id"), ORGANIZATIONS));
        COUNTRY_TYPE
                .relation("neighbors", new ListOf(COUNTRIES, "country_neighbor x join country t on t.id = x.neighbor_id",
                        "x.country_id", null, "t.name, t.code", false, false))
                .relation("officials", new ListOf(OFFICIALS, "official_position x join actor t on t.id = x.official_id",
                        "x.country_id", null, "t.name, t.slug", true, true))
                .relation("organizations", new ListOf(ORGANIZATIONS, "actor t", "t.country_id",
                        "t.actor_type = 'ORGANIZATION'", "t.name, t.slug", false, false))
                .relation("statements", new Paged(STATEMENT_LIST, Link.via("statement_country", "statement_id",
                        "country_id"), true))
                .relation("statistics", new Paged(STATISTIC_LIST, Link.column("country_id"), true))
                .relation("events", new ListOf(EVENTS, "event t", "t.country_id", null, "t.start_date, t.slug",
                        false, false))
                .relation("timeline", new Timeline());
        SOURCE_TYPE
                .relation("statements", new Paged(STATEMENT_LIST, Link.column("source_id"), false))
                .relation("statistics", new Paged(STATISTIC_LIST, Link.column("source_id"), false));
        PLACE_TYPE.relation("country", new ToOne(PLACE.col("country_id"), COUNTRIES));
        EVENT_TYPE
                .relation("country", new ToOne(EVENT.col("country_id"), COUNTRIES))
                .relation("initiatedBy", new ToOne(EVENT.col("initiated_by_id"), ACTORS))
                .relation("statements", new Paged(STATEMENT_LIST, Link.via("statement_event", "statement_id",
                        "event_id"), false))
                .relation("statistics", new Paged(STATISTIC_LIST, Link.via("statistic_event", "statistic_id",
                        "event_id"), false));
        STATEMENT_TYPE
                .relation("evidence", evidence(STATEMENT))
                .relation("speaker", new ToOne(STATEMENT.col("speaker_id"), ACTORS))
                .relation("source", new ToOne(STATEMENT.col("source_id"), SOURCES))
                .relation("countries", new ListOf(COUNTRIES, "statement_country x join country t on t.id = x.country_id",
                        "x.statement_id", null, "t.name, t.code", false, false))
                .relation("places", new ListOf(PLACES, "statement_place x join place t on t.id = x.place_id",
                        "x.statement_id", null, "t.name, t.slug", false, false))
                .relation("events", new ListOf(EVENTS, "statement_event x join event t on t.id = x.event_id",
                        "x.statement_id", null, "t.start_date, t.slug", false, false))
                .relation("statistics", new ListOf(STATISTICS, "statistic t", "t.statement_id", null,
                        "t.sort_date, t.slug", false, false));
        STATISTIC_TYPE
                .relation("evidence", evidence(STATISTIC))
                .relation("country", new ToOne(STATISTIC.col("country_id"), COUNTRIES))
                .relation("originCountry", new ToOne(STATISTIC.col("origin_country_id"), COUNTRIES))
                .relation("place", new ToOne(STATISTIC.col("place_id"), PLACES))
                .relation("reportedBy", new ToOne(STATISTIC.col("reported_by_id"), ACTORS))
                .relation("statement", new ToOne(STATISTIC.col("statement_id"), STATEMENTS))
                .relation("source", new ToOne(STATISTIC.col("source_id"), SOURCES))
                .relation("events", new ListOf(EVENTS, "statistic_event x join event t on t.id = x.event_id",
                        "x.statistic_id", null, "t.start_date, t.slug", false, false));
    }

    /** The object types by GraphQL name. */
    static final Map<String, ObjectModel> TYPES = Map.of("Country", COUNTRY_TYPE, "Official", OFFICIAL_TYPE,
            "Organization", ORGANIZATION_TYPE, "Position", POSITION_TYPE, "Source", SOURCE_TYPE, "Place", PLACE_TYPE,
            "Event", EVENT_TYPE, "Statement", STATEMENT_TYPE, "Statistic", STATISTIC_TYPE);

    /** Targets by the GraphQL type name a field returns (object or interface). */
    static final Map<String, Target> TARGETS = Map.of("Country", COUNTRIES, "Official", OFFICIALS,
            "Organization", ORGANIZATIONS, "Actor", ACTORS, "Position", POSITIONS, "Source", SOURCES, "Place", PLACES,
            "Event", EVENTS, "Statement", STATEMENTS, "Statistic", STATISTICS);

    private ReadModel() {
    }

    /** A type addressed by its key, which the schema shows as {@code id}. */
    private static ObjectModel keyed(String name, Table table, Class<?> entity) {
        return new ObjectModel(name, table, null).leaf("id", "slug").leavesOf(entity);
    }

    private static ObjectModel actor(String name, String discriminator, Class<? extends ActorEntity> entity) {
        return new ObjectModel(name, ACTOR, discriminator).leaf("id", "slug").leavesOf(entity);
    }

    /** Where a fact's excerpt stands in its source: three columns of the fact's row, as Evidence.of reads them. */
    private static Embedded evidence(Table table) {
        ObjectModel evidence = new ObjectModel("Evidence", table, null).leaf("start", "evidence_start")
                .leaf("end", "evidence_end").leaf("confidence", "evidence_confidence");
        return new Embedded(evidence, new int[] {table.col("evidence_start"), table.col("evidence_end")});
    }

    private static Target target(ObjectModel type) {
        return new Target(type.name, type.table, List.of(type));
    }

    /**
     * An entity's mapping as Hibernate reads it: every instance field of the entity and of its
     * mapped superclasses, but collections (tables of their own) and transient fields, each in the
     * column its {@code @Column} names or, unnamed, the column Quarkus' default naming gives it.
     */
    static final class Mapped {

        private Mapped() {
        }

        /** The entity's columns, its superclasses' first; the surrogate primary key ({@code id}, column 0) is left out. */
        static List<Field> fields(Class<?> entity) {
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> c = entity; c != null && (c == entity || c.isAnnotationPresent(Entity.class)
                    || c.isAnnotationPresent(MappedSuperclass.class)); c = c.getSuperclass()) {
                hierarchy.add(0, c);
            }
            List<Field> fields = new ArrayList<>();
            for (Class<?> c : hierarchy) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                            && !field.isAnnotationPresent(Transient.class)
                            && !field.isAnnotationPresent(ElementCollection.class)
                            && !field.isAnnotationPresent(jakarta.persistence.Id.class)
                            && !field.getName().startsWith("$$")) {
                        fields.add(field);
                    }
                }
            }
            return fields;
        }

        static String column(Field field) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && !column.name().isEmpty()) {
                return column.name();
            }
            return field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }

        static Kind kind(Field field) {
            Class<?> type = field.getType();
            if (type == Long.class || type == long.class) {
                return Kind.LONG;
            } else if (type == Integer.class || type == int.class) {
                return Kind.INT;
            } else if (type == Double.class || type == double.class) {
                return Kind.FLOAT;
            } else if (type == LocalDate.class) {
                return Kind.DATE;
            } else if (type == Instant.class) {
                return Kind.INSTANT;
            } else if (type == String.class || type.isEnum()) {
                return Kind.STRING;
            }
            throw new IllegalStateException("the planner reads no column of type " + type.getSimpleName() + " ("
                    + field.getDeclaringClass().getSimpleName() + "." + field.getName() + ")");
        }
    }
}
