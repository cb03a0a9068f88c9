package io.newsgraph.place;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlaceService {

    public Place get(String key) {
        return References.require(Place.class, "Place", key, "id");
    }

    public PlaceConnection list(PlaceFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Listing<Place> listing = Listing.of(Place.class, Ordering.of("places-by-name", false,
                key(Place_.name, p -> p.name), key(Place_.key, p -> p.key)));
        if (filter != null) {
            if (filter.name != null) {
                TextSearch.contains(listing, Place_.name, filter.name, "filter.name");
            }
            if (filter.countryCode != null) {
                listing.whereEqual(Place_.countryId,
                        References.requireCountry(filter.countryCode, "filter.countryCode").pk);
            }
            if (filter.kind != null) {
                listing.whereEqual(Place_.kind, filter.kind);
            }
        }
        return Connection.of(listing, request, PlaceConnection::new);
    }
}
