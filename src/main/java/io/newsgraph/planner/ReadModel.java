package io.newsgraph.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner knows of the schema's object types: the table each is stored in, the column
 * behind each leaf field, and how each other field reaches its rows (a relation). It is the read
 * side's description of the tables the entities map; {@code ReadModelTest} checks it against the
 * GraphQL schema, so that a field added to an entity without a description here is answered by the
 * reference resolvers instead of silently going missing.
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

    static final Table COUNTRY = new Table("country").column("code", Kind.STRING).column("alpha3", Kind.STRING)
            .column("name", Kind.STRING);
    static final Table ACTOR = new Table("actor").column("slug", Kind.STRING).column("actor_type", Kind.STRING)
            .column("name", Kind.STRING).column("country_id", Kind.LONG).column("organization_kind", Kind.STRING)
            .column("version", Kind.INT).column("created_at", Kind.INSTANT).column("created_by", Kind.STRING)
            .column("updated_at", Kind.INSTANT).column("updated_by", Kind.STRING);
    static final Table POSITION = new Table("official_position").column("official_id", Kind.LONG)
            .column("title", Kind.STRING).column("country_id", Kind.LONG).column("organization_id", Kind.LONG)
            .column("started_on", Kind.DATE).column("ended_on", Kind.DATE);
    static final Table SOURCE = new Table("source").column("slug", Kind.STRING).column("title", Kind.STRING)
            .column("publisher", Kind.STRING).column("url", Kind.STRING).column("published_on", Kind.DATE)
            .column("language", Kind.STRING).column("full_text", Kind.STRING).column("version", Kind.INT).column("created_at", Kind.INSTANT)
            .column("created_by", Kind.STRING).column("updated_at", Kind.INSTANT).column("updated_by", Kind.STRING);
    static final Table PLACE = new Table("place").column("slug", Kind.STRING).column("name", Kind.STRING)
            .column("kind", Kind.STRING).column("country_id", Kind.LONG).column("version", Kind.INT).column("created_at", Kind.INSTANT)
            .column("created_by", Kind.STRING).column("updated_at", Kind.INSTANT).column("updated_by", Kind.STRING);
    static final Table EVENT = new Table("event").column("slug", Kind.STRING).column("name", Kind.STRING)
            .column("description", Kind.STRING).column("start_date", Kind.DATE).column("end_date", Kind.DATE)
            .column("country_id", Kind.LONG).column("initiated_by_id", Kind.LONG).column("version", Kind.INT).column("created_at", Kind.INSTANT)
            .column("created_by", Kind.STRING).column("updated_at", Kind.INSTANT).column("updated_by", Kind.STRING);
    static final Table STATEMENT = new Table("statement").column("slug", Kind.STRING).column("text", Kind.STRING)
            .column("kind", Kind.STRING).column("speaker_id", Kind.LONG).column("said_on", Kind.DATE)
            .column("sort_date", Kind.DATE).column("source_id", Kind.LONG).column("excerpt", Kind.STRING)
            .column("evidence_start", Kind.INT).column("evidence_end", Kind.INT).column("evidence_confidence", Kind.FLOAT)
            .column("version", Kind.INT).column("created_at", Kind.INSTANT).column("created_by", Kind.STRING)
            .column("updated_at", Kind.INSTANT).column("updated_by", Kind.STRING);
    static final Table STATISTIC = new Table("statistic").column("slug", Kind.STRING).column("metric", Kind.STRING)
            .column("description", Kind.STRING).column("num_value", Kind.FLOAT).column("num_low", Kind.FLOAT)
            .column("num_high", Kind.FLOAT).column("approximation", Kind.STRING).column("unit", Kind.STRING)
            .column("rate", Kind.STRING).column("period_start", Kind.DATE).column("period_end", Kind.DATE)
            .column("sort_date", Kind.DATE).column("country_id", Kind.LONG).column("origin_country_id", Kind.LONG)
            .column("place_id", Kind.LONG).column("reported_by_id", Kind.LONG).column("statement_id", Kind.LONG)
            .column("source_id", Kind.LONG).column("excerpt", Kind.STRING)
            .column("evidence_start", Kind.INT).column("evidence_end", Kind.INT).column("evidence_confidence", Kind.FLOAT)
            .column("version", Kind.INT).column("created_at", Kind.INSTANT)
            .column("created_by", Kind.STRING).column("updated_at", Kind.INSTANT).column("updated_by", Kind.STRING);

    static final ObjectModel COUNTRY_TYPE = new ObjectModel("Country", COUNTRY, null)
            .leaf("id", "code").leaf("code", "code").leaf("alpha3", "alpha3").leaf("name", "name");
    static final ObjectModel OFFICIAL_TYPE = actor("Official", "OFFICIAL");
    static final ObjectModel ORGANIZATION_TYPE = actor("Organization", "ORGANIZATION").leaf("kind", "organization_kind");
    static final ObjectModel POSITION_TYPE = new ObjectModel("Position", POSITION, null)
            .leaf("title", "title").leaf("start", "started_on").leaf("end", "ended_on");
    static final ObjectModel SOURCE_TYPE = keyed("Source", SOURCE).leaf("title", "title").leaf("publisher", "publisher")
            .leaf("url", "url").leaf("publishedOn", "published_on").leaf("language", "language").leaf("text", "full_text");
    static final ObjectModel PLACE_TYPE = keyed("Place", PLACE).leaf("name", "name").leaf("kind", "kind");
    static final ObjectModel EVENT_TYPE = keyed("Event", EVENT).leaf("name", "name").leaf("description", "description")
            .leaf("startDate", "start_date").leaf("endDate", "end_date");
    static final ObjectModel STATEMENT_TYPE = keyed("Statement", STATEMENT).leaf("text", "text").leaf("kind", "kind")
            .leaf("saidOn", "said_on").leaf("excerpt", "excerpt");
    static final ObjectModel STATISTIC_TYPE = keyed("Statistic", STATISTIC).leaf("metric", "metric")
            .leaf("description", "description").leaf("value", "num_value").leaf("low", "num_low")
            .leaf("high", "num_high").leaf("approximation", "approximation").leaf("unit", "unit").leaf("rate", "rate")
            .leaf("periodStart", "period_start").leaf("periodEnd", "period_end").leaf("excerpt", "excerpt");

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

    private static ObjectModel keyed(String name, Table table) {
        return audited(new ObjectModel(name, table, null).leaf("id", "slug"));
    }

    private static ObjectModel actor(String name, String discriminator) {
        return audited(new ObjectModel(name, ACTOR, discriminator).leaf("id", "slug").leaf("name", "name"));
    }

    /** Where a fact's excerpt stands in its source: three columns of the fact's row, as Evidence.of reads them. */
    private static Embedded evidence(Table table) {
        ObjectModel evidence = new ObjectModel("Evidence", table, null).leaf("start", "evidence_start")
                .leaf("end", "evidence_end").leaf("confidence", "evidence_confidence");
        return new Embedded(evidence, new int[] {table.col("evidence_start"), table.col("evidence_end")});
    }

    private static ObjectModel audited(ObjectModel type) {
        return type.leaf("version", "version").leaf("createdAt", "created_at").leaf("createdBy", "created_by")
                .leaf("updatedAt", "updated_at").leaf("updatedBy", "updated_by");
    }

    private static Target target(ObjectModel type) {
        return new Target(type.name, type.table, List.of(type));
    }
}
