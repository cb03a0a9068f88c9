package io.newsgraph.place;

import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.DeleteReport;
import io.newsgraph.dataset.EditService;
import io.newsgraph.dataset.Patches;
import io.newsgraph.security.Editor;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PlaceGraphQLApi {

    @Inject
    EditService edits;

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

    @Mutation("createPlace")
    @Editor
    @Description("Creates a place. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull Place createPlace(@NonNull @Description("The new place; without a key, one is made from its name.") Dataset.PlaceEntry input) {
        return edits.create(Place.class, input);
    }

    @Mutation("updatePlace")
    @Editor
    @Description("Changes a place: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull Place updatePlace(@NonNull @Id @Description("Id of the place to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the place changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.PlacePatch input) {
        return edits.update(Place.class, "Place", id, version, input);
    }

    @Mutation("deletePlace")
    @Editor
    @Description("Deletes a place. Needs the editor role. Refused with CONFLICT while facts refer to it, unless `cascade` clears those references.")
    public @NonNull DeleteReport deletePlace(@NonNull @Id @Description("Id of the place to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(Place.class, "Place", id, cascade);
    }
}
