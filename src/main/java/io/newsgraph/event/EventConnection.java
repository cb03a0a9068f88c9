package io.newsgraph.event;

import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of events. Ask for `nodes` (or `edges` with their cursors), `pageInfo` to fetch the next page, and `totalCount`.")
public class EventConnection extends Connection<Event> {

    public EventConnection(Page<Event> page, Total total, Long parentId) {
        super(page, total, parentId);
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull EventEdge> getEdges() {
        return edges(EventEdge::new);
    }
}
