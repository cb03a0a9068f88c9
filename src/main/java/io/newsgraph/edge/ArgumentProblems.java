package io.newsgraph.edge;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import io.newsgraph.common.error.ErrorCodes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Literal argument values that graphql-java lets through and SmallRye would refuse only while fetching,
 * in Java terms and with a second error: a {@code Date} that is no ISO-8601 date. Refused here, one
 * error per value, before anything runs.
 */
final class ArgumentProblems {

    private ArgumentProblems() {
    }

    static List<GraphQLError> of(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        List<GraphQLError> errors = new ArrayList<>();
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operation.getName())
                .coercedVariables(graphql.execution.CoercedVariables.of(variables)).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public TraversalControl visitArgumentValue(QueryVisitorFieldArgumentValueEnvironment environment) {
                        if (environment.getArgumentInputValue().getValue() instanceof StringValue text
                                && GraphQLTypeUtil.unwrapAll(environment.getArgumentInputValue().getInputType())
                                        instanceof GraphQLScalarType scalar
                                && scalar.getName().equals("Date") && !isDate(text.getValue())) {
                            errors.add(GraphQLError.newError()
                                    .message("Argument '" + environment.getArgumentInputValue().getName() + "' of '"
                                            + environment.getFieldDefinition().getName() + "' expects a Date (an ISO-8601"
                                            + " calendar date such as 2022-09-28), not \"" + text.getValue() + "\"")
                                    .locations(text.getSourceLocation() == null ? List.of() : List.of(text.getSourceLocation()))
                                    .errorType(ErrorType.ValidationError)
                                    .extensions(Map.of("code", ErrorCodes.BAD_USER_INPUT))
                                    .build());
                        }
                        return TraversalControl.CONTINUE;
                    }
                });
        return errors;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
