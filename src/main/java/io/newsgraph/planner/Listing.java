package io.newsgraph.planner;

import io.newsgraph.common.DateRange;
import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.planner.ReadModel.Table;
import io.newsgraph.planner.ReadModel.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A list the planner pages: the rows of one target, its orders (the same names, keys and cursors as
 * the services' {@code Ordering}s, so that a cursor of one engine works in the other) and its filter,
 * turned into SQL conditions over the alias {@code t} with the same meaning, checks and error paths
 * as the services' HQL.
 */
final class Listing {

    /** A condition with its parameters, in order. */
    record Sql(String text, List<Object> params) {
        static Sql of(String text, Object... params) {
            return new Sql(text, Arrays.asList(params));
        }
    }

    /**
     * One sort key: an SQL expression over {@code t}, and the columns whose first non-null value is the
     * key's value in a cursor (one column, or value/low/high for a figure's value).
     */
    record SortKey(String sql, int[] columns) {
        Object valueOf(Object[] row) {
            for (int column : columns) {
                if (row[column] != null) {
                    return row[column];
                }
            }
            return null;
        }
    }

    /** A total order: keys all in one direction, the last one unique. */
    record Order(String name, boolean descending, List<SortKey> keys) {
        String orderBy() {
            String direction = descending ? " desc" : " asc";
            return String.join(", ", keys.stream().map(k -> k.sql() + direction).toList());
        }
    }

    /** Reads a filter argument into conditions; keys and codes are looked up through {@code refs}. */
    interface Filter {
        void apply(Map<String, Object> filter, Lookups refs, List<Sql> where);
    }

    /** Turns the keys and codes clients send into primary keys, failing as the services' look-ups do. */
    interface Lookups {
        long country(String code, String field);

        long keyed(Table table, String discriminator, String label, String key, String field);
    }

    final Target target;
    private final Order[] orders; // ascending and descending of each ordering field, default first
    private final Filter filter;

    private Listing(Target target, Filter filter, Order... orders) {
        this.target = target;
        this.filter = filter;
        this.orders = orders;
    }

    /**
     * The order an {@code orderBy} argument ({@code {field, direction}}) names: the default field's
     * orders come first in {@link #orders}, descending then ascending, then the other field's.
     */
    Order order(Map<String, Object> orderBy) {
        if (orderBy == null) {
            return orders[0];
        }
        int field = defaultField.equals(String.valueOf(orderBy.get("field"))) ? 0 : 2;
        return orders[field + ("ASC".equals(String.valueOf(orderBy.get("direction"))) ? 1 : 0)];
    }

    private String defaultField = "";

    List<Sql> where(Map<String, Object> arguments, Lookups refs) {
        List<Sql> where = new ArrayList<>();
        String discriminator = target.discriminatorFilter("t");
        if (discriminator != null) {
            where.add(Sql.of(discriminator));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> given = (Map<String, Object>) arguments.get("filter");
        if (given != null && filter != null) {
            filter.apply(given, refs, where);
        }
        return where;
    }

    static Listing statements(Target target) {
        Table s = target.table();
        Listing listing = new Listing(target, (f, refs, where) -> {
            String text = (String) f.get("text");
            if (text != null) {
                List<String> words = Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                if (words.isEmpty()) {
                    throw new BadUserInputException("filter.text", "must contain at least one word");
                }
                for (String word : words) {
                    where.add(Sql.of("lower(t.text) like ? escape '\\'", TextSearch.pattern(word)));
                }
            }
            if (f.get("speakerId") != null) {
                where.add(Sql.of("t.speaker_id = ?", refs.keyed(ReadModel.ACTOR, null, "Actor",
                        (String) f.get("speakerId"), "filter.speakerId")));
            }
            if (f.get("countryCode") != null) {
                where.add(Sql.of("exists (select 1 from statement_country c where c.statement_id = t.id"
                        + " and c.country_id = ?)", refs.country((String) f.get("countryCode"), "filter.countryCode")));
            }
            if (f.get("kind") != null) {
                where.add(Sql.of("t.kind = ?", f.get("kind").toString()));
            }
            if (f.get("sourceId") != null) {
                where.add(Sql.of("t.source_id = ?", refs.keyed(ReadModel.SOURCE, null, "Source",
                        (String) f.get("sourceId"), "filter.sourceId")));
            }
            if (f.get("eventId") != null) {
                where.add(Sql.of("exists (select 1 from statement_event c where c.statement_id = t.id and c.event_id = ?)",
                        refs.keyed(ReadModel.EVENT, null, "Event", (String) f.get("eventId"), "filter.eventId")));
            }
            if (f.get("placeId") != null) {
                where.add(Sql.of("exists (select 1 from statement_place c where c.statement_id = t.id and c.place_id = ?)",
                        refs.keyed(ReadModel.PLACE, null, "Place", (String) f.get("placeId"), "filter.placeId")));
            }
            dates(f, where, "t.sort_date >= ?", "t.sort_date <= ?");
        }, order("statements-by-date", true, key("t.sort_date", s, "sort_date"), slug(s)),
                order("statements-by-date", false, key("t.sort_date", s, "sort_date"), slug(s)),
                order("statements-by-text", true, key("t.text", s, "text"), slug(s)),
                order("statements-by-text", false, key("t.text", s, "text"), slug(s)));
        listing.defaultField = "SAID_ON";
        return listing;
    }

    static Listing statistics(Target target) {
        Table s = target.table();
        SortKey value = new SortKey("coalesce(t.num_value, t.num_low, t.num_high)",
                new int[] {s.col("num_value"), s.col("num_low"), s.col("num_high")});
        Listing listing = new Listing(target, (f, refs, where) -> {
            String metric = (String) f.get("metric");
            if (metric != null) {
                if (metric.isBlank()) {
                    throw new BadUserInputException("filter.metric", "must not be blank");
                }
                where.add(Sql.of("t.metric = ?", metric.trim()));
            }
            if (f.get("countryCode") != null) {
                where.add(Sql.of("t.country_id = ?", refs.country((String) f.get("countryCode"), "filter.countryCode")));
            }
            if (f.get("originCountryCode") != null) {
                where.add(Sql.of("t.origin_country_id = ?",
                        refs.country((String) f.get("originCountryCode"), "filter.originCountryCode")));
            }
            if (f.get("reportedById") != null) {
                where.add(Sql.of("t.reported_by_id = ?", refs.keyed(ReadModel.ACTOR, null, "Actor",
                        (String) f.get("reportedById"), "filter.reportedById")));
            }
            if (f.get("sourceId") != null) {
                where.add(Sql.of("t.source_id = ?", refs.keyed(ReadModel.SOURCE, null, "Source",
                        (String) f.get("sourceId"), "filter.sourceId")));
            }
            if (f.get("eventId") != null) {
                where.add(Sql.of("exists (select 1 from statistic_event c where c.statistic_id = t.id and c.event_id = ?)",
                        refs.keyed(ReadModel.EVENT, null, "Event", (String) f.get("eventId"), "filter.eventId")));
            }
            if (f.get("placeId") != null) {
                where.add(Sql.of("t.place_id = ?", refs.keyed(ReadModel.PLACE, null, "Place",
                        (String) f.get("placeId"), "filter.placeId")));
            }
            if (f.get("rate") != null) {
                where.add(Sql.of("t.rate = ?", f.get("rate").toString()));
            }
            dates(f, where, "(t.period_end is null or t.period_end >= ?)", "(t.period_start is null or t.period_start <= ?)");
        }, order("statistics-by-period-end", true, key("t.sort_date", s, "sort_date"), slug(s)),
                order("statistics-by-period-end", false, key("t.sort_date", s, "sort_date"), slug(s)),
                order("statistics-by-value", true, value, slug(s)),
                order("statistics-by-value", false, value, slug(s)));
        listing.defaultField = "PERIOD_END";
        return listing;
    }

    static Listing countries(Target target) {
        Table c = target.table();
        return new Listing(target, (f, refs, where) -> {
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) f.get("codes");
            if (codes != null) {
                if (codes.isEmpty()) {
                    throw new Unplannable("an empty list of codes"); // left to the reference: how HQL reads `in ()`
                }
                List<String> normalized = codes.stream().map(code -> References.countryCode(code, "filter.codes")).toList();
                String marks = String.join(", ", normalized.stream().map(x -> "?").toList());
                List<Object> params = new ArrayList<>(normalized);
                params.addAll(normalized);
                where.add(new Sql("(t.code in (" + marks + ") or t.alpha3 in (" + marks + "))", params));
            }
            contains(f, "name", "t.name", where);
            if (f.get("hasFacts") != null) {
                String hasFacts = "(exists (select 1 from statement_country x where x.country_id = t.id)"
                        + " or exists (select 1 from statistic x where x.country_id = t.id)"
                        + " or exists (select 1 from event x where x.country_id = t.id))";
                where.add(Sql.of(Boolean.TRUE.equals(f.get("hasFacts")) ? hasFacts : "not " + hasFacts));
            }
            if (f.get("neighborOf") != null) {
                where.add(Sql.of("exists (select 1 from country_neighbor x where x.country_id = t.id and x.neighbor_id = ?)",
                        refs.country((String) f.get("neighborOf"), "filter.neighborOf")));
            }
        }, order("countries-by-code", false, key("t.code", c, "code")));
    }

    static Listing officials(Target target) {
        Table a = target.table();
        return new Listing(target, (f, refs, where) -> {
            if (f.get("name") != null) {
                String pattern = TextSearch.pattern(checkedName((String) f.get("name")));
                where.add(Sql.of("(lower(t.name) like ? escape '\\' or exists (select 1 from official_alias x"
                        + " where x.official_id = t.id and lower(x.alias) like ? escape '\\'))", pattern, pattern));
            }
            if (f.get("countryCode") != null) {
                long country = refs.country((String) f.get("countryCode"), "filter.countryCode");
                where.add(Sql.of("(t.country_id = ? or exists (select 1 from official_position x"
                        + " where x.official_id = t.id and x.country_id = ?))", country, country));
            }
        }, order("officials-by-name", false, key("t.name", a, "name"), slug(a)));
    }

    static Listing organizations(Target target) {
        Table a = target.table();
        return new Listing(target, (f, refs, where) -> {
            if (f.get("name") != null) {
                where.add(Sql.of("lower(t.name) like ? escape '\\'", TextSearch.pattern(checkedName((String) f.get("name")))));
            }
            if (f.get("countryCode") != null) {
                where.add(Sql.of("t.country_id = ?", refs.country((String) f.get("countryCode"), "filter.countryCode")));
            }
        }, order("organizations-by-name", false, key("t.name", a, "name"), slug(a)));
    }

    static Listing sources(Target target) {
        Table s = target.table();
        return new Listing(target, (f, refs, where) -> {
            contains(f, "title", "t.title", where);
            contains(f, "publisher", "t.publisher", where);
            dates(f, where, "t.published_on >= ?", "t.published_on <= ?");
        }, order("sources-by-date", true, key("t.published_on", s, "published_on"), slug(s)));
    }

    static Listing events(Target target) {
        Table e = target.table();
        return new Listing(target, (f, refs, where) -> {
            contains(f, "name", "t.name", where);
            if (f.get("countryCode") != null) {
                where.add(Sql.of("t.country_id = ?", refs.country((String) f.get("countryCode"), "filter.countryCode")));
            }
            dates(f, where, "coalesce(t.end_date, t.start_date) >= ?", "t.start_date <= ?");
        }, order("events-by-date", true, key("t.start_date", e, "start_date"), slug(e)));
    }

    static Listing places(Target target) {
        Table p = target.table();
        return new Listing(target, (f, refs, where) -> {
            contains(f, "name", "t.name", where);
            if (f.get("countryCode") != null) {
                where.add(Sql.of("t.country_id = ?", refs.country((String) f.get("countryCode"), "filter.countryCode")));
            }
            if (f.get("kind") != null) {
                where.add(Sql.of("t.kind = ?", f.get("kind").toString()));
            }
        }, order("places-by-name", false, key("t.name", p, "name"), slug(p)));
    }

    private static void contains(Map<String, Object> f, String field, String column, List<Sql> where) {
        String text = (String) f.get(field);
        if (text != null) {
            if (text.isBlank()) {
                throw new BadUserInputException("filter." + field, "must not be blank");
            }
            where.add(Sql.of("lower(" + column + ") like ? escape '\\'", TextSearch.pattern(text.trim())));
        }
    }

    private static void dates(Map<String, Object> f, List<Sql> where, String fromCondition, String toCondition) {
        LocalDate from = Values.date(f.get("from"));
        LocalDate to = Values.date(f.get("to"));
        DateRange.check(from, to, "filter");
        if (from != null) {
            where.add(Sql.of(fromCondition, from));
        }
        if (to != null) {
            where.add(Sql.of(toCondition, to));
        }
    }

    private static String checkedName(String name) {
        if (name.isBlank()) {
            throw new BadUserInputException("filter.name", "must not be blank");
        }
        return name.trim();
    }

    private static Order order(String name, boolean descending, SortKey... keys) {
        return new Order(name + (descending ? ":desc" : ":asc"), descending, List.of(keys));
    }

    private static SortKey key(String sql, Table table, String column) {
        return new SortKey(sql, new int[] {table.col(column)});
    }

    private static SortKey slug(Table table) {
        return key("t.slug", table, "slug");
    }
}
