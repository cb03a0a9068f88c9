package io.newsgraph.source;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.DateRange;
import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SourceService {

    private static final Ordering<SourceEntity> NEWEST_FIRST = Ordering.of("sources-by-date", true,
            key("e.publishedOn", s -> s.publishedOn), key("e.key", s -> s.key));

    public SourceEntity get(String key) {
        return References.require(SourceEntity.class, "Source", key, "id");
    }

    public SourceConnection list(SourceFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<SourceEntity> listing = Listing.of(SourceEntity.class, NEWEST_FIRST);
        if (filter != null) {
            if (filter.title != null) {
                TextSearch.contains(listing, "e.title", filter.title, "filter.title");
            }
            if (filter.publisher != null) {
                TextSearch.contains(listing, "e.publisher", filter.publisher, "filter.publisher");
            }
            DateRange.check(filter.from, filter.to, "filter");
            if (filter.from != null) {
                listing.where("e.publishedOn >= :from", "from", filter.from);
            }
            if (filter.to != null) {
                listing.where("e.publishedOn <= :to", "to", filter.to);
            }
        }
        return Connection.of(listing, request, SourceConnection::new);
    }
}
