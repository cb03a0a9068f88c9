package io.newsgraph.event;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.Batch;
import io.newsgraph.common.DateRange;
import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.country.Country;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EventService {

    private static final Ordering<Event> NEWEST_FIRST = Ordering.of("events-by-date", true,
            key("e.startDate", e -> e.startDate), key("e.key", e -> e.key));

    public Event get(String key) {
        return References.require(Event.class, "Event", key, "id");
    }

    public EventConnection list(EventFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Event> listing = Listing.of(Event.class, NEWEST_FIRST);
        if (filter != null) {
            if (filter.name != null) {
                TextSearch.contains(listing, "e.name", filter.name, "filter.name");
            }
            if (filter.countryCode != null) {
                listing.where("e.countryId = :country", "country",
                        References.requireCountry(filter.countryCode, "filter.countryCode").pk);
            }
            DateRange.check(filter.from, filter.to, "filter");
            if (filter.from != null) {
                listing.where("coalesce(e.endDate, e.startDate) >= :from", "from", filter.from);
            }
            if (filter.to != null) {
                listing.where("e.startDate <= :to", "to", filter.to);
            }
        }
        return Connection.of(listing, request, EventConnection::new);
    }

    /** Events in each country, oldest first. */
    public List<List<Event>> of(List<Country> countries) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select e.countryId, e from Event e where e.countryId in :countries order by e.startDate, e.key",
                Object[].class)
                .setParameter("countries", Batch.pks(countries))
                .getResultList();
        return Batch.toMany(countries, Batch.group(rows, Event.class));
    }
}
