package io.newsgraph.common.paging;

import java.util.List;

/** One page of a list, with what paging needs to describe it. */
public record Page<E>(List<E> items, Ordering<E> ordering, boolean hasNext, boolean hasPrevious) {

    public static <E> Page<E> of(List<E> fetched, Ordering<E> ordering, PageRequest request) {
        boolean hasNext = fetched.size() > request.first();
        List<E> items = hasNext ? List.copyOf(fetched.subList(0, request.first())) : List.copyOf(fetched);
        return new Page<>(items, ordering, hasNext, request.after() != null);
    }

    String cursorOf(E item) {
        return ordering.cursorOf(item);
    }

    PageInfo pageInfo() {
        return new PageInfo(hasNext, hasPrevious,
                items.isEmpty() ? null : cursorOf(items.get(0)),
                items.isEmpty() ? null : cursorOf(items.get(items.size() - 1)));
    }
}
