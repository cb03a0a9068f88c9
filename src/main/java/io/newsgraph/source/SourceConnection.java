package io.newsgraph.source;

import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of sources. Ask for `nodes` (or `edges` with their cursors), `pageInfo` to fetch the next page, and `totalCount`.")
public class SourceConnection extends Connection<SourceEntity> {

    public SourceConnection(Page<SourceEntity> page, Total total, Long parentId) {
        super(page, total, parentId);
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull SourceEdge> getEdges() {
        return edges(SourceEdge::new);
    }
}
