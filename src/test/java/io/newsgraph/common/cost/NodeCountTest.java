package io.newsgraph.common.cost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import graphql.GraphQLContext;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NodeCount on a schema of newsgraph's shapes (src/test/resources/cost/schema.graphql), without a server. */
class NodeCountTest {

    private static final GraphQLSchema SCHEMA = schema();

    private static GraphQLSchema schema() {
        try (InputStream in = NodeCountTest.class.getResourceAsStream("/cost/schema.graphql")) {
            String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String text, Map<String, Object> rawVariables) {
        Document document = Parser.parse(text);
        assertThat("the document is valid", new Validator().validateDocument(SCHEMA, document, Locale.ENGLISH).isEmpty(),
                equalTo(true));
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        Map<String, Object> variables = ValuesResolver.coerceVariableValues(SCHEMA, operation.getVariableDefinitions(),
                RawVariables.of(rawVariables), GraphQLContext.getDefault(), Locale.ENGLISH).toMap();
        return NodeCount.of(SCHEMA, document, operation, variables);
    }

    private static long count(String text) {
        return count(text, Map.of());
    }

    @Test
    void githubsExampleSumsEachConnectionTimesThePagesAboveIt() {
        // GitHub's worked example: 50 repositories + 50 x 10 issues = 550.
        assertThat(count("{ statements(first: 50) { nodes { speaker { statements(first: 10) { totalCount nodes { text } } } } } }"),
                equalTo(550L));
    }

    @Test
    void theIssuesCaseCountsEveryStatementOfEveryOfficialOfEveryCountry() {
        // 100 countries, 100 officials each (unpaged: a full page), 100 statements each.
        assertThat(count("{ countries(first: 100) { nodes { officials { statements(first: 100) { nodes { text } } } } } }"),
                equalTo(100L + 100 * 100 + 100 * 100 * 100));
    }

    @Test
    void aMissingFirstIsTheSchemasDefaultAndANullOneThePagingDefault() {
        assertThat(count("{ countries { nodes { code } } }"), equalTo(20L));
        assertThat(count("{ countries(first: null) { nodes { code } } }"), equalTo(20L));
    }

    @Test
    void variablesAreResolved() {
        String document = "query($n: Int) { countries(first: $n) { nodes { statements(first: $n) { totalCount } } } }";
        assertThat(count(document, Map.of("n", 7)), equalTo(7L + 49));
        assertThat(count(document, Map.of()), equalTo(20L + 400));
    }

    @Test
    void aFirstOutOfRangeCountsAsTheNearestBound() {
        assertThat(count("{ countries(first: 1000) { totalCount } }"), equalTo(100L));
        assertThat(count("{ countries(first: -5) { totalCount } }"), equalTo(0L));
        assertThat(count("{ countries(first: 0) { nodes { statements(first: 100) { totalCount } } } }"), equalTo(0L));
    }

    @Test
    void unpagedListsCountTheirEstimate() {
        assertThat(count("{ country(code: \"KZ\") { neighbors { neighbors { code } } } }"), equalTo(14L + 14 * 14));
        assertThat(count("{ country(code: \"KZ\") { officials { name } } }"), equalTo((long) NodeCount.UNPAGED));
        // positions are objects; aliases are strings, values rather than nodes
        assertThat(count("{ official(id: \"x\") { aliases positions { title country { code } } } }"), equalTo(10L));
    }

    @Test
    void singleObjectsAndLeavesCountNothing() {
        assertThat(count("{ country(code: \"KZ\") { name } official(id: \"x\") { name } }"), equalTo(0L));
    }

    @Test
    void edgesAreThePageOfTheirConnection() {
        assertThat(count("{ countries(first: 5) { edges { cursor node { statements(first: 2) { edges { node { text } } "
                + "pageInfo { hasNextPage } } } } } }"), equalTo(5L + 10));
    }

    @Test
    void fragmentsCountWhereTheyAreSpread() {
        assertThat(count("fragment F on Country { statements(first: 3) { nodes { text } } }"
                + " { countries(first: 2) { nodes { ...F ... on Country { neighbors { code } } } } }"),
                equalTo(2L + 2 * 3 + 2 * 14));
    }

    @Test
    void everyFragmentOfAUnionCounts() {
        assertThat(count("{ country(code: \"KZ\") { timeline(first: 4) { nodes {"
                + " ... on Statement { countries { code } } ... on Event { name } } } } }"), equalTo(4L + 4 * 10));
    }

    @Test
    void skipAndIncludeAreHonoured() {
        String document = "query($with: Boolean!) { countries(first: 10) @include(if: $with) { totalCount }"
                + " statements(first: 5) @skip(if: true) { totalCount } }";
        assertThat(count(document, Map.of("with", true)), equalTo(10L));
        assertThat(count(document, Map.of("with", false)), equalTo(0L));
    }

    @Test
    void aliasesCountEach() {
        assertThat(count("{ a: countries(first: 3) { totalCount } b: countries(first: 4) { totalCount } }"), equalTo(7L));
    }

    @Test
    void introspectionIsNotCounted() {
        assertThat(count("{ __schema { types { fields { name args { name } } } } }"), equalTo(0L));
    }

    @Test
    void mutationsAreCountedToo() {
        assertThat(count("mutation { updateCountry(code: \"KZ\") { neighbors { code } } }"), equalTo(14L));
    }

    @Test
    void deepNestingSaturatesInsteadOfOverflowing() {
        String level = "statements(first: 100) { nodes { speaker { %s } } }";
        String document = "id";
        for (int i = 0; i < 10; i++) {
            document = String.format(level, document);
        }
        Map<String, Object> none = new HashMap<>();
        assertThat(count("{ " + document + " }", none), equalTo(Long.MAX_VALUE));
    }
}
