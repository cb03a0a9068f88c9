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
                if (!type.leaves.containsKey(f) && !type.relations.containsKey(f)) {
                    unknown.add(name + "." + f);
                }
            }
        });
        assertEquals(List.of(), unknown, "fields the planner does not read");
    }

    @Test
    void everythingThePlannerReadsIsInTheSchema() {
        ReadModel.TYPES.forEach((name, type) -> {
            GraphQLObjectType graphqlType = schema.getObjectType(name);
            type.leaves.keySet().forEach(f -> assertNotNull(graphqlType.getFieldDefinition(f), name + "." + f));
            type.relations.keySet().forEach(f -> assertNotNull(graphqlType.getFieldDefinition(f), name + "." + f));
            type.relations.values().stream().filter(r -> r instanceof ReadModel.Embedded).forEach(r -> {
                ReadModel.ObjectModel embedded = ((ReadModel.Embedded) r).type();
                GraphQLObjectType embeddedType = schema.getObjectType(embedded.name);
                assertNotNull(embeddedType, embedded.name);
                assertEquals(embeddedType.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).sorted().toList(),
                        embedded.leaves.keySet().stream().sorted().toList(), name + " reads " + embedded.name + " whole");
            });
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
