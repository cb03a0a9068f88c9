package io.newsgraph.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner's description of the schema agrees with the schema the resolvers define: every field
 * of a planned type is read by the planner or explicitly left to the reference, and everything the
 * planner reads exists. A field added to an entity without a word here fails this test, so that the
 * choice is made on purpose.
 */
@QuarkusTest
class ReadModelTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void everyFieldOfAPlannedTypeIsPlannedOrLeftToTheReference() {
        List<String> unknown = new ArrayList<>();
        ReadModel.TYPES.forEach((name, type) -> {
            GraphQLObjectType graphqlType = schema.getObjectType(name);
            assertNotNull(graphqlType, name);
            for (GraphQLFieldDefinition field : graphqlType.getFieldDefinitions()) {
                String f = field.getName();
                if (!type.leaves.containsKey(f) && !type.relations.containsKey(f) && !ReadModel.REFERENCE_ONLY.contains(f)) {
                    unknown.add(name + "." + f);
                }
            }
        });
        assertEquals(List.of(), unknown, "fields neither in ReadModel nor in ReadModel.REFERENCE_ONLY");
    }

    @Test
    void everythingThePlannerReadsIsInTheSchema() {
        ReadModel.TYPES.forEach((name, type) -> {
            GraphQLObjectType graphqlType = schema.getObjectType(name);
            type.leaves.keySet().forEach(f -> assertNotNull(graphqlType.getFieldDefinition(f), name + "." + f));
            type.relations.keySet().forEach(f -> assertNotNull(graphqlType.getFieldDefinition(f), name + "." + f));
        });
        GraphQLObjectType query = schema.getQueryType();
        ReadModel.ROOT_ITEMS.keySet().forEach(f -> assertNotNull(query.getFieldDefinition(f), "Query." + f));
        ReadModel.ROOT_LISTS.keySet().forEach(f -> assertNotNull(query.getFieldDefinition(f), "Query." + f));
    }

    @Test
    void everyRootFieldIsPlanned() {
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            assertTrue(ReadModel.ROOT_ITEMS.containsKey(field.getName()) || ReadModel.ROOT_LISTS.containsKey(field.getName()),
                    "Query." + field.getName());
        }
    }
}
