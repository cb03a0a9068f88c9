package io.newsgraph.planner;

import graphql.language.Argument;
import io.newsgraph.planner.ReadModel.Kind;
import io.newsgraph.planner.ReadModel.ObjectModel;
import io.newsgraph.planner.ReadModel.Relation;
import io.newsgraph.planner.ReadModel.Target;
import java.util.List;
import java.util.Map;

/**
 * A compiled read: what to fetch at each level (one SQL statement per {@link Fetch}) and what to write
 * for each response key, in the document's order. Built once per document, operation and
 * {@code @include}/{@code @skip} values, then shared by every request that sends them; argument
 * values (which may come from variables) are bound per request.
 */
final class Plan {

    final List<Fetch> roots;
    final List<Output> outputs;
    /** Fetches in the whole plan: each row keeps one result slot per fetch. */
    final int slots;

    Plan(List<Fetch> roots, List<Output> outputs, int slots) {
        this.roots = roots;
        this.outputs = outputs;
        this.slots = slots;
    }

    /** One field that reaches other rows, fetched for all parents at once; its result lands in {@code slot}. */
    static final class Fetch {
        final int slot;
        final Relation relation; // null for a root item
        final Target rootItem; // the target of a root single-item field (country, official, ...)
        final Listing rootList; // the listing of a root connection (countries, statements, ...)
        final List<Argument> arguments;
        final Selection selection; // what is asked of the rows it reaches (ToOne, ListOf, root item)
        final ConnectionSelection connection; // for connections
        /** A to-one fetch of a page's items whose rows come with the page, joined (see PlanCompiler#connection). */
        boolean inlined;

        Fetch(int slot, Relation relation, Target rootItem, Listing rootList, List<Argument> arguments,
                Selection selection, ConnectionSelection connection) {
            this.slot = slot;
            this.relation = relation;
            this.rootItem = rootItem;
            this.rootList = rootList;
            this.arguments = arguments;
            this.selection = selection;
            this.connection = connection;
        }

    }

    /**
     * What is asked of the rows of one target: per concrete type, the keys to write and the fetches
     * to run below (for rows of that type); {@code columns} are the union of the columns all of them read.
     */
    static final class Selection {
        final Target target;
        final Map<ObjectModel, List<Output>> outputs;
        final Map<ObjectModel, List<Fetch>> fetches;
        final int[] columns;

        Selection(Target target, Map<ObjectModel, List<Output>> outputs, Map<ObjectModel, List<Fetch>> fetches,
                int[] columns) {
            this.target = target;
            this.outputs = outputs;
            this.fetches = fetches;
            this.columns = columns;
        }
    }

    /**
     * What is asked of a connection. Rows of {@code nodes} and {@code edges { node }} are one page: their
     * selections are merged into {@code nodes}, and cursors read the sort keys from the same rows.
     */
    static final class ConnectionSelection {
        /** The selection of every item; for the timeline, one per kind of fact. */
        final List<Selection> nodes;
        final List<Output> outputs;
        final boolean totalCount;
        final boolean cursors;

        ConnectionSelection(List<Selection> nodes, List<Output> outputs, boolean totalCount, boolean cursors) {
            this.nodes = nodes;
            this.outputs = outputs;
            this.totalCount = totalCount;
            this.cursors = cursors;
        }

        Selection only() {
            return nodes.get(0);
        }
    }

    /** One response key. */
    sealed interface Output permits Leaf, TypeName, Constant, Fetched, Embedded, Nodes, Edges, PageInfo, PageValue, Cursor, Node {
        String key();
    }

    /** A column of the row. */
    record Leaf(String key, int column, Kind kind) implements Output {
    }

    /** The row's concrete type name. */
    record TypeName(String key) implements Output {
    }

    /** A fixed string: {@code __typename} of connections, edges and page infos. */
    record Constant(String key, String value) implements Output {
    }

    /** The result of a fetch: an object, a list or a connection. */
    record Fetched(String key, Fetch fetch) implements Output {
    }

    /** An object read from the row's own columns; null when one of the {@code required} columns is. */
    record Embedded(String key, int[] required, List<Output> outputs) implements Output {
    }

    /** {@code nodes} of a connection, written with the outputs of the merged node selection. */
    record Nodes(String key, Map<ObjectModel, List<Output>> outputs) implements Output {
    }

    /** {@code edges} of a connection. */
    record Edges(String key, List<Output> outputs) implements Output {
    }

    /** {@code edges { cursor }}. */
    record Cursor(String key) implements Output {
    }

    /** {@code edges { node }}. */
    record Node(String key, Map<ObjectModel, List<Output>> outputs) implements Output {
    }

    /** {@code pageInfo}, with its fields in the document's order. */
    record PageInfo(String key, List<Output> outputs) implements Output {
    }

    /** {@code totalCount}, or one of {@code pageInfo}'s fields (hasNextPage, hasPreviousPage, startCursor, endCursor). */
    record PageValue(String key, String field) implements Output {
    }
}
