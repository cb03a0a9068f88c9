package io.newsgraph.timeline;

import io.newsgraph.common.paging.Connection;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class TimelineGraphQLApi {

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many facts the whole timeline holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<FactConnection> connections) {
        return Connection.totalCounts(connections);
    }
}
