package io.newsgraph.place;

import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PlaceGraphQLApi {

    @Inject
    PlaceService places;

    @Query("place")
    @Description("One place by its id. Unknown ids give a NOT_FOUND error.")
    public Place place(@NonNull @Id @Description("The place's id, e.g. `verkhni-lars-checkpoint`.") String id) {
        return places.get(id);
    }

    @Query("places")
    @Description("Places, filtered and paged, sorted by name.")
    public @NonNull PlaceConnection places(
            @Description("Conditions the places must meet.") PlaceFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor.") String after) {
        return places.list(filter, first, after);
    }

    // Batched: one query for the countries of all places.
    @NonNull
    @Description("The country the place is in.")
    public List<Country> country(@Source List<Place> parents) {
        return Batch.toOne(parents, p -> p.countryId, Country.class);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many places the whole list holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<PlaceConnection> connections) {
        return Connection.totalCounts(connections);
    }
}
