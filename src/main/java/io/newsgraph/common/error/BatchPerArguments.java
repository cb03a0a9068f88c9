package io.newsgraph.common.error;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * Gives every set of arguments of a batched field its own batch. SmallRye registers one data loader
 * per batched field and runs each batch with the arguments of its first occurrence, caching the
 * answer per parent: {@code a: statements(first: 1) b: statements(first: 5)} on one official would
 * otherwise give {@code b} the page of {@code a}. Occurrences with the same arguments still share one
 * batch (one SQL statement per level); each other set of arguments costs one more.
 */
final class BatchPerArguments extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(dataFetcher instanceof BatchDataFetcher<?>)) {
            return dataFetcher;
        }
        return environment -> dataFetcher.get(environment.getArguments().isEmpty() ? environment
                : new OwnBatch(environment));
    }

    /**
     * Within one set of arguments a parent is its own cache key. SmallRye's key also hashes the
     * arguments, after their conversion: a filter input object without equals of its own then makes
     * every occurrence of one parent a key of its own, and the batch gets one parent twice and fails.
     */
    private static final CacheKey<Object> BY_PARENT = parent -> parent;

    /** The field's environment, whose data loader is the one of its arguments. */
    private static final class OwnBatch extends DelegatingDataFetchingEnvironment {
        OwnBatch(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String name) {
            DataLoader<K, V> shared = super.getDataLoader(name);
            DataLoaderRegistry registry = getDataLoaderRegistry();
            if (shared == null || registry == null) {
                return shared;
            }
            // Coerced arguments print alike when they are equal: maps keep the schema's order of fields.
            return registry.computeIfAbsent(name + " " + getArguments(), own -> shared.transform(b -> b.name(own)
                    .options(shared.getOptions().transform(o -> o.setCacheKeyFunction(BY_PARENT)))));
        }
    }
}
