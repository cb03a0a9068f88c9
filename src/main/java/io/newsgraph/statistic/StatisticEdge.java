package io.newsgraph.statistic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of reported figures, with the cursor that marks its place.")
public record StatisticEdge(
        @NonNull @Description("Opaque cursor of this item: pass it as `after` to get the items that follow.") String cursor,
        @NonNull @Description("The item.") Statistic node) {
}
