package io.newsgraph.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list. To get the next page, pass `endCursor` as `after`.")
public record PageInfo(
        @NonNull @Description("True when more items follow this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede this page (the request named an `after` cursor).") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of this page; pass it as `after` for the next page. Null when the page is empty.") String endCursor) {
}
