package io.newsgraph.statistic;

import io.newsgraph.common.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatisticOrder")
@Description("How to sort figures. Without it: by PERIOD_END, latest first.")
public class StatisticOrder {

    @NonNull
    @Description("What to sort by.")
    public StatisticOrderField field;

    @NonNull
    @Description("Ascending or descending.")
    public OrderDirection direction;
}
