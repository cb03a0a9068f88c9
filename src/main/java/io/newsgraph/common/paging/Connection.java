package io.newsgraph.common.paging;

import io.newsgraph.common.paging.Listing.Parent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection over one page. Its {@code totalCount} is resolved in batches (see
 * {@link #totalCounts}), so the count query runs only when a client asks for it, once per level.
 */
public abstract class Connection<N> {

    private final Page<N> page;
    private final Total total;
    private final Long parentId;

    protected Connection(Page<N> page, Total total, Long parentId) {
        this.page = page;
        this.total = total;
        this.parentId = parentId;
    }

    @NonNull
    @Description("The items of this page, in order (the same items as `edges { node }`).")
    public List<@NonNull N> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Paging information: whether more items follow, and the cursors to fetch them.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    protected <X> List<X> edges(BiFunction<String, N, X> edge) {
        List<X> edges = new ArrayList<>(page.items().size());
        for (N item : page.items()) {
            edges.add(edge.apply(page.cursorOf(item), item));
        }
        return edges;
    }

    /** One connection per parent, from one page query for all of them. */
    public static <N, C extends Connection<N>> List<C> byParents(Listing<N> listing, Parent<N> parent, List<Long> parentPks,
            PageRequest request, Factory<N, C> factory) {
        Map<Long, Page<N>> pages = listing.pagesByParent(parent, new LinkedHashSet<>(parentPks), request);
        Total total = Total.byParent(listing, parent);
        return parentPks.stream().map(pk -> factory.create(pages.get(pk), total, pk)).toList();
    }

    public static <N, C extends Connection<N>> C of(Listing<N> listing, PageRequest request, Factory<N, C> factory) {
        return factory.create(listing.page(request), Total.of(listing), null);
    }

    @FunctionalInterface
    public interface Factory<N, C> {
        C create(Page<N> page, Total total, Long parentId);
    }

    /** Total counts of many connections of one level, one SQL statement per distinct list. */
    public static List<Integer> totalCounts(List<? extends Connection<?>> connections) {
        Map<Total, Set<Long>> parentsByTotal = new IdentityHashMap<>();
        for (Connection<?> c : connections) {
            parentsByTotal.computeIfAbsent(c.total, t -> new LinkedHashSet<>()).add(c.parentId);
        }
        parentsByTotal.forEach(Total::load);
        List<Integer> totals = new ArrayList<>(connections.size());
        for (Connection<?> c : connections) {
            totals.add(c.total.of(c.parentId));
        }
        return totals;
    }

    /** Counts the items of one list, for the whole list (parent id null) or per parent. */
    public static final class Total {

        private final Function<Set<Long>, Map<Long, Long>> counter;
        private Map<Long, Long> counts;

        public Total(Function<Set<Long>, Map<Long, Long>> counter) {
            this.counter = counter;
        }

        public static Total of(Listing<?> listing) {
            return new Total(ignored -> {
                Map<Long, Long> total = new HashMap<>();
                total.put(null, listing.count());
                return total;
            });
        }

        public static <N> Total byParent(Listing<N> listing, Parent<N> parent) {
            return new Total(parentIds -> listing.countsByParent(parent, parentIds));
        }

        private void load(Set<Long> parentIds) {
            counts = counter.apply(parentIds);
        }

        private int of(Long parentId) {
            return Math.toIntExact(counts.getOrDefault(parentId, 0L));
        }
    }
}
