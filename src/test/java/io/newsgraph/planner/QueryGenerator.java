package io.newsgraph.planner;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random read-only GraphQL documents built from a schema (never from a list of fields): random
 * root fields of {@code Query}, random subsets of fields, aliases (the same field twice with different
 * arguments too), named and inline fragments (on interfaces, unions and object types), {@code
 * __typename}, arguments and filters with values from a {@link DataPool}, variables with and without
 * defaults, {@code @include}/{@code @skip}, and a few requests that must fail (an unknown id, a page
 * size out of range, a bad cursor). Never a mutation, never an introspection field but {@code
 * __typename}.
 *
 * <p>Document {@code i} of seed {@code s} depends only on {@code s}, {@code i}, the schema, the pool's
 * values and the cursors fed in before it: the same seed over the same data gives the same documents.
 *
 * <p>Every document is valid: response keys never clash within a selection (a field asked for again,
 * with other arguments or another sub-selection, gets an alias that is unique in the document, so
 * graphql-java's "fields can be merged" rule always holds), variables are declared where they are
 * used, and each named fragment is defined once and used at least once. Answers stay small: nesting
 * stops after {@value #MAX_ENTITY_DEPTH} entity levels, and page sizes are drawn so that the product of
 * the page sizes along any path stays under {@value #NODE_BUDGET} nodes.
 */
final class QueryGenerator {

    /** Levels of entities (types with an {@code id}) a document may nest, the root's included. */
    static final int MAX_ENTITY_DEPTH = 4;
    /** Rough bound on the number of objects an answer may hold, so that answers stay quick to compute. */
    static final int NODE_BUDGET = 250;
    /** Assumed length of a list without paging (a country's neighbours, a statement's countries). */
    static final int LIST_GUESS = 5;
    /** Fields per document, far below the complexity limit (1000). */
    static final int MAX_FIELDS = 60;
    private static final int MAX_VARIABLES = 10;

    /** One generated request. {@code operationName} is {@code null} when the request names none. */
    record Generated(long index, String document, Map<String, Object> variables, String operationName) {
    }

    /**
     * One document in this many asks for one nested field with different arguments in different
     * places (at one level or at several); all others give a nested field one set of arguments per
     * document. Both engines fetch each set of arguments of a nested field in a batch of its own: these
     * documents check that no set of arguments gets another's answer.
     */
    static final int CONFLICTING_ARGUMENTS_ONE_IN = 4;

    /** An enum value: bare in a document, a string in the variables. */
    record EnumLiteral(String name) {
    }

    /** Argument semantics the schema's types cannot tell: which entity an {@code …Id} filter names. */
    private static final Map<String, String> ID_TARGETS = Map.of("speaker", "Actor", "reportedBy", "Actor");
    private static final Object OMIT = new Object();
    private static final LocalDate FIRST_DAY = LocalDate.of(2009, 1, 1);
    private static final int DAYS = 6 * 366;

    private final GraphQLSchema schema;
    private final DataPool pool;
    private final long seed;
    private long next;

    QueryGenerator(GraphQLSchema schema, DataPool pool, long seed) {
        this.schema = schema;
        this.pool = pool;
        this.seed = seed;
    }

    /** A schema from its SDL (as served at {@code /graphql/schema.graphql}), without resolvers. */
    static GraphQLSchema schema(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /**
     * What is wrong with a request against a schema, as graphql-java sees it before executing anything:
     * validation errors, and variables that do not fit their declared types. Empty when it is valid.
     */
    static List<String> problems(GraphQLSchema schema, Generated request) {
        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(ExecutionInput.newExecutionInput()
                .query(request.document()).variables(request.variables()).operationName(request.operationName()));
        return result.getErrors().stream()
                .filter(e -> e.getErrorType() == ErrorType.ValidationError || e.getErrorType() == ErrorType.InvalidSyntax)
                .map(GraphQLError::getMessage).toList();
    }

    /** The next document of this seed. */
    Generated next() {
        long index = next++;
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        return new Doc(random).build(index);
    }

    // ---- one document ----------------------------------------------------------------------------

    /** Where a selection is: entity levels so far, objects per parent so far, and the page size of the enclosing connection. */
    private record Ctx(int depth, long multiplier, Integer page) {
    }

    /** Response keys of one merged selection (a field's selection with all the fragments inside it). */
    private static final class Scope {
        final Map<String, String> keys = new HashMap<>();

        Scope copy() {
            Scope copy = new Scope();
            copy.keys.putAll(keys);
            return copy;
        }
    }

    private record FragmentInfo(String name, String type, Map<String, String> keys, int depth, long multiplier) {
    }

    private final class Doc {
        final Random r;
        final List<String> variableDefinitions = new ArrayList<>();
        final Map<String, Object> variables = new LinkedHashMap<>();
        final StringBuilder fragmentDefinitions = new StringBuilder();
        final List<FragmentInfo> fragments = new ArrayList<>();
        /** Arguments (text, page size) of each nested field, by name and argument definitions; see CONFLICTING_ARGUMENTS_ONE_IN. */
        final Map<String, Object[]> nestedArguments = new HashMap<>();
        final boolean conflictingArguments;
        int aliases, variableCount, fields;

        Doc(Random r) {
            this.r = r;
            this.conflictingArguments = r.nextInt(CONFLICTING_ARGUMENTS_ONE_IN) == 0;
        }

        /** The key under which a nested field keeps one set of arguments; null for root fields (never batched). */
        String batchKey(GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
            if (conflictingArguments || parent == schema.getQueryType() || field.getArguments().isEmpty()) {
                return null;
            }
            // By name and argument definitions rather than by type: Actor.statements is Official.statements.
            return field.getName() + field.getArguments().stream().map(a -> a.getName() + ":"
                    + GraphQLTypeUtil.simplePrint(a.getType())).toList();
        }

        Generated build(long index) {
            GraphQLObjectType query = schema.getQueryType();
            String body = objectSelection(query, new Ctx(0, 1, null), new Scope(), 1 + r.nextInt(3));
            String name = r.nextInt(4) == 0 ? null : "Q" + index;
            StringBuilder doc = new StringBuilder();
            if (name == null && variableDefinitions.isEmpty() && r.nextBoolean()) {
                doc.append("{ ");
            } else {
                doc.append("query");
                if (name != null) {
                    doc.append(' ').append(name);
                }
                if (!variableDefinitions.isEmpty()) {
                    doc.append('(').append(String.join(", ", variableDefinitions)).append(')');
                }
                doc.append(" { ");
            }
            doc.append(body).append(" }\n").append(fragmentDefinitions);
            String operationName = name != null && r.nextBoolean() ? name : null;
            if (name != null && r.nextInt(20) == 0) {
                // a second operation: the request must run the one it names
                doc.append("query Other").append(index).append(" { __typename }\n");
                operationName = name;
            }
            return new Generated(index, doc.toString(), Collections.unmodifiableMap(variables), operationName);
        }

        String selection(GraphQLCompositeType type, Ctx ctx, Scope scope) {
            if (type instanceof GraphQLObjectType object) {
                return objectSelection(object, ctx, scope, 1 + r.nextInt(r.nextInt(4) == 0 ? 7 : 4));
            }
            StringBuilder out = new StringBuilder();
            if (type instanceof GraphQLInterfaceType iface) {
                emitFields(iface, ctx, scope, r.nextInt(3), out);
                for (GraphQLObjectType impl : schema.getImplementations(iface)) {
                    if (r.nextBoolean()) {
                        inlineFragment(impl, impl.getName(), ctx, scope, out);
                    }
                }
            } else if (type instanceof GraphQLUnionType union) {
                for (GraphQLNamedType member : union.getTypes()) {
                    if (r.nextInt(5) < 3) {
                        inlineFragment((GraphQLObjectType) member, member.getName(), ctx, scope, out);
                    }
                }
            }
            if (r.nextInt(6) == 0) {
                List<GraphQLCompositeType> conditions = new ArrayList<>(possibleTypes(type));
                conditions.add(type);
                namedFragment(conditions.get(r.nextInt(conditions.size())), ctx, scope, out);
            }
            if (out.isEmpty() || r.nextInt(3) == 0) {
                typename(scope, out);
            }
            return out.toString().trim();
        }

        String objectSelection(GraphQLObjectType type, Ctx ctx, Scope scope, int want) {
            StringBuilder out = new StringBuilder();
            emitFields(type, ctx, scope, want, out);
            if (r.nextInt(5) == 0) {
                typename(scope, out);
            }
            if (r.nextInt(8) == 0) {
                inlineFragment(type, r.nextBoolean() ? type.getName() : null, ctx, scope, out);
            }
            if (r.nextInt(9) == 0) {
                namedFragment(type, ctx, scope, out);
            }
            if (out.isEmpty()) {
                typename(scope, out);
            }
            return out.toString().trim();
        }

        void emitFields(GraphQLFieldsContainer type, Ctx ctx, Scope scope, int want, StringBuilder out) {
            List<GraphQLFieldDefinition> candidates = new ArrayList<>(type.getFieldDefinitions());
            Collections.shuffle(candidates, r);
            int emitted = 0;
            for (GraphQLFieldDefinition field : candidates) {
                if (emitted >= want || fields >= MAX_FIELDS) {
                    break;
                }
                if (allowed(type, field, ctx)) {
                    field(type, field, ctx, scope, false, out);
                    emitted++;
                    if (!field.getArguments().isEmpty() && r.nextInt(7) == 0 && fields < MAX_FIELDS) {
                        field(type, field, ctx, scope, true, out); // the same field again (other arguments at the root)
                    }
                }
            }
        }

        boolean allowed(GraphQLFieldsContainer parent, GraphQLFieldDefinition field, Ctx ctx) {
            if (field.getName().startsWith("__")) {
                return false;
            }
            String batch = batchKey(parent, field);
            if (batch != null && nestedArguments.containsKey(batch)) {
                Integer page = (Integer) nestedArguments.get(batch)[1];
                if (page != null && ctx.multiplier * page > NODE_BUDGET) {
                    return false; // its page size, fixed elsewhere in the document, would not fit here
                }
            }
            GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
            if (!(named instanceof GraphQLCompositeType composite)) {
                return true;
            }
            if (ctx.depth + (entity(composite) ? 1 : 0) > MAX_ENTITY_DEPTH) {
                return false;
            }
            boolean list = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
            return !list || ctx.multiplier * (ctx.page != null ? ctx.page : LIST_GUESS) <= NODE_BUDGET;
        }

        void field(GraphQLFieldsContainer parent, GraphQLFieldDefinition field, Ctx ctx, Scope scope, boolean again,
                StringBuilder out) {
            fields++;
            Integer[] page = {null};
            String batch = batchKey(parent, field);
            String args;
            if (batch != null && nestedArguments.containsKey(batch)) {
                args = (String) nestedArguments.get(batch)[0];
                page[0] = (Integer) nestedArguments.get(batch)[1];
            } else {
                args = arguments(parent, field, ctx, page);
                if (batch != null) {
                    nestedArguments.put(batch, new Object[] {args, page[0]});
                }
            }
            GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
            boolean leaf = !(named instanceof GraphQLCompositeType);
            String signature = field.getName() + "|" + args + "|" + GraphQLTypeUtil.simplePrint(field.getType());
            String key = field.getName();
            boolean clash = scope.keys.containsKey(key) && !(leaf && scope.keys.get(key).equals(signature));
            if (again || clash || r.nextInt(7) == 0) {
                key = "a" + (++aliases);
            }
            scope.keys.put(key, leaf ? signature : "object");
            out.append(key.equals(field.getName()) ? "" : key + ": ").append(field.getName()).append(args)
                    .append(directives());
            if (!leaf) {
                GraphQLCompositeType composite = (GraphQLCompositeType) named;
                long multiplier = ctx.multiplier;
                Integer childPage = ctx.page;
                if (GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList) {
                    // an empty page still counts as one, so that the budget below never divides by zero
                    multiplier *= Math.max(1, childPage != null ? childPage : LIST_GUESS);
                    childPage = null;
                }
                if (page[0] != null) {
                    childPage = page[0];
                }
                Ctx child = new Ctx(ctx.depth + (entity(composite) ? 1 : 0), multiplier, childPage);
                out.append(" { ").append(selection(composite, child, new Scope())).append(" }");
            }
            out.append(' ');
        }

        void typename(Scope scope, StringBuilder out) {
            String signature = "__typename||String!";
            String key = "__typename";
            if (scope.keys.containsKey(key) && !scope.keys.get(key).equals(signature) || r.nextInt(6) == 0) {
                key = "a" + (++aliases);
            }
            scope.keys.put(key, signature);
            out.append(key.equals("__typename") ? "" : key + ": ").append("__typename ");
        }

        void inlineFragment(GraphQLObjectType type, String condition, Ctx ctx, Scope scope, StringBuilder out) {
            out.append("...").append(condition == null ? "" : " on " + condition).append(directives()).append(" { ")
                    .append(objectSelection(type, ctx, scope, 1 + r.nextInt(3))).append(" } ");
        }

        /** A spread of a named fragment: one defined earlier when it fits here, else a new one. */
        void namedFragment(GraphQLCompositeType type, Ctx ctx, Scope scope, StringBuilder out) {
            for (FragmentInfo fragment : fragments) {
                if (fragment != null && fragment.type.equals(type.getName()) && ctx.depth <= fragment.depth
                        && ctx.multiplier <= fragment.multiplier
                        && Collections.disjoint(fragment.keys.keySet(), scope.keys.keySet()) && r.nextBoolean()) {
                    scope.keys.putAll(fragment.keys);
                    out.append("...").append(fragment.name).append(directives()).append(' ');
                    return;
                }
            }
            String name = "F" + (fragments.size() + 1);
            Scope inside = scope.copy();
            fragments.add(null); // reserves the name while the body is generated (it may define fragments itself)
            int slot = fragments.size() - 1;
            String body = selection(type, ctx, inside);
            Map<String, String> keys = new HashMap<>(inside.keys);
            keys.keySet().removeAll(scope.keys.keySet());
            scope.keys.putAll(keys);
            fragments.set(slot, new FragmentInfo(name, type.getName(), keys, ctx.depth, ctx.multiplier));
            fragmentDefinitions.append("fragment ").append(name).append(" on ").append(type.getName()).append(" { ")
                    .append(body).append(" }\n");
            out.append("...").append(name).append(directives()).append(' ');
        }

        String directives() {
            if (r.nextInt(25) != 0) {
                return "";
            }
            String directive = r.nextBoolean() ? "include" : "skip";
            Object condition = r.nextBoolean();
            String text = condition.toString();
            if (r.nextInt(3) == 0 && variableCount < MAX_VARIABLES) {
                text = variable(GraphQLNonNull.nonNull(schema.getType("Boolean")), condition, true);
            }
            return " @" + directive + "(if: " + text + ")";
        }

        String arguments(GraphQLFieldsContainer parent, GraphQLFieldDefinition field, Ctx ctx, Integer[] page) {
            List<String> args = new ArrayList<>();
            for (GraphQLArgument arg : field.getArguments()) {
                boolean required = GraphQLTypeUtil.isNonNull(arg.getType()) && !arg.hasSetDefaultValue();
                if (arg.getName().equals("first") && GraphQLTypeUtil.unwrapAll(arg.getType()).getName().equals("Int")) {
                    int size = pageSize(ctx, arg, page);
                    if (size != Integer.MIN_VALUE) {
                        args.add("first: " + render(arg.getType(), size, true, true));
                    }
                    continue;
                }
                if (!required && r.nextInt(20) >= 9) {
                    continue;
                }
                Object value = value(parent.getName(), arg.getName(), arg.getType(), field.getType(), r);
                if (value != OMIT) {
                    args.add(arg.getName() + ": " + render(arg.getType(), value, true, false));
                }
            }
            return args.isEmpty() ? "" : "(" + String.join(", ", args) + ")";
        }

        /** A page size within the budget (or, rarely, one the API must refuse); MIN_VALUE: leave it out. */
        int pageSize(Ctx ctx, GraphQLArgument arg, Integer[] page) {
            int cap = (int) Math.min(100, NODE_BUDGET / ctx.multiplier);
            int fallback = defaultInt(arg, 20);
            int draw = r.nextInt(50);
            if (draw == 0) {
                page[0] = 0;
                return r.nextBoolean() ? 101 : -1;
            }
            if (draw < 6 && fallback <= cap) {
                page[0] = fallback;
                return Integer.MIN_VALUE;
            }
            int size = draw < 30 ? r.nextInt(Math.min(cap, 5) + 1) : r.nextInt(cap + 1);
            page[0] = size;
            return size;
        }

        /**
         * A value as a literal or, sometimes, as a variable (declared with or without a default, sent or
         * left to the default). {@code keep}: the value the field sees must stay this one (page sizes).
         */
        String render(GraphQLInputType type, Object value, boolean variableAllowed, boolean keep) {
            if (variableAllowed && variableCount < MAX_VARIABLES && r.nextInt(4) == 0) {
                return variable(type, value, keep);
            }
            GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
            if (value instanceof Map<?, ?> map && bare instanceof GraphQLInputObjectType input) {
                List<String> entries = new ArrayList<>();
                map.forEach((name, fieldValue) -> entries.add(name + ": "
                        + render(input.getField((String) name).getType(), fieldValue, true, false)));
                return "{" + String.join(", ", entries) + "}";
            }
            if (value instanceof List<?> list && bare instanceof GraphQLList listType) {
                List<String> items = new ArrayList<>();
                list.forEach(item -> items.add(render((GraphQLInputType) listType.getWrappedType(), item, false, false)));
                return "[" + String.join(", ", items) + "]";
            }
            return literal(value);
        }

        String variable(GraphQLInputType type, Object value, boolean keep) {
            String name = "v" + (++variableCount);
            String declared = GraphQLTypeUtil.simplePrint(type);
            boolean nullable = !GraphQLTypeUtil.isNonNull(type);
            if (nullable && r.nextInt(4) == 0) {
                declared += "!";
                nullable = false;
            }
            int draw = r.nextInt(10);
            if (draw < 3) {
                // with a default: the default is the value, and the request sends it or leaves it out
                declared += " = " + literal(value);
                if (r.nextBoolean()) {
                    variables.put(name, json(value));
                }
            } else if (draw == 3 && nullable && !keep) {
                // declared, never sent: the argument counts as not given
            } else if (draw == 4 && nullable && !keep) {
                variables.put(name, null);
            } else {
                variables.put(name, json(value));
            }
            variableDefinitions.add("$" + name + ": " + declared);
            return "$" + name;
        }
    }

    // ---- values ----------------------------------------------------------------------------------

    /**
     * A value for an argument or input field {@code name} of {@code parent}: drawn from the data when the
     * name says what it is (ids, country codes, metrics, words, dates), else by type. {@code fieldType}
     * is the type of the field the argument belongs to ({@code null} inside input objects).
     */
    Object value(String parent, String name, GraphQLInputType type, GraphQLOutputType fieldType, Random r) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                Object item = value(parent, name, (GraphQLInputType) list.getWrappedType(), fieldType, r);
                if (item != OMIT) {
                    items.add(item);
                }
            }
            return items;
        }
        if (bare instanceof GraphQLInputObjectType input) {
            Map<String, Object> map = new LinkedHashMap<>();
            List<GraphQLInputObjectField> inputFields = new ArrayList<>(input.getFieldDefinitions());
            Collections.shuffle(inputFields, r);
            int optional = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(2) + (r.nextInt(4) == 0 ? 1 : 0);
            for (GraphQLInputObjectField inputField : inputFields) {
                boolean required = GraphQLTypeUtil.isNonNull(inputField.getType()) && !inputField.hasSetDefaultValue();
                if (required || optional-- > 0) {
                    Object fieldValue = value(input.getName(), inputField.getName(), inputField.getType(), null, r);
                    if (fieldValue != OMIT) {
                        map.put(inputField.getName(), fieldValue);
                    }
                }
            }
            return map;
        }
        if (bare instanceof GraphQLEnumType enumType) {
            return new EnumLiteral(enumType.getValues().get(r.nextInt(enumType.getValues().size())).getName());
        }
        return scalar(name, ((GraphQLScalarType) bare).getName(), fieldType, r);
    }

    private Object scalar(String name, String scalar, GraphQLOutputType fieldType, Random r) {
        switch (scalar) {
            case "Boolean":
                return r.nextBoolean();
            case "Int":
                return name.equals("first") ? r.nextInt(21) : r.nextInt(101);
            case "Float":
                return r.nextInt(100_000) / 10.0;
            case "Date":
                return date(r);
            case "DateTime":
                return date(r) + "T00:00:00Z";
            default:
                return string(name, fieldType, r);
        }
    }

    private Object string(String name, GraphQLOutputType fieldType, Random r) {
        if (name.equals("after")) {
            String connection = fieldType == null ? "" : GraphQLTypeUtil.unwrapAll(fieldType).getName();
            int draw = r.nextInt(10);
            String cursor = draw == 0 ? pool.pickForeignCursor(connection, r) : pool.pickCursor(connection, r);
            if (draw == 1 || cursor == null && draw < 4) {
                return r.nextBoolean() ? "bad-cursor" : "AQ";
            }
            return cursor == null ? OMIT : cursor;
        }
        if (name.equals("id") && fieldType != null || name.endsWith("Id") && name.length() > 2) {
            List<String> types = name.equals("id")
                    ? concreteTypes(GraphQLTypeUtil.unwrapAll(fieldType).getName())
                    : concreteTypes(ID_TARGETS.getOrDefault(name.substring(0, name.length() - 2),
                            capitalized(name.substring(0, name.length() - 2))));
            String key = r.nextInt(16) == 0 ? null : pool.pickKey(types, r);
            return key != null ? key : "no-such-" + (types.isEmpty() ? "thing" : types.get(0).toLowerCase(Locale.ROOT))
                    + "-" + r.nextInt(100);
        }
        if (name.equals("code") || name.equals("codes") || name.endsWith("CountryCode") || name.equals("countryCode")
                || name.equals("neighborOf")) {
            return r.nextInt(25) == 0 ? (r.nextBoolean() ? "XX" : "ZZZ") : pool.pickCountryCode(r);
        }
        String kind = switch (name) {
            case "metric" -> DataPool.METRIC;
            case "name" -> DataPool.NAME_WORD;
            case "title" -> DataPool.TITLE_WORD;
            case "publisher" -> DataPool.PUBLISHER;
            default -> DataPool.WORD;
        };
        String value = pool.pick(kind, r);
        if (value == null) {
            value = "news";
        }
        if (name.equals("text") && r.nextInt(3) == 0) {
            String second = pool.pick(DataPool.WORD, r);
            value = value + " " + (second == null ? "" : second);
        }
        if (name.equals("name") && value.length() > 4 && r.nextInt(3) == 0) {
            value = value.substring(1, value.length() - 1); // a part of a name
        }
        return switch (r.nextInt(6)) {
            case 0 -> value.toLowerCase(Locale.ROOT);
            case 1 -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    private String date(Random r) {
        String date = r.nextInt(5) == 0 ? null : pool.pick(DataPool.DATE, r);
        return date != null ? date : FIRST_DAY.plusDays(r.nextInt(DAYS)).toString();
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The object types a key of this type may name (an interface or union: its implementations). */
    private List<String> concreteTypes(String typeName) {
        GraphQLType type = schema.getType(typeName);
        if (type instanceof GraphQLCompositeType composite && !(type instanceof GraphQLObjectType)) {
            return possibleTypes(composite).stream().map(GraphQLNamedType::getName).toList();
        }
        return type == null ? List.of() : List.of(typeName);
    }

    private List<GraphQLObjectType> possibleTypes(GraphQLCompositeType type) {
        if (type instanceof GraphQLInterfaceType iface) {
            return schema.getImplementations(iface);
        }
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
        }
        return List.of((GraphQLObjectType) type);
    }

    /** An entity type has an id; for an abstract type, some of its possible types do. */
    private boolean entity(GraphQLCompositeType type) {
        return possibleTypes(type).stream().anyMatch(t -> t.getFieldDefinition("id") != null);
    }

    private static int defaultInt(GraphQLArgument arg, int otherwise) {
        if (arg.hasSetDefaultValue()) {
            Object value = arg.getArgumentDefaultValue().getValue();
            if (value instanceof IntValue literal) {
                return literal.getValue().intValue();
            }
            if (value instanceof Number number) {
                return number.intValue();
            }
        }
        return otherwise;
    }

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quoted(s);
        }
        if (value instanceof EnumLiteral e) {
            return e.name;
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(QueryGenerator::literal).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(k + ": " + literal(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        return value.toString();
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A value as it goes into the request's {@code variables}: enums as strings. */
    static Object json(Object value) {
        if (value instanceof EnumLiteral e) {
            return e.name;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(QueryGenerator::json).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, json(v)));
            return copy;
        }
        return value;
    }

    // ---- documents written by hand ---------------------------------------------------------------

    /**
     * Values for the variables of one operation of a document: every required one, and, when {@code
     * every}, the optional ones too. Each value is drawn for the argument or input field the variable is
     * used in, as for generated documents.
     */
    Map<String, Object> variablesFor(Document document, OperationDefinition operation, boolean every, Random r) {
        Map<String, FragmentDefinition> fragments = fragments(document);
        Map<String, Object[]> usages = new HashMap<>();
        usages(operation.getSelectionSet(), schema.getQueryType(), fragments, usages, new HashMap<>());
        Map<String, Object> values = new LinkedHashMap<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            boolean required = definition.getType() instanceof graphql.language.NonNullType
                    && definition.getDefaultValue() == null;
            if (!required && !every) {
                continue;
            }
            Object[] usage = usages.get(definition.getName());
            Object value;
            if (usage != null) {
                value = value((String) usage[0], (String) usage[1], (GraphQLInputType) usage[2],
                        (GraphQLOutputType) usage[3], r);
            } else {
                GraphQLType declared = schema.getType(typeName(definition.getType()));
                value = value("", definition.getName(), (GraphQLInputType) declared, null, r);
            }
            if (value != OMIT) {
                values.put(definition.getName(), json(value));
            }
        }
        return values;
    }

    private static String typeName(graphql.language.Type<?> type) {
        return type instanceof TypeName name ? name.getName()
                : typeName(type instanceof graphql.language.NonNullType nonNull ? nonNull.getType()
                        : ((graphql.language.ListType) type).getType());
    }

    private void usages(SelectionSet selections, GraphQLCompositeType parent, Map<String, FragmentDefinition> fragments,
            Map<String, Object[]> usages, Map<String, Boolean> seen) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                for (Directive directive : field.getDirectives()) {
                    for (Argument arg : directive.getArguments()) {
                        valueUsages(arg.getValue(), GraphQLNonNull.nonNull(schema.getType("Boolean")), "", arg.getName(),
                                null, usages);
                    }
                }
                if (!(parent instanceof GraphQLFieldsContainer container) || field.getName().startsWith("__")) {
                    continue;
                }
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue; // a document that is invalid on purpose
                }
                for (Argument arg : field.getArguments()) {
                    GraphQLArgument argument = definition.getArgument(arg.getName());
                    if (argument != null) {
                        valueUsages(arg.getValue(), argument.getType(), parent.getName(), arg.getName(),
                                definition.getType(), usages);
                    }
                }
                if (GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType child) {
                    usages(field.getSelectionSet(), child, fragments, usages, seen);
                }
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType condition = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                if (condition instanceof GraphQLCompositeType composite) {
                    usages(inline.getSelectionSet(), composite, fragments, usages, seen);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = fragments.get(spread.getName());
                if (definition != null && seen.put(spread.getName(), true) == null
                        && schema.getType(definition.getTypeCondition().getName()) instanceof GraphQLCompositeType c) {
                    usages(definition.getSelectionSet(), c, fragments, usages, seen);
                }
            }
        }
    }

    private void valueUsages(Value<?> value, GraphQLInputType type, String parent, String name, GraphQLOutputType fieldType,
            Map<String, Object[]> usages) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (value instanceof VariableReference variable) {
            usages.putIfAbsent(variable.getName(), new Object[] {parent, name, type, fieldType});
        } else if (value instanceof ObjectValue object && bare instanceof GraphQLInputObjectType input) {
            for (ObjectField field : object.getObjectFields()) {
                GraphQLInputObjectField definition = input.getField(field.getName());
                if (definition != null) {
                    valueUsages(field.getValue(), definition.getType(), input.getName(), field.getName(), null, usages);
                }
            }
        } else if (value instanceof ArrayValue array && bare instanceof GraphQLList list) {
            for (Value<?> item : array.getValues()) {
                valueUsages(item, (GraphQLInputType) list.getWrappedType(), parent, name, fieldType, usages);
            }
        }
    }

    private static Map<String, FragmentDefinition> fragments(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        return fragments;
    }

    // ---- cursors from answers --------------------------------------------------------------------

    /** Feeds the pool the cursors an answer holds ({@code cursor}, {@code startCursor}, {@code endCursor}), per connection type. */
    void harvestCursors(String documentText, String operationName, JsonNode data) {
        if (data == null || !data.isObject()) {
            return;
        }
        Document document = Parser.parse(documentText);
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation
                    && (operationName == null || operationName.equals(operation.getName()))) {
                harvest(operation.getSelectionSet(), schema.getQueryType(), data, null, fragments(document));
                return;
            }
        }
    }

    private void harvest(SelectionSet selections, GraphQLCompositeType parent, JsonNode json, String connection,
            Map<String, FragmentDefinition> fragments) {
        if (json.isArray()) {
            json.forEach(item -> harvest(selections, parent, item, connection, fragments));
            return;
        }
        if (!json.isObject()) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                JsonNode child = json.get(field.getResultKey());
                if (child == null || field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer c)) {
                    continue;
                }
                GraphQLFieldDefinition definition = c.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue;
                }
                GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
                if (named instanceof GraphQLCompositeType composite && field.getSelectionSet() != null) {
                    String name = composite.getName();
                    harvest(field.getSelectionSet(), composite, child, name.endsWith("Connection") ? name : connection,
                            fragments);
                } else if (connection != null && child.isTextual() && field.getName().endsWith("ursor")) {
                    pool.addCursor(connection, child.asText());
                }
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType condition = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                if (condition instanceof GraphQLCompositeType composite && applies(composite, json)) {
                    harvest(inline.getSelectionSet(), composite, json, connection, fragments);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = fragments.get(spread.getName());
                GraphQLType condition = definition == null ? null : schema.getType(definition.getTypeCondition().getName());
                if (condition instanceof GraphQLCompositeType composite && applies(composite, json)) {
                    harvest(definition.getSelectionSet(), composite, json, connection, fragments);
                }
            }
        }
    }

    /** Whether a fragment on {@code condition} applies to this object, as far as the answer tells. */
    private boolean applies(GraphQLCompositeType condition, JsonNode json) {
        JsonNode typename = json.get("__typename");
        return !(condition instanceof GraphQLObjectType) || typename == null || !typename.isTextual()
                || typename.asText().equals(condition.getName());
    }
}
