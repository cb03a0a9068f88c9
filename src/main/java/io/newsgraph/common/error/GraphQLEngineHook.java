package io.newsgraph.common.error;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import jakarta.enterprise.inject.literal.NamedLiteral;

/**
 * The service-loader entry (META-INF/services) through which SmallRye lets newsgraph configure the
 * GraphQL engine it builds. SmallRye keeps the instances it loads in a static field of a library class,
 * so in dev mode they outlive a live reload; this class therefore holds nothing and names no other
 * application class: it asks the container that is current now for the bean that does the work.
 */
public class GraphQLEngineHook implements EventingService {

    static final String BEAN_NAME = "newsgraph-graphql-engine";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return Arc.container().select(EventingService.class, NamedLiteral.of(BEAN_NAME)).get().beforeGraphQLBuild(builder);
    }
}
