package io.newsgraph.common.cost;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.execution.conditional.ConditionalNodes;
import graphql.language.Argument;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.common.paging.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many nodes a request can return, computed from its document before it runs, as GitHub computes
 * it: every connection counts its page size ({@code first}, or the schema's default) times the nodes of
 * the lists above it, and the sum over all connections is the request's count. Single objects count
 * nothing (GitHub's {@code viewer}); a connection's {@code nodes} and {@code edges} are its page, not
 * another list.
 *
 * <p>Lists that are not paged have no argument to read, so each counts a fixed estimate per parent
 * ({@link #ESTIMATES}, else {@link #UNPAGED}): the dataset format bounds none of them. Lists of scalars
 * and enums ({@code aliases}) are values, not nodes. Introspection ({@code __schema}, {@code __type}) is
 * bounded by the schema itself and not counted. Fragments are all counted, whatever their type condition
 * (an upper bound for unions and interfaces); {@code @skip} and {@code @include} are honoured. A
 * {@code first} outside 0..100 counts as the nearest bound, since the request is refused for it anyway,
 * by the argument's own check that names it.
 */
public final class NodeCount {

    /** What an unpaged list of objects counts per parent when {@link #ESTIMATES} names no bound: a full page. */
    public static final int UNPAGED = PageRequest.MAX_SIZE;

    /**
     * Unpaged lists with a bound by nature, per parent. A country's land neighbours: 14 at most on Earth
     * (China, Russia). The links of one fact or one official (a statement's countries, places, events and
     * figures, a figure's events, an official's positions): an article names a few (the seed: 3 at most),
     * counted as 10. Everything else unpaged ({@code Country.officials}, {@code organizations},
     * {@code events}) grows with the data, and counts a full page.
     */
    static final Map<String, Integer> ESTIMATES = Map.of(
            "Country.neighbors", 14,
            "Official.positions", 10,
            "Statement.countries", 10,
            "Statement.places", 10,
            "Statement.events", 10,
            "Statement.statistics", 10,
            "Statistic.events", 10);

    private static final ConditionalNodes CONDITIONS = new ConditionalNodes();

    private final GraphQLSchema schema;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();

    private NodeCount(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
    }

    /**
     * @param document a document that passed validation
     * @param variables the operation's coerced variables
     * @return the nodes the operation can return, at most {@link Long#MAX_VALUE}
     */
    public static long of(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        GraphQLObjectType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        return root == null ? 0 : new NodeCount(schema, document, variables).count(operation.getSelectionSet(), root, 1, false);
    }

    private long count(SelectionSet set, GraphQLCompositeType parent, long parents, boolean page) {
        long nodes = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field)) {
                    nodes = plus(nodes, field(field, parent, parents, page));
                }
            } else if (selection instanceof InlineFragment fragment) {
                if (included(fragment)) {
                    GraphQLCompositeType type = fragment.getTypeCondition() == null ? parent
                            : (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName());
                    nodes = plus(nodes, count(fragment.getSelectionSet(), type, parents, page));
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && included(spread) && included(fragment)) {
                    GraphQLCompositeType type = (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName());
                    nodes = plus(nodes, count(fragment.getSelectionSet(), type, parents, page));
                }
            }
        }
        return nodes;
    }

    /** The nodes of one field and of everything under it, for {@code parents} parent objects. */
    private long field(Field field, GraphQLCompositeType parent, long parents, boolean page) {
        if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)
                || field.getSelectionSet() == null) {
            return 0;
        }
        GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
        if (definition == null || !(GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType type)) {
            return 0;
        }
        GraphQLArgument first = definition.getArgument("first");
        boolean connection = first != null && type instanceof GraphQLFieldsContainer fields
                && fields.getFieldDefinition("pageInfo") != null;
        long items;
        long own;
        if (connection) {
            items = times(parents, pageSize(first, field));
            own = items;
        } else if (page && (field.getName().equals("nodes") || field.getName().equals("edges"))) {
            items = parents; // the connection's page, counted with the connection
            own = 0;
        } else if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
            items = times(parents, ESTIMATES.getOrDefault(container.getName() + "." + field.getName(), UNPAGED));
            own = items;
        } else {
            items = parents;
            own = 0;
        }
        return plus(own, count(field.getSelectionSet(), type, items, connection));
    }

    private int pageSize(GraphQLArgument first, Field field) {
        List<Argument> given = field.getArguments().stream().filter(a -> a.getName().equals("first")).toList();
        Object value;
        try {
            value = ValuesResolver.getArgumentValues(List.of(first), given, CoercedVariables.of(variables),
                    GraphQLContext.getDefault(), Locale.ENGLISH).get("first");
        } catch (RuntimeException e) {
            value = null; // a value that does not coerce is refused by validation; count it as the default
        }
        int size = value instanceof Number n ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.longValue()))
                : PageRequest.DEFAULT_SIZE;
        return Math.max(0, Math.min(PageRequest.MAX_SIZE, size));
    }

    private boolean included(DirectivesContainer<?> node) {
        return CONDITIONS.shouldInclude(node, variables, schema, GraphQLContext.getDefault());
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
