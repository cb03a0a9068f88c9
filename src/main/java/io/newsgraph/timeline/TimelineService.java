package io.newsgraph.timeline;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.Batch;
import io.newsgraph.common.DateRange;
import io.newsgraph.common.paging.Connection.Total;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.Page;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.country.Country;
import io.newsgraph.event.Event;
import io.newsgraph.statement.Statement;
import io.newsgraph.statistic.Statistic;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.NativeQuery;

/**
 * Each country's statements, figures and events merged by date. One SQL statement pages all
 * countries' timelines (a UNION ALL numbered per country), then one statement per fact type loads
 * the facts of all pages: the cost depends on the query's shape, not on the number of countries.
 */
@ApplicationScoped
public class TimelineService {

    // Within a day, what happened comes before what was said about it, then the figures.
    private static final int EVENT = 0;
    private static final int STATEMENT = 1;
    private static final int STATISTIC = 2;

    private static final Ordering<Fact> CHRONOLOGICAL = Ordering.of("timeline", false,
            key(t -> t + ".fact_date", TimelineService::dateOf), key(t -> t + ".kind", f -> (double) kindOf(f)),
            key(t -> t + ".slug", TimelineService::keyOf));

    private static final String FACTS = """
            select sc.country_id as parent, 1 as kind, s.id as id, s.sort_date as fact_date, s.slug as slug
              from statement s join statement_country sc on sc.statement_id = s.id where sc.country_id in (:parents)
            union all
            select st.country_id, 2, st.id, st.sort_date, st.slug from statistic st where st.country_id in (:parents)
            union all
            select e.country_id, 0, e.id, e.start_date, e.slug from event e where e.country_id in (:parents)
            """;

    public List<FactConnection> of(List<Country> countries, LocalDate from, LocalDate to, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        DateRange.check(from, to, "timeline");
        List<Long> parents = Batch.pks(countries);
        Map<String, Object> params = new HashMap<>();
        params.put("parents", parents);
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("t.fact_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("t.fact_date <= :to");
            params.put("to", to);
        }
        Map<String, Object> countParams = new HashMap<>(params);
        String countWhere = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        if (request.after() != null) {
            where.add(CHRONOLOGICAL.after("t", request.after(), params));
        }
        // Even for first: 0, one fact per country is fetched: it tells whether a next page exists.
        Map<Long, List<Fact>> fetched = page(where, params, request);

        Total total = new Total(ids -> count(countWhere, countParams));
        return countries.stream()
                .map(c -> new FactConnection(Page.of(fetched.getOrDefault(c.pk, List.of()), CHRONOLOGICAL, request), total, c.pk))
                .toList();
    }

    private Map<Long, List<Fact>> page(List<String> where, Map<String, Object> params, PageRequest request) {
        params.put("limit", request.first() + 1);
        String sql = "select r.parent, r.kind, r.id from (select t.parent, t.kind, t.id, row_number() over"
                + " (partition by t.parent order by " + CHRONOLOGICAL.orderBy("t") + ") as rn from (" + FACTS + ") t"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + ") r where r.rn <= :limit order by r.parent, r.rn";
        List<Object[]> rows = query(sql, params);

        Map<Integer, Set<Long>> idsByKind = new HashMap<>();
        for (Object[] row : rows) {
            idsByKind.computeIfAbsent(((Number) row[1]).intValue(), k -> new LinkedHashSet<>()).add(((Number) row[2]).longValue());
        }
        Map<Long, Statement> statements = Batch.byPk(Statement.class, idsByKind.getOrDefault(STATEMENT, Set.of()));
        Map<Long, Statistic> statistics = Batch.byPk(Statistic.class, idsByKind.getOrDefault(STATISTIC, Set.of()));
        Map<Long, Event> events = Batch.byPk(Event.class, idsByKind.getOrDefault(EVENT, Set.of()));

        Map<Long, List<Fact>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[2]).longValue();
            Fact fact = switch (((Number) row[1]).intValue()) {
                case STATEMENT -> statements.get(id);
                case STATISTIC -> statistics.get(id);
                default -> events.get(id);
            };
            byParent.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(fact);
        }
        return byParent;
    }

    private Map<Long, Long> count(String where, Map<String, Object> params) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query("select t.parent, count(*) from (" + FACTS + ") t" + where + " group by t.parent", params)) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> query(String sql, Map<String, Object> params) {
        NativeQuery<Object[]> query = Panache.getSession().createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static LocalDate dateOf(Fact fact) {
        if (fact instanceof Statement s) {
            return s.sortDate;
        }
        return fact instanceof Statistic s ? s.sortDate : ((Event) fact).startDate;
    }

    private static int kindOf(Fact fact) {
        return fact instanceof Statement ? STATEMENT : fact instanceof Statistic ? STATISTIC : EVENT;
    }

    private static String keyOf(Fact fact) {
        if (fact instanceof Statement s) {
            return s.key;
        }
        return fact instanceof Statistic s ? s.key : ((Event) fact).key;
    }
}
