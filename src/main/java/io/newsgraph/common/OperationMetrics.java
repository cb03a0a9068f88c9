package io.newsgraph.common;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every GraphQL request as the Prometheus timer {@code graphql_operations_seconds}
 * ({@code _count}, {@code _sum}, {@code _max}), tagged with the name of the operation that ran
 * ({@code query KazakhstanDossier { ... }}; {@code anonymous} when it has none), its type ({@code query}, {@code mutation}; {@code none} when the document was
 * refused before execution) and its outcome ({@code success}, or {@code error} when the response
 * carries errors).
 *
 * <p>SmallRye's own {@code mp_graphql} timers ({@code quarkus.smallrye-graphql.metrics.enabled}) time
 * the batched {@code @Source} fields only: with {@code nonblocking.enabled=false} the root fields run
 * through a data fetcher path that records no metric (SmallRye GraphQL 2.17), so without this timer a
 * query would not be counted at all.
 *
 * <p>Operation names come from clients: after {@value #MAX_NAMES} distinct names, new ones are
 * counted as {@code other}, so that no client can grow the metrics without bound.
 */
@Singleton
public class OperationMetrics extends SimplePerformantInstrumentation {

    public static final String NAME = "graphql.operations";
    static final int MAX_NAMES = 200;
    private static final int MAX_NAME_LENGTH = 100;

    private final MeterRegistry registry;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    @Inject
    OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** What execution learnt about the request: the operation that ran, once the document is parsed. */
    private static final class State implements InstrumentationState {
        volatile String type = "none";
        volatile String name;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new State());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        long start = System.nanoTime();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            boolean success = failure == null && result != null && result.getErrors().isEmpty();
            State executed = state instanceof State s ? s : new State();
            record(executed.name != null ? executed.name : parameters.getOperation(), executed.type, success,
                    System.nanoTime() - start);
        });
    }

    /** Records one request; the read planner calls this for the requests it answers. */
    public void record(String operation, String type, boolean success, long nanos) {
        Timer.builder(NAME)
                .description("GraphQL requests by operation name, type and outcome")
                .tag("operation", operationName(operation))
                .tag("type", type)
                .tag("outcome", success ? "success" : "error")
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        if (state instanceof State s && operation != null) {
            s.name = operation.getName();
            if (operation.getOperation() != null) {
                s.type = operation.getOperation().name().toLowerCase(Locale.ROOT);
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    private String operationName(String requested) {
        if (requested == null || requested.isBlank()) {
            return "anonymous";
        }
        String name = requested.length() > MAX_NAME_LENGTH ? requested.substring(0, MAX_NAME_LENGTH) : requested;
        if (names.contains(name)) {
            return name;
        }
        if (names.size() >= MAX_NAMES) {
            return "other";
        }
        names.add(name);
        return name;
    }
}
