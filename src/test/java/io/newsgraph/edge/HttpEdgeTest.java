package io.newsgraph.edge;

import static io.newsgraph.GraphQLClient.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.Errors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GraphQL over HTTP at /graphql, as the edge answers it for both engines: status codes by media
 * type, methods and media types refused, errors that say what is wrong (each case of issue 12's
 * list), persisted queries and ETags.
 */
@QuarkusTest
public class HttpEdgeTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";
    static final String ENGINE = "X-Newsgraph-Engine";

    static Response post(String accept, Object body, String... engine) {
        RequestSpecification request = given().contentType(JSON).accept(accept).body(body);
        if (engine.length > 0) {
            request.header(ENGINE, engine[0]);
        }
        return request.when().post("/graphql");
    }

    static Map<String, Object> body(String query, Object... variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", values);
        return body;
    }

    /** One error with this code, nothing internal, no data; the status by media type as the spec says. */
    static JsonPath assertNotExecutable(Response json, Response graphqlResponse, String code) {
        assertThat(json.asString(), json.statusCode(), is(200));
        assertThat(json.contentType(), startsWith(JSON));
        assertThat(graphqlResponse.asString(), graphqlResponse.statusCode(), is(400));
        assertThat(graphqlResponse.contentType(), startsWith(GRAPHQL_RESPONSE));
        assertThat("both media types carry the same errors", graphqlResponse.asString(), equalTo(json.asString()));
        JsonPath body = Errors.assertError(json.then(), code, null);
        assertThat(body.getMap("$"), not(hasKey("data")));
        return body;
    }

    static JsonPath notExecutable(String code, Map<String, Object> body) {
        return assertNotExecutable(post(JSON, body), post(GRAPHQL_RESPONSE, body), code);
    }

    // --- documents that cannot be executed: 200 for application/json, 400 for application/graphql-response+json

    @Test
    void parseErrorHasLineAndColumnAndItsCode() {
        JsonPath json = notExecutable("GRAPHQL_PARSE_FAILED", body(document("common/malformed")));
        assertThat(json.getString("errors[0].message"), containsString("at line 3 column 1"));
        assertThat(json.getInt("errors[0].locations[0].line"), is(3));
        assertThat(json.getInt("errors[0].locations[0].column"), is(1));
        assertThat(json.getString("errors[0].message"), not(containsString("Unparseable input document")));
    }

    @Test
    void validationErrorHasItsCode() {
        JsonPath json = notExecutable("GRAPHQL_VALIDATION_FAILED", body(document("common/unknown-field")));
        assertThat(json.getString("errors[0].message"), containsString("'nope'"));
        assertThat(json.getInt("errors[0].locations[0].line"), notNullValue());
    }

    @Test
    void inputObjectValuesArePrintedAsGraphQLNotAsJava() {
        JsonPath missing = notExecutable("BAD_USER_INPUT", body(document("edge/missing-input-field")));
        assertThat(missing.getString("errors[0].message"), containsString("with value '{direction:ASC}' is missing required fields '[field]'"));
        JsonPath unknown = notExecutable("BAD_USER_INPUT", body(document("edge/unknown-input-field")));
        assertThat(unknown.getString("errors[0].message"), containsString("'{nope:1,kind:DIRECT_QUOTE}'"));
        for (JsonPath json : List.of(missing, unknown)) {
            assertThat(json.getString("errors[0].message"), not(containsString("ObjectValue")));
            assertThat(json.getString("errors[0].message"), not(containsString("objectFields")));
        }
    }

    @Test
    void intVariableOutOfRangeNamesTheVariableAndTheRange() {
        JsonPath json = notExecutable("BAD_USER_INPUT", body(document("edge/first"), "first", 2147483648L));
        assertThat(json.getString("errors[0].message"), equalTo(
                "Variable '$first' expects an Int (a whole number from -2147483648 to 2147483647), not 2147483648"));
        assertThat(json.getString("errors[0].message"), not(containsString("Internal server error")));
    }

    @Test
    void variableOfTheWrongTypeNamesTheVariable() {
        JsonPath json = notExecutable("BAD_USER_INPUT", body(document("edge/first"), "first", "ten"));
        assertThat(json.getString("errors[0].message"), containsString("'$first' expects an Int"));
        assertThat(json.getString("errors[0].message"), containsString("\"ten\""));
    }

    @Test
    void malformedDateVariableIsOneErrorInPlainWords() {
        JsonPath json = notExecutable("BAD_USER_INPUT", body(document("edge/filter"), "filter", Map.of("to", "2022-02-30")));
        assertThat(json.getString("errors[0].message"), equalTo("Variable '$filter' at 'to' expects a Date"
                + " (an ISO-8601 calendar date such as 2022-09-28), not \"2022-02-30\""));
    }

    @Test
    void malformedDateLiteralIsOneErrorInPlainWords() {
        JsonPath json = notExecutable("BAD_USER_INPUT", body(document("common/invalid-date")));
        assertThat(json.getString("errors[0].message"), containsString("expects a Date"));
        assertThat(json.getString("errors[0].message"), containsString("\"yesterday\""));
    }

    @Test
    void unknownEnumValueInAVariableNamesTheValues() {
        JsonPath json = notExecutable("BAD_USER_INPUT", body(document("edge/filter"), "filter", Map.of("kind", "SHOUT")));
        assertThat(json.getString("errors[0].message"), equalTo(
                "Variable '$filter' at 'kind' expects one of the StatementKind values DIRECT_QUOTE, PARAPHRASE, not \"SHOUT\""));
    }

    @Test
    void everyProblemOfAVariableIsOneError() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("kind", "SHOUT");
        filter.put("to", "never");
        filter.put("nope", 1);
        Response response = post(JSON, body(document("edge/filter"), "filter", filter));
        JsonPath json = response.jsonPath();
        assertThat(response.asString(), json.getList("errors"), hasSize(3));
        assertThat(json.getList("errors.extensions.code"), equalTo(List.of("BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT")));
        Errors.assertNoInternals(response.asString());
        Errors.assertNoJavaNames(response.asString());
    }

    @Test
    void missingRequiredVariable() {
        JsonPath json = notExecutable("BAD_USER_INPUT", body(document("edge/country")));
        assertThat(json.getString("errors[0].message"), equalTo("Variable '$code' of type 'String!' is required and was not given"));
    }

    @Test
    void bothEnginesRefuseAlike() {
        Map<String, Object> body = body(document("edge/first"), "first", 2147483648L);
        Response planner = post(GRAPHQL_RESPONSE, body);
        Response reference = post(GRAPHQL_RESPONSE, body, "reference");
        assertThat(reference.statusCode(), is(planner.statusCode()));
        assertThat(reference.asString(), equalTo(planner.asString()));
    }

    // --- requests that are not GraphQL requests: 400 whatever the media type

    @ParameterizedTest
    @ValueSource(strings = {"\"x\"", "[1]", "5", "true"})
    void variablesThatAreNotAnObjectAre400(String variables) {
        String body = "{\"query\": \"{ countries { totalCount } }\", \"variables\": " + variables + "}";
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            Response response = given().contentType(JSON).accept(accept).body(body).when().post("/graphql");
            assertThat(response.asString(), response.statusCode(), is(400));
            JsonPath json = Errors.assertError(response.then(), "BAD_USER_INPUT", null);
            assertThat(json.getString("errors[0].message"), containsString("'variables' must be a JSON object"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{ \"query\": ", "[1,2]", "null", "{}", "{\"query\": 5}", "{\"query\": null}", "{\"query\": \"\"}",
            "{\"query\": \"{ __typename }\", \"operationName\": 5}", "{\"query\": \"{ __typename }\", \"extensions\": []}"})
    void bodiesThatAreNotGraphQLRequestsAre400(String body) {
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            Response response = given().contentType(JSON).accept(accept).body(body).when().post("/graphql");
            assertThat(response.asString(), response.statusCode(), is(400));
            Errors.assertError(response.then(), "BAD_REQUEST", null);
        }
    }

    @Test
    void otherMethodsAre405WithAllow() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            Response response = given().contentType(JSON).body("{\"query\": \"{ __typename }\"}").when().request(method, "/graphql");
            assertThat(method, response.statusCode(), is(405));
            assertThat(response.header("Allow"), equalTo("GET, POST"));
        }
    }

    @Test
    void mutationsOverGetAre405() {
        Response response = given().accept(GRAPHQL_RESPONSE).queryParam("query", document("edge/delete-source"))
                .when().get("/graphql");
        assertThat(response.statusCode(), is(405));
        assertThat(response.header("Allow"), equalTo("POST"));
        Errors.assertError(response.then(), "BAD_REQUEST", null);
    }

    @Test
    void unknownContentTypesAre415() {
        Response text = given().contentType("text/plain").body("{ __typename }").when().post("/graphql");
        assertThat(text.statusCode(), is(415));
        Errors.assertError(text.then(), "BAD_REQUEST", null);
        Response none = given().when().post("/graphql");
        assertThat(none.statusCode(), is(415));
    }

    @Test
    void acceptThatAdmitsNothingWeProduceIs406() {
        Response response = given().contentType(JSON).accept("text/html").body(body("{ __typename }")).when().post("/graphql");
        assertThat(response.statusCode(), is(406));
        Response wildcard = given().contentType(JSON).accept("text/html, */*;q=0.1").body(body("{ __typename }")).when().post("/graphql");
        assertThat(wildcard.statusCode(), is(200));
        assertThat(wildcard.contentType(), startsWith(JSON));
    }

    @Test
    void mediaTypeFollowsAcceptOnBothEngines() {
        for (String engine : List.of("planner", "reference")) {
            assertThat(post(GRAPHQL_RESPONSE, body(document("edge/country"), "code", "KZ"), engine).contentType(),
                    startsWith(GRAPHQL_RESPONSE));
            assertThat(post(JSON, body(document("edge/country"), "code", "KZ"), engine).contentType(), startsWith(JSON));
            Response any = given().contentType(JSON).header(ENGINE, engine).body(body(document("edge/country"), "code", "KZ"))
                    .when().post("/graphql");
            assertThat(any.contentType(), startsWith(JSON));
        }
        assertThat(post(GRAPHQL_RESPONSE, body(document("edge/introspection"))).contentType(), startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void applicationGraphqlBodyIsTheDocument() {
        for (String engine : List.of("planner", "reference")) {
            given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                            .encodeContentTypeAs("application/graphql", ContentType.TEXT)))
                    .contentType("application/graphql").header(ENGINE, engine).body(document("edge/kazakhstan"))
                    .when().post("/graphql")
                    .then().statusCode(200).body("data.country.name", equalTo("Kazakhstan"));
        }
    }

    // --- automatic persisted queries (Apollo's protocol) -------------------------------------------

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Object> persisted(String hash, String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("variables", variables);
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return body;
    }

    @Test
    void persistedQueryRoundTripOverPost() throws Exception {
        // A document of its own, so that no other test has persisted it already.
        String query = document("edge/country") + "# round trip over POST\n";
        String hash = sha256(query);
        Map<String, Object> variables = Map.of("code", "KZ");

        Response unknown = post(JSON, persisted(hash, null, variables));
        assertThat(unknown.statusCode(), is(200));
        JsonPath notFound = Errors.assertError(unknown.then(), "PERSISTED_QUERY_NOT_FOUND", null);
        assertThat(notFound.getString("errors[0].message"), equalTo("PersistedQueryNotFound"));
        assertThat(post(GRAPHQL_RESPONSE, persisted(hash, null, variables)).statusCode(), is(400));

        post(JSON, persisted(hash, query, variables)).then().statusCode(200)
                .body("errors", nullValue()).body("data.country.name", equalTo("Kazakhstan"));

        for (String engine : List.of("planner", "reference")) {
            post(JSON, persisted(hash, null, Map.of("code", "GE")), engine).then().statusCode(200)
                    .body("errors", nullValue()).body("data.country.name", equalTo("Georgia"));
        }
    }

    @Test
    void persistedQueryRoundTripOverGet() throws Exception {
        String query = document("edge/country") + "# round trip over GET\n";
        String hash = sha256(query);
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        given().accept(JSON).queryParam("extensions", extensions).queryParam("variables", "{\"code\":\"KZ\"}")
                .when().get("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().accept(JSON).queryParam("query", query).queryParam("extensions", extensions)
                .queryParam("variables", "{\"code\":\"KZ\"}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.country.name", equalTo("Kazakhstan"));
        for (String engine : List.of("planner", "reference")) {
            given().accept(JSON).header(ENGINE, engine).queryParam("extensions", extensions)
                    .queryParam("variables", "{\"code\":\"KZ\"}")
                    .when().get("/graphql")
                    .then().statusCode(200).body("errors", nullValue()).body("data.country.name", equalTo("Kazakhstan"));
        }
    }

    @Test
    void persistedQueryWhoseHashDoesNotMatchIsRefusedAndNotKept() throws Exception {
        String query = document("edge/country");
        String wrong = sha256("something else");
        JsonPath json = notExecutable("BAD_USER_INPUT", persisted(wrong, query, Map.of("code", "KZ")));
        assertThat(json.getString("errors[0].message"), containsString("does not match"));
        Errors.assertError(post(JSON, persisted(wrong, null, Map.of("code", "KZ"))).then(), "PERSISTED_QUERY_NOT_FOUND", null);
    }

    @Test
    void persistedQueryOfAnotherVersionIsRefused() {
        Map<String, Object> body = Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "ab")));
        Response response = post(JSON, body);
        assertThat(response.statusCode(), is(400));
        Errors.assertError(response.then(), "BAD_REQUEST", null);
    }

    // --- HTTP caching of GET -----------------------------------------------------------------------

    @Test
    void etagRoundTrip() {
        Response first = given().accept(JSON).queryParam("query", document("edge/country"))
                .queryParam("variables", "{\"code\":\"KZ\"}").when().get("/graphql");
        assertThat(first.statusCode(), is(200));
        String etag = first.header("ETag");
        assertThat(etag, matchesPattern("\"[A-Za-z0-9_-]{22}\""));
        assertThat(first.header("Cache-Control"), equalTo("no-cache"));
        assertThat(first.jsonPath().getString("data.country.name"), equalTo("Kazakhstan"));

        Response again = given().accept(JSON).header("If-None-Match", etag).queryParam("query", document("edge/country"))
                .queryParam("variables", "{\"code\":\"KZ\"}").when().get("/graphql");
        assertThat(again.statusCode(), is(304));
        assertThat(again.asString(), emptyString());
        assertThat(again.header("ETag"), equalTo(etag));

        Response other = given().accept(JSON).header("If-None-Match", etag).queryParam("query", document("edge/country"))
                .queryParam("variables", "{\"code\":\"GE\"}").when().get("/graphql");
        assertThat("another answer, another tag", other.statusCode(), is(200));
        assertThat(other.header("ETag"), not(equalTo(etag)));
    }

    @Test
    void postAndMutationsAreNeverCacheable() {
        Response query = post(JSON, body(document("edge/country"), "code", "KZ"));
        assertThat(query.header("ETag"), nullValue());
        assertThat(query.header("Cache-Control"), equalTo("no-store"));
        Response mutation = post(JSON, body(document("edge/delete-source")));
        assertThat(mutation.header("ETag"), nullValue());
        assertThat(mutation.header("Cache-Control"), equalTo("no-store"));
    }
}
