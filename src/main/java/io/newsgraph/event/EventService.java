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

    public Event get(String key) {
        return References.require(Event.class, "Event", key, "id");
    }

    public EventConnection list(EventFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Event> listing = Listing.of(Event.class, Ordering.of("events-by-date", true,
                key(Event_.startDate, e -> e.startDate), key(Event_.key, e -> e.key)));
        if (filter != null) {
            if (filter.name != null) {
                TextSearch.contains(listing, Event_.name, filter.name, "filter.name");
            }
            if (filter.countryCode != null) {
                listing.whereEqual(Event_.countryId,
                        References.requireCountry(filter.countryCode, "filter.countryCode").pk);
            }
            DateRange.check(filter.from, filter.to, "filter");
            if (filter.from != null) {
                listing.where((e, from) -> "coalesce(" + e.get(Event_.endDate) + ", " + e.get(Event_.startDate) + ") >= " + from,
                        filter.from);
            }
            if (filter.to != null) {
                listing.whereAtMost(Event_.startDate, filter.to);
            }
        }
        return Connection.of(listing, request, EventConnection::new);
    }

    /** Events in each country, oldest first. */
    public List<List<Event>> of(List<Country> countries) {
        List<Object[]> rows = Panache.getSession().createSelectionQuery(
                "select e." + Event_.COUNTRY_ID + ", e from Event e where e." + Event_.COUNTRY_ID + " in :countries order by e."
                        + Event_.START_DATE + ", e." + Event_.KEY,
                Object[].class)
                .setParameter("countries", Batch.pks(countries))
                .getResultList();
        return Batch.toMany(countries, Batch.group(rows, Event.class));
    }
}
