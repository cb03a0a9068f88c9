package io.newsgraph.planner;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import io.newsgraph.common.Keys;
import io.newsgraph.common.References;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.common.error.NotFoundException;
import io.newsgraph.common.paging.Cursor;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.planner.Listing.Order;
import io.newsgraph.planner.Listing.SortKey;
import io.newsgraph.planner.Listing.Sql;
import io.newsgraph.planner.Plan.Fetch;
import io.newsgraph.planner.ReadModel.FirstString;
import io.newsgraph.planner.ReadModel.ListOf;
import io.newsgraph.planner.ReadModel.ObjectModel;
import io.newsgraph.planner.ReadModel.Paged;
import io.newsgraph.planner.ReadModel.Strings;
import io.newsgraph.planner.ReadModel.Table;
import io.newsgraph.planner.ReadModel.Target;
import io.newsgraph.planner.ReadModel.ToOne;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a {@link Plan}: one SQL statement per fetch, over the rows of every parent at once, reading
 * only the columns the plan needs into plain arrays (no entity, no persistence context). Every check
 * the resolvers make on arguments is made before the first row is read; any of them failing, or a key
 * that names nothing, throws {@link Unplannable}, so that the reference resolvers answer the request
 * with their own errors and partial data.
 */
final class PlanExecutor implements Listing.Lookups {

    /** One row: the columns read (by table position, unread ones null), its type and the fetches' results. */
    static final class Row {
        final Object[] values;
        final ObjectModel type;
        final Object[] results;
        /** Its sort key values when they are not columns of its table (a timeline's facts). */
        List<Object> sortValues;

        Row(Object[] values, ObjectModel type, int slots) {
            this.values = values;
            this.type = type;
            this.results = new Object[slots];
        }
    }

    /** One page of a connection, with what pageInfo and cursors need. */
    record Page(List<Row> items, boolean hasNext, boolean hasPrevious, Order order, Integer total) {
        String cursorOf(Row row) {
            if (row.sortValues != null) {
                return Cursor.encode(order.name(), row.sortValues);
            }
            List<Object> values = new ArrayList<>(order.keys().size());
            for (SortKey key : order.keys()) {
                values.add(key.valueOf(row.values));
            }
            return Cursor.encode(order.name(), values);
        }
    }

    private final Connection connection;
    private final boolean lateral;
    private final Map<String, Object> variables;
    private final int slots;
    private final Consumer<String> statementCounter;
    private final Map<String, Long> countries;
    private final Cancellation cancellation;

    PlanExecutor(Connection connection, boolean lateral, Map<String, Object> variables, int slots,
            Consumer<String> statementCounter, Map<String, Long> countries, Cancellation cancellation) {
        this.connection = connection;
        this.lateral = lateral;
        this.variables = variables;
        this.slots = slots;
        this.statementCounter = statementCounter;
        this.countries = countries;
        this.cancellation = cancellation;
    }

    /** Runs the plan; the returned row holds the root fields' results. */
    Row execute(Plan plan) throws SQLException {
        Row root = new Row(new Object[0], null, slots);
        for (Fetch fetch : plan.roots) {
            Map<String, Object> arguments = arguments(fetch.arguments);
            if (fetch.rootItem != null) {
                Row item = rootItem(fetch, arguments);
                root.results[fetch.slot] = item;
                descend(fetch.selection, List.of(item));
            } else {
                Page page = page(fetch, fetch.rootList, null, arguments, List.of()).get(null);
                root.results[fetch.slot] = page;
                descend(fetch.connection.only(), page.items());
            }
        }
        return root;
    }

    private void descend(Plan.Selection selection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (Map.Entry<ObjectModel, List<Fetch>> byType : selection.fetches.entrySet()) {
            if (byType.getValue().isEmpty()) {
                continue;
            }
            List<Row> parents = rows;
            if (selection.target.types().size() > 1) {
                parents = rows.stream().filter(r -> r.type == byType.getKey()).toList();
            }
            for (Fetch fetch : byType.getValue()) {
                if (!fetch.inlined) {
                    run(fetch, parents);
                }
            }
        }
    }

    private void run(Fetch fetch, List<Row> parents) throws SQLException {
        if (parents.isEmpty()) {
            return;
        }
        Map<String, Object> arguments = arguments(fetch.arguments);
        if (fetch.relation instanceof ToOne toOne) {
                Set<Long> ids = new LinkedHashSet<>();
                for (Row parent : parents) {
                    if (parent.values[toOne.foreignKey()] != null) {
                        ids.add((Long) parent.values[toOne.foreignKey()]);
                    }
                }
                Map<Long, Row> found = new LinkedHashMap<>();
                if (!ids.isEmpty()) {
                    Target target = toOne.target();
                    // One statement for the rows of all parents: the N+1 a lazy association would run.
                    String sql = "select " + columns(fetch.selection.columns, target.table(), "t") + " from "
                            + target.table().name + " t where t.id = any(" + idArray() + ")";
                    query(sql, List.of((Object) ids.toArray(new Long[0])), rs -> {
                        Row row = row(rs, fetch.selection, 1);
                        found.put((Long) row.values[0], row);
                    });
                }
                for (Row parent : parents) {
                    Object fk = parent.values[toOne.foreignKey()];
                    parent.results[fetch.slot] = fk == null ? null : found.get(fk);
                }
                descend(fetch.selection, new ArrayList<>(found.values()));
        } else if (fetch.relation instanceof ListOf list) {
                Map<Long, List<Row>> byParent = list(list, fetch.selection.columns, arguments, parents);
                List<Row> all = new ArrayList<>();
                for (Row parent : parents) {
                    List<Row> children = byParent.getOrDefault((Long) parent.values[0], List.of());
                    parent.results[fetch.slot] = children;
                    all.addAll(children);
                }
                descend(fetch.selection, all);
        } else if (fetch.relation instanceof Strings strings) {
                Map<Long, List<String>> byParent = new HashMap<>();
                // One statement for the strings of all parents.
                String sql = "select " + strings.parent() + ", " + strings.value() + " from " + strings.from() + " where "
                        + strings.parent() + " = any(" + idArray() + ") order by " + strings.parent() + ", " + strings.orderBy();
                query(sql, List.of((Object) ids(parents)), rs -> byParent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
                for (Row parent : parents) {
                    parent.results[fetch.slot] = byParent.getOrDefault((Long) parent.values[0], List.of());
                }
        } else if (fetch.relation instanceof FirstString first) {
                Map<Long, List<Row>> byParent = list(first.list(), new int[] {0, first.column()}, arguments, parents);
                for (Row parent : parents) {
                    List<Row> rows = byParent.get((Long) parent.values[0]);
                    parent.results[fetch.slot] = rows == null || rows.isEmpty() ? null : rows.get(0).values[first.column()];
                }
        } else if (fetch.relation instanceof Paged paged) {
                Map<Long, Page> pages = page(fetch, paged.listing(), paged, arguments, parents);
                List<Row> all = new ArrayList<>();
                for (Row parent : parents) {
                    Page page = pages.get((Long) parent.values[0]);
                    parent.results[fetch.slot] = page;
                    all.addAll(page.items());
                }
                descend(fetch.connection.only(), all);
        } else if (fetch.relation instanceof ReadModel.Timeline) {
            timeline(fetch, arguments, parents);
        }
    }

    private static final Order TIMELINE = new Order("timeline:asc", false, List.of());

    /** Facts of all kinds by country, as the reference's TimelineService unions and pages them. */
    private static final String FACTS = "select sc.country_id as parent, 1 as kind, s.id as id, s.sort_date as fact_date,"
            + " s.slug as slug from statement s join statement_country sc on sc.statement_id = s.id"
            + " where sc.country_id = any(%1$s)"
            + " union all select st.country_id, 2, st.id, st.sort_date, st.slug from statistic st where st.country_id = any(%1$s)"
            + " union all select e.country_id, 0, e.id, e.start_date, e.slug from event e where e.country_id = any(%1$s)";

    private void timeline(Fetch fetch, Map<String, Object> arguments, List<Row> parents) throws SQLException {
        PageRequest request = checked(() -> PageRequest.of(Values.integer(arguments.get("first")), (String) arguments.get("after")));
        LocalDate from = Values.date(arguments.get("from"));
        LocalDate to = Values.date(arguments.get("to"));
        checked(() -> {
            io.newsgraph.common.DateRange.check(from, to, "timeline");
            return null;
        });
        Long[] ids = ids(parents);
        String facts = FACTS.formatted(idArray());
        List<Sql> where = new ArrayList<>();
        if (from != null) {
            where.add(Sql.of("t.fact_date >= ?", from));
        }
        if (to != null) {
            where.add(Sql.of("t.fact_date <= ?", to));
        }
        List<Sql> paging = new ArrayList<>(where);
        if (request.after() != null) {
            List<Object> after = checked(() -> Cursor.decode(TIMELINE.name(), request.after(), 3));
            paging.add(after(new Order(TIMELINE.name(), false, List.of(new SortKey("t.fact_date", new int[0]),
                    new SortKey("t.kind", new int[0]), new SortKey("t.slug", new int[0]))), after));
        }
        List<Object> params = new ArrayList<>(List.of(ids, ids, ids));
        params.addAll(params(paging));
        params.add(request.first() + 1L); // one more than asked: it tells whether a next page exists
        record Item(long parent, int kind, long id, List<Object> sortValues) {
        }
        List<Item> items = new ArrayList<>();
        // One statement pages the timelines of all countries; then one per kind of fact loads the facts.
        query("select r.parent, r.kind, r.id, r.fact_date, r.slug from (select t.parent, t.kind, t.id, t.fact_date, t.slug,"
                + " row_number() over (partition by t.parent order by t.fact_date, t.kind, t.slug) as rn from (" + facts
                + ") t" + whereClause(paging, "") + ") r where r.rn <= ? order by r.parent, r.rn", params,
                rs -> items.add(new Item(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        List.of(rs.getObject(4, LocalDate.class), (double) rs.getInt(2), rs.getString(5)))));
        List<Plan.Selection> kinds = fetch.connection.nodes;
        List<Map<Long, Row>> loaded = new ArrayList<>();
        for (int kind = 0; kind < kinds.size(); kind++) {
            Plan.Selection selection = kinds.get(kind);
            int k = kind;
            Set<Long> wanted = new LinkedHashSet<>();
            items.stream().filter(i -> i.kind() == k).forEach(i -> wanted.add(i.id()));
            Map<Long, Row> rows = new HashMap<>();
            if (!wanted.isEmpty()) {
                Table table = selection.target.table();
                query("select " + columns(selection.columns, table, "t") + " from " + table.name + " t where t.id = any("
                        + idArray() + ")", List.of((Object) wanted.toArray(new Long[0])),
                        rs -> {
                            Row row = row(rs, selection, 1);
                            rows.put((Long) row.values[0], row);
                        });
            }
            loaded.add(rows);
        }
        Map<Object, Long> totals = new HashMap<>();
        if (fetch.connection.totalCount) {
            List<Object> countParams = new ArrayList<>(List.of(ids, ids, ids));
            countParams.addAll(params(where));
            query("select t.parent, count(*) from (" + facts + ") t" + whereClause(where, "") + " group by t.parent",
                    countParams, rs -> totals.put(rs.getLong(1), rs.getLong(2)));
        }
        Map<Long, List<Row>> byParent = new HashMap<>();
        List<List<Row>> byKind = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        for (Item item : items) {
            Row fact = loaded.get(item.kind()).get(item.id());
            // A fact reached from two countries is one row per country: each page keeps its own cursor.
            Row row = new Row(fact.values, fact.type, slots);
            row.sortValues = item.sortValues();
            byParent.computeIfAbsent(item.parent(), p -> new ArrayList<>()).add(row);
            byKind.get(item.kind()).add(row);
        }
        for (Row parent : parents) {
            List<Row> rows = byParent.getOrDefault((Long) parent.values[0], List.of());
            boolean hasNext = rows.size() > request.first();
            parent.results[fetch.slot] = new Page(hasNext ? rows.subList(0, request.first()) : rows, hasNext,
                    request.after() != null, TIMELINE,
                    fetch.connection.totalCount ? Math.toIntExact(totals.getOrDefault(parent.values[0], 0L)) : null);
        }
        for (int kind = 0; kind < kinds.size(); kind++) {
            descend(kinds.get(kind), byKind.get(kind));
        }
    }

    /** The rows of a bounded list for every parent, in one statement, grouped by parent in the list's order. */
    private Map<Long, List<Row>> list(ListOf list, int[] wanted, Map<String, Object> arguments,
            List<Row> parents) throws SQLException {
        Table table = list.target().table();
        int[] columns = wanted;
        if (list.distinct()) {
            // select distinct needs the order's columns in its select list
            Set<Integer> all = new java.util.TreeSet<>();
            for (int c : wanted) {
                all.add(c);
            }
            all.add(table.col("name"));
            all.add(table.col("slug"));
            columns = all.stream().mapToInt(Integer::intValue).toArray();
        }
        StringBuilder sql = new StringBuilder("select ").append(list.distinct() ? "distinct " : "").append(list.parent())
                .append(", ").append(columns(columns, table, "t")).append(" from ").append(list.from()).append(" where ")
                .append(list.parent()).append(" = any(").append(idArray()).append(")");
        if (list.where() != null) {
            sql.append(" and ").append(list.where());
        }
        if (list.takesCurrent() && arguments.get("current") != null) {
            sql.append(Boolean.TRUE.equals(arguments.get("current")) ? " and x.ended_on is null" : " and x.ended_on is not null");
        }
        sql.append(" order by ").append(list.parent()).append(", ").append(list.orderBy());
        Map<Long, List<Row>> byParent = new HashMap<>();
        int[] read = columns;
        query(sql.toString(), List.of((Object) ids(parents)), rs -> {
            Row row = row(rs, read, list.target(), 2);
            byParent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row);
        });
        return byParent;
    }

    /** Pages of a listing: of the whole list (no parents), or one per parent in one statement. */
    private Map<Long, Page> page(Fetch fetch, Listing listing, Paged paged, Map<String, Object> arguments,
            List<Row> parents) throws SQLException {
        PageRequest request = checked(() -> PageRequest.of(Values.integer(arguments.get("first")), (String) arguments.get("after")));
        @SuppressWarnings("unchecked")
        Order order = listing.order((Map<String, Object>) arguments.get("orderBy"));
        List<Sql> where = checked(() -> listing.where(arguments, this));
        List<Sql> paging = new ArrayList<>(where);
        if (request.after() != null) {
            List<Object> after = checked(() -> Cursor.decode(order.name(), request.after(), order.keys().size()));
            paging.add(after(order, after));
        }
        Table table = listing.target.table();
        // The sort keys are read only for cursors: the statement itself orders the rows.
        int[] columns = fetch.connection.cursors ? withSortKeys(fetch.connection.only().columns, order)
                : fetch.connection.only().columns;
        List<Fetch> inlined = inlined(fetch.connection.only());
        Map<Long, List<Row>> fetched = new LinkedHashMap<>();
        long limit = request.first() + 1L; // one more than asked: it tells whether a next page exists
        if (paged == null) {
            String sql = "select " + columns(columns, table, "t") + joinedColumns(inlined) + " from " + table.name
                    + " t" + joins(inlined, "t", table) + whereClause(paging, "") + " order by " + order.orderBy() + " limit ?";
            List<Object> params = params(paging);
            params.add(limit);
            List<Row> rows = new ArrayList<>();
            query(sql, params, rs -> rows.add(withJoined(rs, row(rs, columns, listing.target, 1), inlined, 1 + columns.length)));
            fetched.put(null, rows);
        } else {
            String parent = paged.link().parent();
            List<Object> params = new ArrayList<>();
            params.add(ids(parents));
            String sql;
            if (lateral) {
                // For each parent, its first items straight from the index, stopping after the limit; the
                // to-one rows are joined to the page's items only, after the limit. (Their short lists, a
                // statement's countries, cost PostgreSQL more as arrays aggregated per item, 3.3 ms against
                // 1.4 + 0.5 for this and the lists' own statement, measured on the digest of bench/unseen.)
                sql = "select p.parent_id, " + columns(columns, table, "x") + joinedColumns(inlined) + " from unnest("
                        + idArray() + ") as p(parent_id) cross join lateral (select " + columns(columns, table, "t")
                        + ", row_number() over (order by " + order.orderBy() + ") as rn from " + table.name + " t"
                        + paged.link().join() + whereClause(paging, parent + " = p.parent_id") + " order by "
                        + order.orderBy() + " limit ?) x" + joins(inlined, "x", table) + " order by p.parent_id, x.rn";
            } else {
                // Items of all parents numbered per parent; the numbered rows come first in the from
                // clause, so that H2 reads them once and joins the items by primary key.
                sql = "select x.parent_id, " + columns(columns, table, "o") + joinedColumns(inlined) + " from (select "
                        + parent + " as parent_id, t.id as id, row_number() over (partition by " + parent + " order by "
                        + order.orderBy() + ") as rn from " + table.name + " t" + paged.link().join()
                        + whereClause(paging, parent + " = any(" + idArray() + ")") + ") x join " + table.name
                        + " o on o.id = x.id" + joins(inlined, "o", table) + " where x.rn <= ? order by x.parent_id, x.rn";
            }
            params.addAll(params(paging));
            params.add(limit);
            query(sql, params, rs -> fetched.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(withJoined(rs, row(rs, columns, listing.target, 2), inlined, 2 + columns.length)));
        }
        Map<Object, Long> totals = fetch.connection.totalCount ? totals(listing, paged, where, parents) : Map.of();
        Map<Long, Page> pages = new HashMap<>();
        Collection<Long> keys = paged == null ? java.util.Collections.singletonList(null) : idList(parents);
        for (Long key : keys) {
            List<Row> rows = fetched.getOrDefault(key, List.of());
            boolean hasNext = rows.size() > request.first();
            List<Row> items = hasNext ? rows.subList(0, request.first()) : rows;
            Integer total = fetch.connection.totalCount ? Math.toIntExact(totals.getOrDefault(key, 0L)) : null;
            pages.put(key, new Page(items, hasNext, request.after() != null, order, total));
        }
        return pages;
    }

    /** The to-one fetches of a page's items that come with the page itself, joined by primary key. */
    private static List<Fetch> inlined(Plan.Selection items) {
        if (items.target.types().size() != 1) {
            return List.of();
        }
        return items.fetches.get(items.target.types().get(0)).stream().filter(f -> f.inlined).toList();
    }

    private static String joins(List<Fetch> inlined, String alias, Table items) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < inlined.size(); i++) {
            ToOne toOne = (ToOne) inlined.get(i).relation;
            sql.append(" left join ").append(toOne.target().table().name).append(" j").append(i).append(" on j").append(i)
                    .append(".id = ").append(alias).append('.').append(items.columns.get(toOne.foreignKey()));
        }
        return sql.toString();
    }

    /** The joined rows' columns. */
    private static String joinedColumns(List<Fetch> inlined) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < inlined.size(); i++) {
            Plan.Selection selection = inlined.get(i).selection;
            for (int column : selection.columns) {
                sql.append(", j").append(i).append('.').append(selection.target.table().columns.get(column));
            }
        }
        return sql.toString();
    }

    private Row withJoined(ResultSet rs, Row row, List<Fetch> inlined, int firstColumn) throws SQLException {
        int next = firstColumn;
        for (Fetch fetch : inlined) {
            rs.getLong(next); // the joined row's id: null when the foreign key is
            row.results[fetch.slot] = rs.wasNull() ? null : row(rs, fetch.selection, next);
            next += fetch.selection.columns.length;
        }
        return row;
    }

    private Map<Object, Long> totals(Listing listing, Paged paged, List<Sql> where, List<Row> parents) throws SQLException {
        Map<Object, Long> totals = new HashMap<>();
        Table table = listing.target.table();
        if (paged == null) {
            query("select count(*) from " + table.name + " t" + whereClause(where, ""), params(where),
                    rs -> totals.put(null, rs.getLong(1)));
        } else {
            String parent = paged.link().parent();
            List<Object> params = new ArrayList<>();
            params.add(ids(parents));
            params.addAll(params(where));
            // One count for all parents of the level, and only when totalCount is asked for.
            query("select " + parent + ", count(*) from " + table.name + " t" + paged.link().join()
                    + whereClause(where, parent + " = any(" + idArray() + ")") + " group by " + parent, params,
                    rs -> totals.put(rs.getLong(1), rs.getLong(2)));
        }
        return totals;
    }

    private Row rootItem(Fetch fetch, Map<String, Object> arguments) throws SQLException {
        Target target = fetch.rootItem;
        Table table = target.table();
        String condition;
        Object key;
        if (table == ReadModel.COUNTRY) {
            String code = checked(() -> References.countryCode((String) arguments.get("code"), "code"));
            condition = code.length() == 2 ? "t.code = ?" : "t.alpha3 = ?";
            key = code;
        } else {
            key = arguments.get("id");
            if (!Keys.isValid((String) key)) {
                throw new Unplannable("a malformed key");
            }
            condition = "t.slug = ?";
            String discriminator = target.discriminatorFilter("t");
            if (discriminator != null) {
                condition += " and " + discriminator;
            }
        }
        List<Row> rows = new ArrayList<>(1);
        query("select " + columns(fetch.selection.columns, table, "t") + " from " + table.name + " t where " + condition,
                List.of(key), rs -> rows.add(row(rs, fetch.selection, 1)));
        if (rows.isEmpty()) {
            throw new Unplannable("a key that names nothing");
        }
        return rows.get(0);
    }

    @Override
    public long country(String code, String field) {
        String normalized = References.countryCode(code, field);
        Long pk = countries.get(normalized);
        if (pk == null) {
            List<Long> found = new ArrayList<>(1);
            try {
                query("select id from country where " + (normalized.length() == 2 ? "code" : "alpha3") + " = ?",
                        List.of(normalized), rs -> found.add(rs.getLong(1)));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (found.isEmpty()) {
                throw new NotFoundException(field, "Country", code);
            }
            pk = found.get(0);
            countries.put(normalized, pk); // countries are never removed, and their codes never change
        }
        return pk;
    }

    @Override
    public long keyed(Table table, String discriminator, String label, String key, String field) {
        if (!Keys.isValid(key)) {
            throw new BadUserInputException(field, "not a key");
        }
        List<Long> found = new ArrayList<>(1);
        try {
            query("select id from " + table.name + " where slug = ?", List.of(key), rs -> found.add(rs.getLong(1)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (found.isEmpty()) {
            throw new NotFoundException(field, label, key);
        }
        return found.get(0);
    }

    private static Sql after(Order order, List<Object> values) {
        String op = order.descending() ? " < " : " > ";
        List<String> alternatives = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < order.keys().size(); i++) {
            StringBuilder alternative = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alternative.append(order.keys().get(j).sql()).append(" = ? and ");
                params.add(values.get(j));
            }
            alternative.append(order.keys().get(i).sql()).append(op).append("?)");
            params.add(values.get(i));
            alternatives.add(alternative.toString());
        }
        return new Sql("(" + String.join(" or ", alternatives) + ")", params);
    }

    private static int[] withSortKeys(int[] columns, Order order) {
        Set<Integer> all = new java.util.TreeSet<>();
        for (int c : columns) {
            all.add(c);
        }
        for (SortKey key : order.keys()) {
            for (int c : key.columns()) {
                all.add(c);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String whereClause(List<Sql> where, String first) {
        List<String> conditions = new ArrayList<>();
        if (!first.isEmpty()) {
            conditions.add(first);
        }
        where.forEach(w -> conditions.add(w.text()));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static List<Object> params(List<Sql> where) {
        List<Object> params = new ArrayList<>();
        where.forEach(w -> params.addAll(w.params()));
        return params;
    }

    private String idArray() {
        return lateral ? "cast(? as bigint array)" : "?";
    }

    private static Long[] ids(List<Row> rows) {
        return idList(rows).toArray(new Long[0]);
    }

    private static List<Long> idList(List<Row> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Row row : rows) {
            ids.add((Long) row.values[0]);
        }
        return new ArrayList<>(ids);
    }

    private static String columns(int[] columns, Table table, String alias) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(alias).append('.').append(table.columns.get(columns[i]));
        }
        return sql.toString();
    }

    private Row row(ResultSet rs, Plan.Selection selection, int firstColumn) throws SQLException {
        return row(rs, selection.columns, selection.target, firstColumn);
    }

    private Row row(ResultSet rs, int[] columns, Target target, int firstColumn) throws SQLException {
        Table table = target.table();
        Object[] values = new Object[table.columns.size()];
        for (int i = 0; i < columns.length; i++) {
            int column = columns[i];
            int index = firstColumn + i;
            values[column] = switch (table.kinds.get(column)) {
                case LONG -> {
                    long v = rs.getLong(index);
                    yield rs.wasNull() ? null : v;
                }
                case INT -> {
                    int v = rs.getInt(index);
                    yield rs.wasNull() ? null : v;
                }
                case FLOAT -> {
                    double v = rs.getDouble(index);
                    yield rs.wasNull() ? null : v;
                }
                case DATE -> rs.getObject(index, LocalDate.class);
                case INSTANT -> {
                    java.time.OffsetDateTime v = rs.getObject(index, java.time.OffsetDateTime.class);
                    yield v == null ? null : v.toInstant();
                }
                case STRING -> rs.getString(index);
            };
        }
        ObjectModel type = target.types().size() == 1 ? target.types().get(0)
                : target.typeOf(values[table.col("actor_type")]);
        return new Row(values, type, slots);
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            cancellation.starting(statement);
            statementCounter.accept(sql);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            } catch (SQLException e) {
                if (cancellation.cancelled()) {
                    throw new Cancellation.Abandoned();
                }
                throw e;
            } finally {
                cancellation.finished();
            }
        }
    }

    /** The argument values of a field: literals as the schema's types read them, variables as coerced. */
    private Map<String, Object> arguments(List<Argument> arguments) {
        if (arguments.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> values = new HashMap<>();
        for (Argument argument : arguments) {
            values.put(argument.getName(), value(argument.getValue()));
        }
        return values;
    }

    private Object value(Value<?> value) {
        if (value instanceof VariableReference v) {
            return variables.get(v.getName());
        }
        if (value instanceof IntValue i) {
            if (i.getValue().bitLength() > 31) {
                throw new Unplannable("an Int out of range");
            }
            return i.getValue().intValue();
        }
        if (value instanceof FloatValue f) {
            return f.getValue().doubleValue();
        }
        if (value instanceof StringValue s) {
            return s.getValue();
        }
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        if (value instanceof EnumValue e) {
            return e.getName();
        }
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof ArrayValue a) {
            List<Object> list = new ArrayList<>();
            for (Value<?> item : a.getValues()) {
                list.add(value(item));
            }
            return list;
        }
        if (value instanceof ObjectValue o) {
            Map<String, Object> map = new HashMap<>();
            for (ObjectField field : o.getObjectFields()) {
                map.put(field.getName(), value(field.getValue()));
            }
            return map;
        }
        throw new Unplannable("a value of kind " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT));
    }

    private interface Check<T> {
        T get();
    }

    /** The resolvers' own checks: failing, they leave the request to the resolvers, which word the error. */
    private static <T> T checked(Check<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            throw new Unplannable("an argument the resolvers refuse");
        }
    }
}
