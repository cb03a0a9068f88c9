package io.newsgraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page of sources, with the cursor that marks its place.")
public record SourceEdge(
        @NonNull @Description("Opaque cursor of this item: pass it as `after` to get the items that follow.") String cursor,
        @NonNull @Description("The item.") SourceEntity node) {
}
