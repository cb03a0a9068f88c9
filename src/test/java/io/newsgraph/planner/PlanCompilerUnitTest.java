package io.newsgraph.planner;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.newsgraph.planner.Plan.Output;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner's compiler against the public schema, built without a server from the reviewed SDL snapshot
 * ({@code schema/newsgraph.graphql}, which {@code SchemaSnapshotTest} holds equal to the served one): which
 * response keys a document gets, in which order, which fetches it needs, and what it leaves to the reference.
 */
class PlanCompilerUnitTest {

    static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(snapshot()));

    static String snapshot() {
        try (InputStream in = PlanCompilerUnitTest.class.getClassLoader().getResourceAsStream("schema/newsgraph.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Plan compile(String text, Map<String, Object> variables) {
        Document document = Parser.parse(text);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return PlanCompiler.compile(SCHEMA, document, operation, variables);
    }

    static Plan compile(String text) {
        return compile(text, Map.of());
    }

    static List<String> keys(List<Output> outputs) {
        return outputs.stream().map(Output::key).toList();
    }

    /** The response keys asked of the only type of a root item. */
    static List<Output> itemOutputs(Plan plan, int root) {
        return plan.roots.get(root).selection.outputs.values().iterator().next();
    }

    @Test
    void eachFetchedFieldIsOneFetchAndEachLeafAColumn() {
        Plan plan = compile("{ country(code: \"KZ\") { name officials { name title } } }");

        assertEquals(List.of("country"), keys(plan.outputs));
        assertEquals(1, plan.roots.size());
        List<Output> country = itemOutputs(plan, 0);
        assertEquals(List.of("name", "officials"), keys(country));
        assertInstanceOf(Plan.Leaf.class, country.get(0));
        Plan.Fetched officials = assertInstanceOf(Plan.Fetched.class, country.get(1));
        assertEquals(List.of("name", "title"), keys(officials.fetch().selection.outputs.values().iterator().next()));
        // country, its officials, and the officials' titles (the first of their positions)
        assertEquals(3, plan.slots);
    }

    @Test
    void fieldsAreMergedByResponseKeyInFirstSeenOrder() {
        Plan plan = compile("{ country(code: \"KZ\") { ...Codes name code alpha: name } }"
                + " fragment Codes on Country { code ... on Country { name } }");
        assertEquals(List.of("code", "name", "alpha"), keys(itemOutputs(plan, 0)));
    }

    @Test
    void aliasesAreResponseKeysOfTheirOwn() {
        Plan plan = compile("{ kz: country(code: \"KZ\") { name } ge: country(code: \"GE\") { name } __typename }");
        assertEquals(List.of("kz", "ge", "__typename"), keys(plan.outputs));
        assertEquals(2, plan.roots.size());
        assertEquals(new Plan.Constant("__typename", "Query"), plan.outputs.get(2));
    }

    @Test
    void includeAndSkipFollowTheirVariables() {
        String document = "query($with: Boolean!) { country(code: \"KZ\") { name code @include(if: $with) alpha3 @skip(if: $with) } }";
        assertEquals(List.of("name", "code"), keys(itemOutputs(compile(document, Map.of("with", true)), 0)));
        assertEquals(List.of("name", "alpha3"), keys(itemOutputs(compile(document, Map.of("with", false)), 0)));
    }

    @Test
    void aConnectionIsOneFetchWhateverItsNodesAsk() {
        Plan plan = compile("{ statements(first: 5) { totalCount nodes { text } edges { cursor node { saidOn } }"
                + " pageInfo { hasNextPage } } }");
        assertEquals(1, plan.slots);
        Plan.ConnectionSelection page = plan.roots.get(0).connection;
        assertEquals(List.of("totalCount", "nodes", "edges", "pageInfo"), keys(page.outputs));
        assertEquals(true, page.totalCount);
        assertEquals(true, page.cursors);
    }

    @Test
    void whatTheReadModelDoesNotDescribeIsLeftToTheReference() {
        assertThrows(Unplannable.class, () -> compile("{ __schema { types { name } } }"));
        assertThrows(Unplannable.class, () -> compile("mutation { deleteSource(id: \"x\") { deleted } }"));
    }

    @Test
    void documentsOverTheLimitsAreLeftToTheReference() {
        Document deep = Parser.parse("{ country(code: \"KZ\") { neighbors { neighbors { neighbors { name } } } } }");
        OperationDefinition operation = deep.getDefinitionsOfType(OperationDefinition.class).get(0);
        assertDoesNotThrow(() -> PlanCompiler.checkLimits(deep, operation, 5, 100));
        assertThrows(Unplannable.class, () -> PlanCompiler.checkLimits(deep, operation, 4, 100));
        assertThrows(Unplannable.class, () -> PlanCompiler.checkLimits(deep, operation, 5, 4));
    }

    @Test
    void aliasesOfOneNestedFieldKeepTheirOwnArguments() {
        Plan plan = compile("{ countries { nodes { a: statements(first: 1) { totalCount }"
                + " b: statements(first: 2) { totalCount } } } }");
        Plan.Selection country = plan.roots.get(0).connection.only();
        List<Plan.Fetch> fetches = country.fetches.get(ReadModel.COUNTRY_TYPE);
        assertEquals(2, fetches.size());
        assertEquals("1", ((graphql.language.IntValue) fetches.get(0).arguments.get(0).getValue()).getValue().toString());
        assertEquals("2", ((graphql.language.IntValue) fetches.get(1).arguments.get(0).getValue()).getValue().toString());
    }

    @Test
    void evidenceIsReadFromItsFactsOwnRow() {
        Plan plan = compile("{ statement(id: \"x\") { evidence { start end confidence __typename } } }");
        Plan.Selection statement = plan.roots.get(0).selection;
        Plan.Embedded evidence = (Plan.Embedded) statement.outputs.get(ReadModel.STATEMENT_TYPE).get(0);
        assertEquals(List.of("start", "end", "confidence", "__typename"), keys(evidence.outputs()));
        assertEquals(List.of(), statement.fetches.get(ReadModel.STATEMENT_TYPE), "no statement of its own");
        for (String column : List.of("evidence_start", "evidence_end", "evidence_confidence")) {
            assertTrue(java.util.Arrays.stream(statement.columns).anyMatch(c -> c == ReadModel.STATEMENT.col(column)), column);
        }
    }
}
