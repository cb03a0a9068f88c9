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

    // Parents and orderings are made when a request needs them, not in constants: the metamodel's
    // attributes (Statistic_.countryId) are only set once Hibernate has started.

    /** The figures about a country. */
    public static Parent<Statistic> byCountry() {
        return Parent.column(Country.class, Statistic_.countryId);
    }

    /** The figures an actor reported. */
    public static Parent<Statistic> byReporter() {
        return Parent.column(ActorEntity.class, Statistic_.reportedById);
    }

    /** The figures a source gives. */
    public static Parent<Statistic> bySource() {
        return Parent.column(SourceEntity.class, Statistic_.sourceId);
    }

    /** The figures that refer to an event. */
    public static Parent<Statistic> byEvent() {
        return Parent.collection(Event.class, Statistic_.eventIds);
    }

    public Statistic get(String key) {
        return References.require(Statistic.class, "Statistic", key, "id");
    }

    public StatisticConnection list(StatisticFilter filter, StatisticOrder order, Integer first, String after) {
        return Connection.of(listing(filter, order), PageRequest.of(first, after), StatisticConnection::new);
    }

    public List<StatisticConnection> byParents(Parent<Statistic> parent, List<Long> parentPks, StatisticFilter filter,
            Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return Connection.byParents(listing(filter, null), parent, parentPks, request, StatisticConnection::new);
    }

    /** Whether any figure counts this metric (exact match, as the filter's {@code metric}). */
    public boolean hasMetric(String metric) {
        return !Panache.getSession()
                .createSelectionQuery("select 1 from Statistic s where s." + Statistic_.METRIC + " = :metric", Integer.class)
                .setParameter("metric", metric.trim())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The figures each statement states, in one query for all statements. */
    public List<List<Statistic>> ofStatements(List<Statement> statements) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select s." + Statistic_.STATEMENT_ID + ", s from Statistic s where s." + Statistic_.STATEMENT_ID
                        + " in :statements order by s." + Statistic_.SORT_DATE + ", s." + Statistic_.KEY, Object[].class)
                .setParameter("statements", Batch.pks(statements))
                .getResultList();
        return Batch.toMany(statements, Batch.group(rows, Statistic.class));
    }

    Listing<Statistic> listing(StatisticFilter filter, StatisticOrder order) {
        // Source and reporter come with the page: nearly every client asks for them.
        Listing<Statistic> listing = Listing.of(Statistic.class, ordering(order))
                .alongWith(SourceEntity.class, Statistic_.sourceId).alongWith(ActorEntity.class, Statistic_.reportedById);
        if (filter == null) {
            return listing;
        }
        if (filter.metric != null) {
            if (filter.metric.isBlank()) {
                throw new BadUserInputException("filter.metric", "must not be blank");
            }
            listing.whereEqual(Statistic_.metric, filter.metric.trim());
        }
        if (filter.countryCode != null) {
            listing.whereEqual(Statistic_.countryId,
                    References.requireCountry(filter.countryCode, "filter.countryCode").pk);
        }
        if (filter.originCountryCode != null) {
            listing.whereEqual(Statistic_.originCountryId,
                    References.requireCountry(filter.originCountryCode, "filter.originCountryCode").pk);
        }
        if (filter.reportedById != null) {
            listing.whereEqual(Statistic_.reportedById,
                    References.require(ActorEntity.class, "Actor", filter.reportedById, "filter.reportedById").pk);
        }
        if (filter.sourceId != null) {
            listing.whereEqual(Statistic_.sourceId,
                    References.require(SourceEntity.class, "Source", filter.sourceId, "filter.sourceId").pk);
        }
        if (filter.eventId != null) {
            listing.whereMember(Statistic_.eventIds,
                    References.require(Event.class, "Event", filter.eventId, "filter.eventId").pk);
        }
        if (filter.placeId != null) {
            listing.whereEqual(Statistic_.placeId,
                    References.require(Place.class, "Place", filter.placeId, "filter.placeId").pk);
        }
        if (filter.rate != null) {
            listing.whereEqual(Statistic_.rate, filter.rate);
        }
        DateRange.check(filter.from, filter.to, "filter");
        if (filter.from != null) {
            listing.where((e, from) -> "(" + e.get(Statistic_.periodEnd) + " is null or " + e.get(Statistic_.periodEnd)
                    + " >= " + from + ")", filter.from);
        }
        if (filter.to != null) {
            listing.where((e, to) -> "(" + e.get(Statistic_.periodStart) + " is null or " + e.get(Statistic_.periodStart)
                    + " <= " + to + ")", filter.to);
        }
        return listing;
    }

    private static Ordering<Statistic> ordering(StatisticOrder order) {
        boolean ascending = order != null && order.direction == OrderDirection.ASC;
        if (order != null && order.field == StatisticOrderField.VALUE) {
            // sortValue() in Java mirrors this expression; the approximation check guarantees it is never null.
            return Ordering.of("statistics-by-value", !ascending,
                    key(e -> "coalesce(" + e + "." + Statistic_.VALUE + ", " + e + "." + Statistic_.LOW + ", " + e + "."
                            + Statistic_.HIGH + ")", Statistic::sortValue),
                    key(Statistic_.key, s -> s.key));
        }
        return Ordering.of("statistics-by-period-end", !ascending,
                key(Statistic_.sortDate, s -> s.sortDate), key(Statistic_.key, s -> s.key));
    }
}
