package io.newsgraph.common;

import static io.newsgraph.GraphQLClient.document;
import static io.newsgraph.GraphQLClient.execute;
import static io.newsgraph.GraphQLClient.run;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.newsgraph.Errors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors and limits of the contract (docs/ARCHITECTURE.md): codes, shapes, depth, complexity, request size, and nothing internal ever shown. */
@QuarkusTest
public class ErrorsTest {

    static JsonPath json(io.restassured.response.ValidatableResponse response) {
        return response.extract().jsonPath();
    }

    // --- limits ----------------------------------------------------------------------

    @Test
    void fifteenLevelsAreAllowed() {
        JsonPath json = io.newsgraph.GraphQLClient.data("common/deepest-allowed");
        String speaker = "statements.nodes[0].speaker";
        assertThat(json.getString("data.country." + String.join(".", java.util.Collections.nCopies(4, speaker)) + ".country.code"),
                equalTo("KZ"));
    }

    @Test
    void deeperThanFifteenLevelsIsTooComplex() {
        JsonPath json = Errors.assertError(run("common/too-deep"), Errors.QUERY_TOO_COMPLEX, null);
        assertThat(json.getString("errors[0].message"), containsString("depth"));
        assertThat(json.getMap("$"), not(hasKey("data")));
    }

    @Test
    void overTheComplexityLimitIsTooComplex() {
        JsonPath json = Errors.assertError(run("common/too-complex"), Errors.QUERY_TOO_COMPLEX, null);
        assertThat(json.getString("errors[0].message"), containsString("complexity"));
        assertThat(json.getMap("$"), not(hasKey("data")));
    }

    @Test
    void bodyOverOneMegabyteIsRefusedWith413() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", "{ countries { totalCount } }");
        body.put("variables", Map.of("padding", "x".repeat(1024 * 1024)));
        Response response = given().contentType(ContentType.JSON).body(body).when().post("/graphql");
        assertThat(response.statusCode(), is(413));
        Errors.assertNoInternals(response.asString());
    }

    @Test
    void bodyJustUnderOneMegabyteIsServed() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", "{ countries { totalCount } }");
        body.put("variables", Map.of("padding", "x".repeat(1000 * 1000)));
        given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                .then().statusCode(200).body("data.countries.totalCount", is(249));
    }

    // --- documents that are not valid -------------------------------------------------------

    /** A document that does not parse: one error, GRAPHQL_PARSE_FAILED, with the line and column of the offending token. */
    @ParameterizedTest
    @ValueSource(strings = {"{ statements {", "query {", "}}}", "{ statements(first: ) { totalCount } }", "{ country(code: \"GE) { id } }"})
    void malformedDocument(String malformed) {
        String body = execute(malformed).extract().asString();
        JsonPath json = Errors.assertError(execute(malformed), Errors.PARSE_FAILED, null);
        assertThat(body, json.getString("errors[0].message"), containsString("Invalid syntax"));
        assertThat(body, json.getInt("errors[0].locations[0].line"), is(1));
        assertThat(body, json.getInt("errors[0].locations[0].column") > 0, is(true));
        assertThat(json.getMap("$"), not(hasKey("data")));
    }

    @Test
    void malformedDocumentFromAFile() {
        JsonPath json = Errors.assertError(run("common/malformed"), Errors.PARSE_FAILED, null);
        assertThat(json.getString("errors[0].message"), containsString("at line 3 column 1"));
        assertThat(json.getMap("$"), not(hasKey("data")));
    }

    @Test
    void unknownFieldFailsValidation() {
        JsonPath json = Errors.assertError(run("common/unknown-field"), Errors.VALIDATION_FAILED, null);
        assertThat(json.getString("errors[0].message"), containsString("'nope'"));
        assertThat(json.getMap("$"), not(hasKey("data")));
    }

    @Test
    void unknownOrMissingArgumentIsBadUserInput() {
        assertThat(Errors.assertError(run("common/unknown-argument"), Errors.BAD_USER_INPUT, null).getString("errors[0].message"),
                containsString("'nope'"));
        assertThat(Errors.assertError(run("common/missing-argument"), Errors.BAD_USER_INPUT, null).getString("errors[0].message"),
                containsString("'code'"));
    }

    @Test
    void wrongArgumentTypeIsBadUserInput() {
        JsonPath json = Errors.assertError(run("common/wrong-argument-type"), Errors.BAD_USER_INPUT, null);
        assertThat(json.getString("errors[0].message"), containsString("'first'"));
        assertThat(json.getMap("$"), not(hasKey("data")));
    }

    @Test
    void unknownEnumValueIsBadUserInput() {
        assertThat(Errors.assertError(run("common/unknown-enum-value"), Errors.BAD_USER_INPUT, null).getString("errors[0].message"),
                containsString("SHOUT"));
        assertThat(Errors.assertError(run("common/unknown-order-field"), Errors.BAD_USER_INPUT, null).getString("errors[0].message"),
                containsString("DATE"));
    }

    @Test
    void badVariablesAreBadUserInput() {
        // values that do not fit the declared type of their variable
        Errors.assertError(run("common/variables", "kind", "SHOUT"), Errors.BAD_USER_INPUT, null);
        Errors.assertError(run("common/variables", "filter", Map.of("kind", "SHOUT")), Errors.BAD_USER_INPUT, null);
        Errors.assertError(run("common/variables", "filter", Map.of("nope", 1)), Errors.BAD_USER_INPUT, null);
        Errors.assertError(run("common/variables", "orderBy", Map.of("field", "TEXT")), Errors.BAD_USER_INPUT, null);
        Errors.assertError(run("common/variables", "orderBy", Map.of("field", "TEXT", "direction", "UP")), Errors.BAD_USER_INPUT,
                null);
        Errors.assertError(run("common/required-variable"), Errors.BAD_USER_INPUT, null);
    }

    @Test
    void variableOfTheWrongScalarTypeIsBadUserInput() {
        String body = run("common/variables", "first", "x").extract().asString();
        JsonPath json = JsonPath.from(body);
        assertThat(body, json.getString("errors[0].extensions.code"), equalTo(Errors.BAD_USER_INPUT));
        assertThat(body, json.getString("errors[0].message"), containsString("'$first' expects an Int"));
        assertThat(json.getString("data"), equalTo(null));
        Errors.assertNoInternals(body);
    }

    @Test
    void invalidDateIsBadUserInput() {
        // one error each, refused before anything is fetched, in the contract's words
        assertThat(Errors.assertError(run("common/invalid-date"), Errors.BAD_USER_INPUT, null).getString("errors[0].message"),
                containsString("expects a Date"));
        assertThat(Errors.assertError(run("common/variables", "filter", Map.of("to", "2022-02-30")), Errors.BAD_USER_INPUT, null)
                .getString("errors[0].message"), containsString("'$filter' at 'to' expects a Date"));
    }

    @Test
    void unknownOperationNameIsBadUserInput() {
        Response response = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", document("common/operations"), "operationName", "Nope"))
                .when().post("/graphql");
        assertThat(response.statusCode(), is(200));
        Errors.assertError(response.then(), Errors.BAD_USER_INPUT, null);
        Response named = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", document("common/operations"), "operationName", "Kazakhstan"))
                .when().post("/graphql");
        assertThat(named.jsonPath().getString("data.country.name"), equalTo("Kazakhstan"));
    }

    // --- nothing internal, ever -------------------------------------------------------------

    /** Bodies that are not GraphQL requests at all: 400, as GraphQL over HTTP says. */
    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "null", "{}", "{\"query\": 5}", "{\"query\": null}", "{\"query\": \"\"}"})
    void requestsThatAreNotGraphQL(String body) {
        Response response = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).when().post("/graphql");
        Errors.assertNoInternals(response.asString());
        assertThat(response.statusCode(), is(400));
        assertThat(response.jsonPath().getString("errors[0].extensions.code"), equalTo("BAD_REQUEST"));
        assertThat(response.jsonPath().getList("errors"), hasSize(1));
        assertThat(response.jsonPath().getString("errors[0].message"), notNullValue());
        assertThat(response.jsonPath().getMap("$"), not(hasKey("data")));
    }

    /** Variables that are not a JSON object are refused with 400 and BAD_USER_INPUT, and nothing is served. */
    @ParameterizedTest
    @ValueSource(strings = {"\"x\"", "[1]", "5"})
    void variablesThatAreNotAnObject(String variables) {
        Response response = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"query\": \"{ countries { totalCount } }\", \"variables\": " + variables + "}")
                .when().post("/graphql");
        assertThat(response.statusCode(), is(400));
        Errors.assertError(response.then(), Errors.BAD_USER_INPUT, null);
        assertThat(response.asString(), not(containsString("totalCount")));
        assertThat(response.asString(), not(containsString("249")));
    }

    @Test
    void noErrorShowsInternals() {
        for (String name : List.of("common/too-deep", "common/too-complex", "common/malformed", "common/unknown-field",
                "common/unknown-argument", "common/missing-argument", "common/wrong-argument-type", "common/unknown-enum-value",
                "common/unknown-order-field", "common/invalid-date", "common/required-variable")) {
            Errors.assertNoInternals(run(name).extract().asString());
        }
        Errors.assertNoInternals(run("common/variables", "first", 101).extract().asString());
        Errors.assertNoInternals(run("common/variables", "filter", Map.of("speakerId", "nobody")).extract().asString());
        Errors.assertNoInternals(run("common/variables", "filter", Map.of("speakerId", "No Body")).extract().asString());
        Errors.assertNoInternals(run("common/variables", "filter", Map.of("from", "2022-09-28", "to", "2022-09-01")).extract().asString());
        Errors.assertNoInternals(run("country/country", "code", "XX").extract().asString());
        Errors.assertNoInternals(run("country/countries", "after", "garbage").extract().asString());
    }
}
