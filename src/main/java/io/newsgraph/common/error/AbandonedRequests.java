package io.newsgraph.common.error;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * Stops resolving a request whose client has gone. When the connection closes mid-request,
 * Quarkus ends the request context at once, closing its Hibernate session, while the worker goes
 * on resolving fields; each resolver that then asked for a session got a new one that nobody ever
 * closed, with every entity it loaded (16 abandoned dossiers kept 42,000 statements on the heap).
 * Resolvers of an ended request now fail fast instead, and touch no database.
 */
final class AbandonedRequests extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher; // reads a property of an object already loaded
        }
        return environment -> {
            if (ended()) {
                throw new AbortExecutionException("The client closed the connection; the request was abandoned");
            }
            return fetcher.get(environment);
        };
    }

    private static boolean ended() {
        ManagedContext requests = Arc.container().requestContext();
        return requests.isActive() && !requests.getState().isValid();
    }
}
