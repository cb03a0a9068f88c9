package io.newsgraph.planner;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.newsgraph.planner.Plan.ConnectionSelection;
import io.newsgraph.planner.Plan.Fetch;
import io.newsgraph.planner.Plan.Output;
import io.newsgraph.planner.ReadModel.ListOf;
import io.newsgraph.planner.ReadModel.ObjectModel;
import io.newsgraph.planner.ReadModel.Paged;
import io.newsgraph.planner.ReadModel.Relation;
import io.newsgraph.planner.ReadModel.Target;
import io.newsgraph.planner.ReadModel.ToOne;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles a validated query into a {@link Plan}, from the schema and the document alone. Fields are
 * collected as graphql-java's execution collects them (fragments by type condition, {@code @include}
 * and {@code @skip}, fields of one response key merged in first-seen order), so that both engines
 * answer with the same keys in the same order. Anything the read model does not describe throws
 * {@link Unplannable}, and the request goes to the reference resolvers.
 */
final class PlanCompiler {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private int slots;

    private PlanCompiler(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
    }

    /**
     * @param variables the request's coerced variables; only those that {@code @include} and
     *        {@code @skip} read shape the plan (they are part of its cache key)
     */
    static Plan compile(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Unplannable("not a query");
        }
        return new PlanCompiler(schema, document, variables).root(operation.getSelectionSet());
    }

    private Plan root(SelectionSet selectionSet) {
        GraphQLObjectType query = schema.getQueryType();
        List<Fetch> roots = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        collect(List.of(selectionSet), query).forEach((key, fields) -> {
            Field field = fields.get(0);
            String name = field.getName();
            if (name.equals("__typename")) {
                outputs.add(new Plan.Constant(key, query.getName()));
                return;
            }
            GraphQLFieldDefinition definition = query.getFieldDefinition(name);
            Target item = ReadModel.ROOT_ITEMS.get(name);
            Listing list = ReadModel.ROOT_LISTS.get(name);
            Fetch fetch;
            if (item != null) {
                fetch = new Fetch(slots++, null, item, null, field.getArguments(), select(item, subsets(fields)), null);
            } else if (list != null) {
                fetch = new Fetch(slots++, null, null, list, field.getArguments(), null,
                        connection(definition, List.of(list.target), subsets(fields)));
            } else {
                throw new Unplannable("Query." + name);
            }
            roots.add(fetch);
            outputs.add(new Plan.Fetched(key, fetch));
        });
        return new Plan(roots, outputs, slots);
    }

    /** Collects what several selection sets ask of rows of {@code target}, per concrete type. */
    private final class SelectionBuilder {
        final Target target;
        final Map<ObjectModel, List<Fetch>> fetches = new LinkedHashMap<>();
        final TreeSet<Integer> columns = new TreeSet<>();

        SelectionBuilder(Target target) {
            this.target = target;
            columns.add(0);
            if (target.types().get(0).discriminator != null) {
                columns.add(ReadModel.ACTOR.col("actor_type"));
            }
            target.types().forEach(type -> fetches.put(type, new ArrayList<>()));
        }

        Map<ObjectModel, List<Output>> outputs(List<SelectionSet> sets) {
            Map<ObjectModel, List<Output>> outputs = new LinkedHashMap<>();
            for (ObjectModel type : target.types()) {
                outputs.put(type, outputsOf(type, sets));
            }
            return outputs;
        }

        private List<Output> outputsOf(ObjectModel type, List<SelectionSet> sets) {
            GraphQLObjectType graphqlType = schema.getObjectType(type.name);
            List<Output> outputs = new ArrayList<>();
            collect(sets, graphqlType).forEach((key, fields) -> {
                String name = fields.get(0).getName();
                if (name.equals("__typename")) {
                    outputs.add(new Plan.TypeName(key));
                    return;
                }
                Integer column = type.leaves.get(name);
                if (column != null) {
                    columns.add(column);
                    outputs.add(new Plan.Leaf(key, column, type.table.kinds.get(column)));
                    return;
                }
                Relation relation = type.relations.get(name);
                if (relation == null) {
                    throw new Unplannable(type.name + "." + name);
                }
                if (relation instanceof ReadModel.Embedded embedded) {
                    outputs.add(embedded(key, embedded, fields));
                    return;
                }
                Fetch fetch = fetch(graphqlType.getFieldDefinition(name), relation, fields);
                if (relation instanceof ToOne toOne) {
                    columns.add(toOne.foreignKey());
                }
                fetches.get(type).add(fetch);
                outputs.add(new Plan.Fetched(key, fetch));
            });
            return outputs;
        }

        private Output embedded(String key, ReadModel.Embedded embedded, List<Field> fields) {
            ObjectModel type = embedded.type();
            List<Output> outputs = new ArrayList<>();
            collect(subsets(fields), schema.getObjectType(type.name)).forEach((innerKey, innerFields) -> {
                String name = innerFields.get(0).getName();
                if (name.equals("__typename")) {
                    outputs.add(new Plan.Constant(innerKey, type.name));
                    return;
                }
                Integer column = type.leaves.get(name);
                if (column == null) {
                    throw new Unplannable(type.name + "." + name);
                }
                columns.add(column);
                outputs.add(new Plan.Leaf(innerKey, column, type.table.kinds.get(column)));
            });
            for (int column : embedded.required()) {
                columns.add(column);
            }
            return new Plan.Embedded(key, embedded.required(), outputs);
        }

        Plan.Selection build(Map<ObjectModel, List<Output>> outputs) {
            return new Plan.Selection(target, outputs, fetches, columns.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private Fetch fetch(GraphQLFieldDefinition definition, Relation relation, List<Field> fields) {
        Field field = fields.get(0);
        int slot = slots++;
        if (relation instanceof ToOne toOne) {
            return new Fetch(slot, relation, null, null, field.getArguments(),
                    select(toOne.target(), subsets(fields)), null);
        }
        if (relation instanceof ListOf list) {
            return new Fetch(slot, relation, null, null, field.getArguments(),
                    select(list.target(), subsets(fields)), null);
        }
        if (relation instanceof Paged paged) {
            return new Fetch(slot, relation, null, null, field.getArguments(), null,
                    connection(definition, List.of(paged.listing().target), subsets(fields)));
        }
        if (relation instanceof ReadModel.Timeline) {
            return new Fetch(slot, relation, null, null, field.getArguments(), null,
                    connection(definition, ReadModel.Timeline.KINDS, subsets(fields)));
        }
        return new Fetch(slot, relation, null, null, field.getArguments(), null, null);
    }

    private Plan.Selection select(Target target, List<SelectionSet> sets) {
        SelectionBuilder builder = new SelectionBuilder(target);
        return builder.build(builder.outputs(sets));
    }

    private ConnectionSelection connection(GraphQLFieldDefinition definition, List<Target> targets,
            List<SelectionSet> sets) {
        GraphQLObjectType connectionType = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(definition.getType());
        NodeSelections nodes = new NodeSelections(targets);
        List<Output> outputs = new ArrayList<>();
        boolean[] totalCount = {false};
        boolean[] cursors = {false};
        collect(sets, connectionType).forEach((key, fields) -> {
            String name = fields.get(0).getName();
            switch (name) {
                case "__typename" -> outputs.add(new Plan.Constant(key, connectionType.getName()));
                case "nodes" -> outputs.add(new Plan.Nodes(key, nodes.outputs(subsets(fields))));
                case "totalCount" -> {
                    totalCount[0] = true;
                    outputs.add(new Plan.PageValue(key, name));
                }
                case "pageInfo" -> {
                    GraphQLObjectType pageInfo = fieldType(connectionType, name);
                    List<Output> info = new ArrayList<>();
                    collect(subsets(fields), pageInfo).forEach((infoKey, infoFields) -> {
                        String infoName = infoFields.get(0).getName();
                        if (infoName.equals("__typename")) {
                            info.add(new Plan.Constant(infoKey, pageInfo.getName()));
                        } else {
                            cursors[0] |= infoName.endsWith("Cursor");
                            info.add(new Plan.PageValue(infoKey, infoName));
                        }
                    });
                    outputs.add(new Plan.PageInfo(key, info));
                }
                case "edges" -> {
                    GraphQLObjectType edge = fieldType(connectionType, name);
                    List<Output> edgeOutputs = new ArrayList<>();
                    collect(subsets(fields), edge).forEach((edgeKey, edgeFields) -> {
                        switch (edgeFields.get(0).getName()) {
                            case "__typename" -> edgeOutputs.add(new Plan.Constant(edgeKey, edge.getName()));
                            case "cursor" -> {
                                cursors[0] = true;
                                edgeOutputs.add(new Plan.Cursor(edgeKey));
                            }
                            case "node" -> edgeOutputs.add(new Plan.Node(edgeKey, nodes.outputs(subsets(edgeFields))));
                            default -> throw new Unplannable(edge.getName() + "." + edgeFields.get(0).getName());
                        }
                    });
                    outputs.add(new Plan.Edges(key, edgeOutputs));
                }
                default -> throw new Unplannable(connectionType.getName() + "." + name);
            }
        });
        List<Plan.Selection> items = nodes.build();
        // A page's to-one fields that ask nothing further (a statement's source { title }) are joined
        // into the page's statement: one statement per level instead of two, as the resolvers' pages
        // bring their source and speaker along. (The timeline loads its facts by kind, and joins nothing.)
        for (Plan.Selection selection : targets.size() == 1 ? items : List.<Plan.Selection>of()) {
            for (List<Fetch> fetches : selection.fetches.values()) {
                for (Fetch fetch : fetches) {
                    fetch.inlined = fetch.relation instanceof ToOne && selection.target.types().size() == 1
                            && fetch.selection.fetches.values().stream().allMatch(List::isEmpty);
                }
            }
        }
        return new ConnectionSelection(items, outputs, totalCount[0], cursors[0]);
    }

    /** The items of a connection: of one target, or of several (the timeline's kinds of fact). */
    private final class NodeSelections {
        final List<SelectionBuilder> builders = new ArrayList<>();

        NodeSelections(List<Target> targets) {
            targets.forEach(target -> builders.add(new SelectionBuilder(target)));
        }

        Map<ObjectModel, List<Output>> outputs(List<SelectionSet> sets) {
            Map<ObjectModel, List<Output>> outputs = new LinkedHashMap<>();
            builders.forEach(builder -> outputs.putAll(builder.outputs(sets)));
            return outputs;
        }

        List<Plan.Selection> build() {
            return builders.stream().map(builder -> builder.build(Map.of())).toList();
        }
    }

    private static GraphQLObjectType fieldType(GraphQLObjectType type, String field) {
        return (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(type.getFieldDefinition(field).getType());
    }

    private static List<SelectionSet> subsets(List<Field> fields) {
        List<SelectionSet> sets = new ArrayList<>(fields.size());
        for (Field field : fields) {
            if (field.getSelectionSet() != null) {
                sets.add(field.getSelectionSet());
            }
        }
        return sets;
    }

    /** The fields the selection sets ask of an object of {@code type}, by response key, merged. */
    private Map<String, List<Field>> collect(List<SelectionSet> sets, GraphQLObjectType type) {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        for (SelectionSet set : sets) {
            collect(set, type, fields);
        }
        return fields;
    }

    private void collect(SelectionSet set, GraphQLObjectType type, Map<String, List<Field>> into) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field.getDirectives())) {
                    into.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
                }
            } else if (selection instanceof InlineFragment fragment) {
                if (included(fragment.getDirectives()) && (fragment.getTypeCondition() == null
                        || applies(fragment.getTypeCondition().getName(), type))) {
                    collect(fragment.getSelectionSet(), type, into);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (included(spread.getDirectives()) && included(fragment.getDirectives())
                        && applies(fragment.getTypeCondition().getName(), type)) {
                    collect(fragment.getSelectionSet(), type, into);
                }
            } else {
                throw new Unplannable("selection " + selection.getClass().getSimpleName());
            }
        }
    }

    private boolean applies(String condition, GraphQLObjectType type) {
        if (condition.equals(type.getName())) {
            return true;
        }
        for (GraphQLNamedType implemented : type.getInterfaces()) {
            if (implemented.getName().equals(condition)) {
                return true;
            }
        }
        return schema.getType(condition) instanceof GraphQLUnionType union && union.isPossibleType(type);
    }

    private boolean included(List<Directive> directives) {
        for (Directive directive : directives) {
            if (directive.getName().equals("skip") && condition(directive)) {
                return false;
            }
            if (directive.getName().equals("include") && !condition(directive)) {
                return false;
            }
        }
        return true;
    }

    private boolean condition(Directive directive) {
        Value<?> value = directive.getArgument("if").getValue();
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        return Boolean.TRUE.equals(variables.get(((VariableReference) value).getName()));
    }

    /**
     * What the reference would refuse: a document over the depth or complexity limits (counted over
     * every fragment, so never below graphql-java's count).
     */
    static void checkLimits(Document document, OperationDefinition operation, int maxDepth, int maxComplexity) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
        int[] complexity = {0};
        int depth = walk(operation.getSelectionSet(), 1, fragments, complexity, 0);
        if (depth > maxDepth || complexity[0] > maxComplexity) {
            throw new Unplannable("over the limits");
        }
    }

    private static int walk(SelectionSet set, int depth, Map<String, FragmentDefinition> fragments, int[] complexity,
            int spreads) {
        if (spreads > 50) {
            throw new Unplannable("fragments nested too deep");
        }
        int deepest = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                complexity[0]++;
                deepest = Math.max(deepest, depth);
                if (field.getSelectionSet() != null) {
                    deepest = Math.max(deepest, walk(field.getSelectionSet(), depth + 1, fragments, complexity, spreads));
                }
            } else if (selection instanceof InlineFragment fragment) {
                deepest = Math.max(deepest,
                        walk(fragment.getSelectionSet(), depth, fragments, complexity, spreads));
            } else if (selection instanceof FragmentSpread spread) {
                deepest = Math.max(deepest, walk(fragments.get(spread.getName()).getSelectionSet(), depth, fragments,
                        complexity, spreads + 1));
            } else {
                throw new Unplannable("selection");
            }
        }
        return deepest;
    }
}
