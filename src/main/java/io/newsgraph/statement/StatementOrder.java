package io.newsgraph.statement;

import io.newsgraph.common.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementOrder")
@Description("How to sort statements. Without it: by SAID_ON, newest first.")
public class StatementOrder {

    @NonNull
    @Description("What to sort by.")
    public StatementOrderField field;

    @NonNull
    @Description("Ascending or descending.")
    public OrderDirection direction;
}
