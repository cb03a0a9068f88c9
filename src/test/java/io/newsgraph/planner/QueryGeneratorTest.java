package io.newsgraph.planner;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.newsgraph.planner.QueryGenerator.Generated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The query generator on its own, without a server: over a schema unlike newsgraph's (so that nothing
 * in it can lean on newsgraph's fields) and the seed's values, the same seed gives the same documents,
 * and every document is valid, read-only and uses the features the differential test relies on.
 * {@code DifferentialTest} checks every generated document against the live schema too.
 */
class QueryGeneratorTest {

    static final int DOCUMENTS = 600;
    private static final Pattern INTROSPECTION = Pattern.compile("__(?!typename\\b)\\w+");

    private final GraphQLSchema schema = QueryGenerator.schema(resource("planner/fixture-schema.graphqls"));

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        assertEquals(generate(42, 200), generate(42, 200));
        assertNotEquals(generate(42, 200), generate(43, 200));
    }

    @Test
    void everyDocumentIsValidAndReadOnly() {
        for (Generated request : generate(7, DOCUMENTS)) {
            String shown = request.document() + "\nvariables: " + request.variables();
            assertThat(shown, QueryGenerator.problems(schema, request), empty());
            Document document = Parser.parse(request.document());
            for (var definition : document.getDefinitionsOfType(OperationDefinition.class)) {
                assertThat(shown, definition.getOperation(), equalTo(OperationDefinition.Operation.QUERY));
            }
            assertThat(shown, INTROSPECTION.matcher(request.document()).find(), equalTo(false));
        }
    }

    @Test
    void theDocumentsUseEveryFeatureTheDifferentialTestNeeds() {
        String all = String.join("\n", generate(11, DOCUMENTS).stream()
                .map(r -> r.document() + "\n" + r.variables()).toList());
        for (String feature : List.of(
                "... on Journalist", "... on Agency", // inline fragments on an interface
                "... on Article", "... on Quote", // and on a union
                "fragment F", "__typename", "@include(if: ", "@skip(if: $v", // named fragments, directives
                " = ", // a variable with a default
                "first: 101", "first: -1", "\"no-such-", "bad-cursor", // requests that must fail
                "after: \"cursor-", "orderBy: {", "filter: {", "tone: ")) {
            assertThat(all, containsString(feature));
        }
        assertTrue(generate(11, DOCUMENTS).stream().anyMatch(r -> r.document().contains("$v") && !r.variables().isEmpty()));
        List<Integer> depths = generate(11, DOCUMENTS).stream().map(r -> entityDepth(r.document())).toList();
        assertThat("some document nests four levels of entities", depths, hasItem(QueryGenerator.MAX_ENTITY_DEPTH));
        assertThat("none nests deeper", depths.stream().max(Integer::compare).orElseThrow(),
                equalTo(QueryGenerator.MAX_ENTITY_DEPTH));
    }

    @Test
    void variablesOfAHandWrittenDocumentAreDrawnForTheArgumentTheyAreUsedIn() {
        Document document = Parser.parse("query Q($code: String!, $first: Int, $tone: Tone, $from: Date) {"
                + " region(code: $code) { items(first: $first, from: $from) { totalCount } }"
                + " quotes(filter: {tone: $tone}) { totalCount } }");
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        QueryGenerator generator = new QueryGenerator(schema, seedPool(), 1);

        Map<String, Object> required = generator.variablesFor(document, operation, false, new Random(1));
        Map<String, Object> every = generator.variablesFor(document, operation, true, new Random(1));

        assertThat(required.keySet(), equalTo(java.util.Set.of("code")));
        assertThat(every, hasKey("tone"));
        assertThat(List.of("CALM", "ANGRY", "HOPEFUL"), hasItem(every.get("tone")));
        assertThat(every.get("from").toString(), org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(every.get("first"), org.hamcrest.Matchers.instanceOf(Integer.class));
    }

    @Test
    void cursorsOfAnAnswerFeedLaterDocumentsPerConnectionType() throws IOException {
        DataPool pool = seedPool();
        QueryGenerator generator = new QueryGenerator(schema, pool, 3);
        String document = "{ quotes { edges { cursor } pageInfo { endCursor } nodes { article { quotes { a: pageInfo { endCursor } } } } } }";
        generator.harvestCursors(document, null, new ObjectMapper().readTree("{\"quotes\": {\"edges\": [{\"cursor\": \"q1\"}],"
                + " \"pageInfo\": {\"endCursor\": \"q2\"}, \"nodes\": [{\"article\": {\"quotes\": {\"a\": {\"endCursor\": \"q3\"}}}}]}}"));

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            seen.add(pool.pickCursor("QuoteConnection", new Random(i)));
        }
        assertThat(seen, hasItem("q1"));
        assertThat(seen, hasItem("q2"));
        assertThat(seen, hasItem("q3"));
        assertThat(pool.pickCursor("ArticleConnection", new Random(0)), equalTo(null));
    }

    /** The documents of a seed, over the seed's values, with a few cursors as if earlier answers had given them. */
    private List<Generated> generate(long seed, int count) {
        DataPool pool = seedPool();
        for (String type : List.of("QuoteConnection", "ArticleConnection", "ItemConnection")) {
            pool.addCursor(type, "cursor-" + type);
        }
        QueryGenerator generator = new QueryGenerator(schema, pool, seed);
        List<Generated> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(generator.next());
        }
        return documents;
    }

    private static DataPool seedPool() {
        InputStream seed = QueryGeneratorTest.class.getClassLoader().getResourceAsStream("datasets/seed.json");
        return DataPool.fromDatasets(List.of(seed));
    }

    /** The deepest nesting of entities (objects with an id) in the operation, fragments followed. */
    private int entityDepth(String text) {
        Document document = Parser.parse(text);
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return entityDepth(operation.getSelectionSet(), schema.getQueryType(), fragments);
    }

    private int entityDepth(SelectionSet selections, GraphQLCompositeType parent, Map<String, FragmentDefinition> fragments) {
        int max = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field && field.getSelectionSet() != null) {
                var type = (GraphQLCompositeType) GraphQLTypeUtil.unwrapAll(
                        ((GraphQLFieldsContainer) parent).getFieldDefinition(field.getName()).getType());
                boolean entity = type instanceof GraphQLFieldsContainer c ? c.getFieldDefinition("id") != null
                        : ((GraphQLUnionType) type).getTypes().stream()
                                .anyMatch(t -> ((GraphQLObjectType) t).getFieldDefinition("id") != null);
                max = Math.max(max, (entity ? 1 : 0) + entityDepth(field.getSelectionSet(), type, fragments));
            } else if (selection instanceof InlineFragment inline) {
                var type = inline.getTypeCondition() == null ? parent
                        : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                max = Math.max(max, entityDepth(inline.getSelectionSet(), type, fragments));
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = fragments.get(spread.getName());
                max = Math.max(max, entityDepth(definition.getSelectionSet(),
                        (GraphQLCompositeType) schema.getType(definition.getTypeCondition().getName()), fragments));
            }
        }
        return max;
    }

    private static String resource(String path) {
        try (InputStream in = QueryGeneratorTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
