package io.newsgraph.statistic;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.common.Batch;
import io.newsgraph.common.DateRange;
import io.newsgraph.common.OrderDirection;
import io.newsgraph.common.References;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing.Parent;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.country.Country;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StatisticService {

    public static final Parent BY_COUNTRY = Parent.column(Country.class, "countryId");
    public static final Parent BY_REPORTER = Parent.column(ActorEntity.class, "reportedById");
    public static final Parent BY_SOURCE = Parent.column(SourceEntity.class, "sourceId");
    public static final Parent BY_EVENT = Parent.collection(Event.class, "eventIds");

    // sortValue() in Java mirrors this expression; the approximation check guarantees it is never null.
    private static final String VALUE = "coalesce(e.value, e.low, e.high)";

    private static final Ordering<Statistic> PERIOD_END_DESC = periodEnd(true);
    private static final Ordering<Statistic> PERIOD_END_ASC = periodEnd(false);
    private static final Ordering<Statistic> VALUE_DESC = value(true);
    private static final Ordering<Statistic> VALUE_ASC = value(false);

    public Statistic get(String key) {
        return References.require(Statistic.class, "Statistic", key, "id");
    }

    public StatisticConnection list(StatisticFilter filter, StatisticOrder order, Integer first, String after) {
        return Connection.of(listing(filter, order), PageRequest.of(first, after), StatisticConnection::new);
    }

    public List<StatisticConnection> byParents(Parent parent, List<Long> parentPks, StatisticFilter filter,
            Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return Connection.byParents(listing(filter, null), parent, parentPks, request, StatisticConnection::new);
    }

    /** Whether any figure counts this metric (exact match, as the filter's {@code metric}). */
    public boolean hasMetric(String metric) {
        return !Panache.getSession()
                .createSelectionQuery("select 1 from Statistic e where e.metric = :metric", Integer.class)
                .setParameter("metric", metric.trim())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The figures each statement states, in one query for all statements. */
    public List<List<Statistic>> ofStatements(List<Statement> statements) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select e.statementId, e from Statistic e where e.statementId in :statements"
                        + " order by e.sortDate, e.key", Object[].class)
                .setParameter("statements", Batch.pks(statements))
                .getResultList();
        return Batch.toMany(statements, Batch.group(rows, Statistic.class));
    }

    Listing<Statistic> listing(StatisticFilter filter, StatisticOrder order) {
        // Source and reporter come with the page: nearly every client asks for them.
        Listing<Statistic> listing = Listing.of(Statistic.class, ordering(order))
                .alongWith(SourceEntity.class, "sourceId").alongWith(ActorEntity.class, "reportedById");
        if (filter == null) {
            return listing;
        }
        if (filter.metric != null) {
            if (filter.metric.isBlank()) {
                throw new BadUserInputException("filter.metric", "must not be blank");
            }
            listing.where("e.metric = :metric", "metric", filter.metric.trim());
        }
        if (filter.countryCode != null) {
            listing.where("e.countryId = :country", "country",
                    References.requireCountry(filter.countryCode, "filter.countryCode").pk);
        }
        if (filter.originCountryCode != null) {
            listing.where("e.originCountryId = :origin", "origin",
                    References.requireCountry(filter.originCountryCode, "filter.originCountryCode").pk);
        }
        if (filter.reportedById != null) {
            listing.where("e.reportedById = :reporter", "reporter",
                    References.require(ActorEntity.class, "Actor", filter.reportedById, "filter.reportedById").pk);
        }
        if (filter.sourceId != null) {
            listing.where("e.sourceId = :source", "source",
                    References.require(SourceEntity.class, "Source", filter.sourceId, "filter.sourceId").pk);
        }
        if (filter.eventId != null) {
            listing.where(":event member of e.eventIds", "event",
                    References.require(Event.class, "Event", filter.eventId, "filter.eventId").pk);
        }
        if (filter.placeId != null) {
            listing.where("e.placeId = :place", "place",
                    References.require(Place.class, "Place", filter.placeId, "filter.placeId").pk);
        }
        if (filter.rate != null) {
            listing.where("e.rate = :rate", "rate", filter.rate);
        }
        DateRange.check(filter.from, filter.to, "filter");
        if (filter.from != null) {
            listing.where("(e.periodEnd is null or e.periodEnd >= :from)", "from", filter.from);
        }
        if (filter.to != null) {
            listing.where("(e.periodStart is null or e.periodStart <= :to)", "to", filter.to);
        }
        return listing;
    }

    private static Ordering<Statistic> ordering(StatisticOrder order) {
        boolean ascending = order != null && order.direction == OrderDirection.ASC;
        if (order != null && order.field == StatisticOrderField.VALUE) {
            return ascending ? VALUE_ASC : VALUE_DESC;
        }
        return ascending ? PERIOD_END_ASC : PERIOD_END_DESC;
    }

    private static Ordering<Statistic> periodEnd(boolean descending) {
        return Ordering.of("statistics-by-period-end", descending,
                key("e.sortDate", s -> s.sortDate), key("e.key", s -> s.key));
    }

    private static Ordering<Statistic> value(boolean descending) {
        return Ordering.of("statistics-by-value", descending, key(VALUE, Statistic::sortValue), key("e.key", s -> s.key));
    }
}
