package io.newsgraph.statement;

import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of statements. Ask for `nodes` (or `edges` with their cursors), `pageInfo` to fetch the next page, and `totalCount`.")
public class StatementConnection extends Connection<Statement> {

    public StatementConnection(Page<Statement> page, Total total, Long parentId) {
        super(page, total, parentId);
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull StatementEdge> getEdges() {
        return edges(StatementEdge::new);
    }
}
