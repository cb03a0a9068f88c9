package io.newsgraph.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.TypeInfo;
import graphql.schema.GraphQLTypeReference;
import io.newsgraph.common.error.ErrorCodes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is wrong with a request's variables, one error per problem, each naming the variable (and the
 * field inside it) and what it expects. graphql-java stops at the first problem and words some in Java
 * terms ("it was a 'Long'"), and SmallRye's scalars accept some values that then fail while fetching
 * (an Int over 2^31-1, a Date that is no date): these checks come first, in the contract's words.
 */
final class VariableProblems {

    private static final int MAX_SHOWN = 100;

    private VariableProblems() {
    }

    static List<GraphQLError> of(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> values) {
        List<GraphQLError> errors = new ArrayList<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            GraphQLType type = typeOf(schema, definition.getType());
            if (!(type instanceof GraphQLInputType input)) {
                continue; // validation has already refused the document
            }
            String name = definition.getName();
            String where = "Variable '$" + name + "'";
            if (!values.containsKey(name)) {
                if (GraphQLTypeUtil.isNonNull(input) && definition.getDefaultValue() == null) {
                    errors.add(error(name, where + " of type '" + GraphQLTypeUtil.simplePrint(input)
                            + "' is required and was not given"));
                }
                continue;
            }
            check(name, where, input, values.get(name), errors);
        }
        return errors;
    }

    private static GraphQLType typeOf(GraphQLSchema schema, graphql.language.Type<?> type) {
        if (type instanceof graphql.language.NonNullType nonNull) {
            GraphQLType inner = typeOf(schema, nonNull.getType());
            return inner == null ? null : GraphQLNonNull.nonNull(inner);
        }
        if (type instanceof graphql.language.ListType list) {
            GraphQLType inner = typeOf(schema, list.getType());
            return inner == null ? null : GraphQLList.list(inner);
        }
        return schema.getType(TypeInfo.typeInfo(type).getName());
    }

    private static void check(String variable, String where, GraphQLInputType type, Object value, List<GraphQLError> errors) {
        if (value == null) {
            if (GraphQLTypeUtil.isNonNull(type)) {
                errors.add(error(variable, where + " expects a value of type '" + GraphQLTypeUtil.simplePrint(type)
                        + "', not null"));
            }
            return;
        }
        GraphQLInputType unwrapped = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    check(variable, where + " at [" + i + "]", element, items.get(i), errors);
                }
            } else {
                check(variable, where, element, value, errors); // one value stands for a list of one
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object) {
            checkObject(variable, where, object, value, errors);
        } else if (unwrapped instanceof GraphQLEnumType enumType) {
            if (!(value instanceof String text) || enumType.getValue(text) == null) {
                errors.add(error(variable, where + " expects one of the " + enumType.getName() + " values "
                        + enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "))
                        + ", not " + shown(value)));
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            String expected = scalarProblem(scalar, value);
            if (expected != null) {
                errors.add(error(variable, where + " expects " + expected + ", not " + shown(value)));
            }
        }
    }

    private static void checkObject(String variable, String where, GraphQLInputObjectType object, Object value,
            List<GraphQLError> errors) {
        if (!(value instanceof Map<?, ?> map)) {
            errors.add(error(variable, where + " expects an object of type '" + object.getName() + "' (fields: "
                    + fieldNames(object) + "), not " + shown(value)));
            return;
        }
        for (Object key : map.keySet()) {
            if (object.getField(String.valueOf(key)) == null) {
                errors.add(error(variable, where + " has a field '" + key + "' that " + object.getName()
                        + " does not have (its fields: " + fieldNames(object) + ")"));
            }
        }
        for (GraphQLInputObjectField field : object.getFields()) {
            String at = where.contains(" at '") ? where.substring(0, where.length() - 1) + "." + field.getName() + "'"
                    : where + " at '" + field.getName() + "'";
            if (!map.containsKey(field.getName())) {
                if (GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue()) {
                    errors.add(error(variable, at + " is required (" + GraphQLTypeUtil.simplePrint(field.getType())
                            + ") and was not given"));
                }
                continue;
            }
            check(variable, at, field.getType(), map.get(field.getName()), errors);
        }
    }

    private static String fieldNames(GraphQLInputObjectType object) {
        return object.getFields().stream().map(GraphQLInputObjectField::getName).collect(Collectors.joining(", "));
    }

    /** What the scalar expects, when the value does not fit it; null when it fits. */
    private static String scalarProblem(GraphQLScalarType scalar, Object value) {
        switch (scalar.getName()) {
            case "Int":
                return isInt(value) ? null : "an Int (a whole number from -2147483648 to 2147483647)";
            case "Float":
                return value instanceof Number ? null : "a Float (a number)";
            case "String":
                return value instanceof String ? null : "a String";
            case "Boolean":
                return value instanceof Boolean ? null : "a Boolean (true or false)";
            case "ID":
                return value instanceof String || isInt(value) ? null : "an ID (a string)";
            case "Date":
                return isDate(value) ? null : "a Date (an ISO-8601 calendar date such as 2022-09-28)";
            default:
                try {
                    scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ENGLISH);
                    return null;
                } catch (RuntimeException e) {
                    return "a " + scalar.getName();
                }
        }
    }

    private static boolean isInt(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double
                || value instanceof Float) {
            try {
                new BigDecimal(value.toString()).intValueExact();
                return true;
            } catch (ArithmeticException | NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDate(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String shown(Object value) {
        String json;
        try {
            json = GraphQLRequest.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            json = "this value";
        }
        return json.length() > MAX_SHOWN ? json.substring(0, MAX_SHOWN) + "…" : json;
    }

    private static GraphQLError error(String variable, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCodes.BAD_USER_INPUT);
        extensions.put("variable", variable);
        return GraphQLError.newError().message(message).errorType(graphql.ErrorType.ValidationError)
                .extensions(extensions).build();
    }
}
