package io.newsgraph.common.cost;

import static io.newsgraph.GraphQLClient.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Errors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The node budget through HTTP, on both engines: the read planner (the default) and the reference
 * resolvers ({@code X-Newsgraph-Engine: reference}). The budget is the default, 100,000 nodes.
 */
@QuarkusTest
public class NodeBudgetTest {

    static final long BUDGET = 100_000;

    private static Response post(String engine, boolean cost, String name, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", document("cost/" + name), "variables", vars));
        if (engine.equals("reference")) {
            request.header("X-Newsgraph-Engine", "reference");
        }
        if (cost) {
            request.header(NodeBudget.HEADER, "true");
        }
        Response response = request.when().post("/graphql");
        assertThat(response.asString(), response.statusCode(), equalTo(200));
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner", "reference"})
    void aRequestAtTheBudgetIsAnswered(String engine) {
        Response response = post(engine, true, "at-budget");
        JsonPath json = response.jsonPath();
        assertThat(response.asString(), json.get("errors"), nullValue());
        assertThat(json.getList("data.countries.nodes"), hasSize(100));
        assertThat(json.getLong("extensions.cost.requestedNodes"), equalTo(BUDGET));
        assertThat(json.getLong("extensions.cost.budget"), equalTo(BUDGET));
        assertThat(response.header("X-Newsgraph-Engine"), engine.equals("planner") ? equalTo("planner") : nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner", "reference"})
    void oneNodeOverTheBudgetIsRefusedBeforeAnythingIsFetched(String engine) {
        Response response = post(engine, false, "over-budget");
        JsonPath json = Errors.assertError(response.then(), Errors.QUERY_TOO_COMPLEX, null);
        assertThat(json.getString("errors[0].message"), containsString("100001 nodes"));
        assertThat(json.getString("errors[0].message"), containsString("budget of 100000"));
        assertThat(json.getLong("errors[0].extensions.cost.requestedNodes"), equalTo(BUDGET + 1));
        assertThat(json.getLong("errors[0].extensions.cost.budget"), equalTo(BUDGET));
        assertThat(json.getMap("$"), not(hasKey("data")));
        // the planner hands it to the reference, which refuses it: the same answer from both
        assertThat(response.header("X-Newsgraph-Engine"), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner", "reference"})
    void everyStatementOfEveryOfficialOfAHundredCountriesIsRefused(String engine) {
        JsonPath json = Errors.assertError(post(engine, false, "officials-statements").then(), Errors.QUERY_TOO_COMPLEX, null);
        assertThat(json.getLong("errors[0].extensions.cost.requestedNodes"), equalTo(1_010_100L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner", "reference"})
    void theCountIsReportedWhenAskedFor(String engine) {
        JsonPath json = post(engine, true, "dossier").jsonPath();
        assertThat(json.get("errors"), nullValue());
        assertThat(json.getString("data.country.name"), equalTo("Kazakhstan"));
        assertThat(json.getMap("extensions.cost"), equalTo(Map.of("requestedNodes", 1134, "budget", 100000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner", "reference"})
    void theCountFollowsVariables(String engine) {
        assertThat(post(engine, true, "page-size-variable", "first", 30).jsonPath().getLong("extensions.cost.requestedNodes"),
                equalTo(30L + 30 * 10));
        assertThat(post(engine, true, "page-size-variable").jsonPath().getLong("extensions.cost.requestedNodes"),
                equalTo(20L + 20 * 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner", "reference"})
    void withoutTheHeaderTheResponseHasNoExtensions(String engine) {
        assertThat(post(engine, false, "dossier").jsonPath().getMap("$"), not(hasKey("extensions")));
    }

    @org.junit.jupiter.api.Test
    void bothEnginesReportTheCountInTheSameBytes() {
        Response planned = post("planner", true, "dossier");
        Response reference = post("reference", true, "dossier");
        assertThat(planned.header("X-Newsgraph-Engine"), equalTo("planner"));
        assertThat(planned.asString(), equalTo(reference.asString()));
        assertThat(planned.asString(), containsString(",\"extensions\":{\"cost\":{\"requestedNodes\":1134,\"budget\":100000}}}"));
    }
}
