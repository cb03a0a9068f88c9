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

    public SourceEntity get(String key) {
        return References.require(SourceEntity.class, "Source", key, "id");
    }

    public SourceConnection list(SourceFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<SourceEntity> listing = Listing.of(SourceEntity.class, Ordering.of("sources-by-date", true,
                key(SourceEntity_.publishedOn, s -> s.publishedOn), key(SourceEntity_.key, s -> s.key)));
        if (filter != null) {
            if (filter.title != null) {
                TextSearch.contains(listing, SourceEntity_.title, filter.title, "filter.title");
            }
            if (filter.publisher != null) {
                TextSearch.contains(listing, SourceEntity_.publisher, filter.publisher, "filter.publisher");
            }
            DateRange.check(filter.from, filter.to, "filter");
            if (filter.from != null) {
                listing.whereAtLeast(SourceEntity_.publishedOn, filter.from);
            }
            if (filter.to != null) {
                listing.whereAtMost(SourceEntity_.publishedOn, filter.to);
            }
        }
        return Connection.of(listing, request, SourceConnection::new);
    }
}
