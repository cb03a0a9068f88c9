package io.newsgraph.common.cost;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.newsgraph.common.error.ErrorCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The node budget of the reference engine, in graphql-java's instrumentation chain: a request whose
 * {@link NodeCount} is over the budget is refused before anything is fetched, with
 * {@code QUERY_TOO_COMPLEX} and the count in {@code extensions.cost}; a request that sends
 * {@value #HEADER}{@code : true} gets the count in its response's {@code extensions.cost}. The read
 * planner counts with the same {@link #cost} and hands a request over budget to this engine, so that
 * both refuse it alike.
 */
public final class NodeBudget extends SimplePerformantInstrumentation {

    /** Request header asking for the count in the response: {@code X-Newsgraph-Cost: true}. */
    public static final String HEADER = "X-Newsgraph-Cost";
    public static final String EXTENSION = "cost";
    private static final String COUNTED = NodeBudget.class.getName();

    private final long budget;

    public NodeBudget(long budget) {
        this.budget = budget;
    }

    /** What a request can return, against what it may. */
    public record Cost(long requestedNodes, long budget) {
        public boolean over() {
            return requestedNodes > budget;
        }

        /** {@code {"requestedNodes": n, "budget": b}}, in this order. */
        public Map<String, Object> extension() {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requestedNodes", requestedNodes);
            cost.put("budget", budget);
            return cost;
        }
    }

    public static Cost cost(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables, long budget) {
        return new Cost(NodeCount.of(schema, document, operation, variables), budget);
    }

    /** Whether the value of {@value #HEADER} asks for the count. */
    public static boolean asked(String header) {
        return header != null && header.trim().equalsIgnoreCase("true");
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Cost cost = cost(execution.getGraphQLSchema(), execution.getDocument(), execution.getOperationDefinition(),
                execution.getCoercedVariables().toMap(), budget);
        execution.getGraphQLContext().put(COUNTED, cost);
        if (cost.over()) {
            throw new OverBudget(cost);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        GraphQLContext context = parameters.getGraphQLContext();
        Cost cost = context == null ? null : context.get(COUNTED);
        if (cost == null || !asked(header(context))) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(r -> r.addExtension(EXTENSION, cost.extension())));
    }

    /** The header as SmallRye hands the request's headers to graphql-java: names as sent, any case. */
    @SuppressWarnings("unchecked")
    private static String header(GraphQLContext context) {
        Object headers = context.get("httpHeaders");
        if (headers instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof String name && name.equalsIgnoreCase(HEADER)
                        && entry.getValue() instanceof List<?> values && !values.isEmpty()) {
                    return String.valueOf(values.get(0));
                }
            }
        }
        return null;
    }

    /** A request over the node budget, refused before anything is fetched. */
    static final class OverBudget extends AbortExecutionException {
        private final Cost cost;

        OverBudget(Cost cost) {
            super("This request could return " + cost.requestedNodes() + " nodes, over the budget of " + cost.budget()
                    + ": ask for smaller pages (first) or fewer nested lists, or split the request");
            this.cost = cost;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", ErrorCodes.QUERY_TOO_COMPLEX);
            extensions.put(EXTENSION, cost.extension());
            return extensions;
        }
    }
}
