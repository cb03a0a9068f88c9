package io.newsgraph.common.error;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses, before anything is fetched, a request that asks for the same nested field at the same
 * level with different arguments (e.g. {@code a: statements(first: 1) b: statements(first: 5)}).
 * Nested fields are batched per level, and SmallRye applies the first occurrence's arguments to the
 * whole batch: without this check the others would silently get the wrong page.
 */
final class BatchedArguments extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Map<String, Map<String, Object>> argumentsByField = new HashMap<>();
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (field.getParentEnvironment() == null || field.getArguments().isEmpty()) {
                            return; // root fields are fetched one by one, not batched
                        }
                        String name = field.getFieldsContainer().getName() + "." + field.getField().getName();
                        String key = depth(field) + ":" + name;
                        Map<String, Object> first = argumentsByField.putIfAbsent(key, field.getArguments());
                        if (first != null && !first.equals(field.getArguments())) {
                            throw new Refused("'" + name + "' is asked for more than once at the same level with"
                                    + " different arguments (" + first + " and " + field.getArguments() + "). Nested"
                                    + " fields are fetched in one batch per level, with one set of arguments: ask for it"
                                    + " once, or with the same arguments, or in separate requests.");
                        }
                    }
                });
        return super.beginExecuteOperation(parameters, state);
    }

    private static int depth(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    static final class Refused extends AbortExecutionException {
        Refused(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.BAD_USER_INPUT);
        }
    }
}
