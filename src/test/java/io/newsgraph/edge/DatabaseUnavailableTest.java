package io.newsgraph.edge;

import static io.newsgraph.GraphQLClient.EDITOR_PASSWORD;
import static io.newsgraph.GraphQLClient.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.newsgraph.Errors;
import io.newsgraph.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database unreachable: reads and writes, on both engines, answer SERVICE_UNAVAILABLE, with 503
 * and Retry-After for application/graphql-response+json (200 and Retry-After for application/json);
 * no internal code (SmallRye's kebab-case of Hibernate's exception names) reaches the client; once the
 * database is back, the same request is served.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.Profile.class)
@QuarkusTestResource(value = ProxiedDatabase.class, restrictToAnnotatedClass = true)
public class DatabaseUnavailableTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            // The packaged application of the *IT runs with the profile given here (prod otherwise); the
            // PostgreSQL build needs its own profile too, or it would look for H2.
            return TestDatabase.postgres() ? "test,postgres" : "test";
        }

        /**
         * The datasource settings live here, with the proxy's URL from {@link ProxiedDatabase} under a key of
         * the tests: datasource settings returned by a test resource were passed on to the packaged
         * application of every later *IT, long after the proxy had gone.
         */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "${" + ProxiedDatabase.URL + "}",
                    "quarkus.datasource.jdbc.acquisition-timeout", "3S");
        }
    }

    static Response send(String accept, String engine, boolean editor, String query) {
        RequestSpecification request = given().contentType("application/json").accept(accept).header("X-Newsgraph-Engine", engine);
        if (editor) {
            request.auth().preemptive().basic("editor", EDITOR_PASSWORD);
        }
        return request.body(Map.of("query", query)).when().post("/graphql");
    }

    @Test
    void readsAndWritesAnswerServiceUnavailableUntilTheDatabaseIsBack() throws Exception {
        String read = document("edge/kazakhstan");
        String write = document("edge/delete-source");
        assertThat(send(HttpEdgeTest.JSON, "planner", false, read).jsonPath().getString("data.country.name"), equalTo("Kazakhstan"));

        ProxiedDatabase.proxy.cut();
        try {
            for (String engine : List.of("planner", "reference")) {
                for (boolean writing : List.of(false, true)) {
                    String query = writing ? write : read;
                    Response strict = send(HttpEdgeTest.GRAPHQL_RESPONSE, engine, writing, query);
                    String label = engine + (writing ? " write: " : " read: ") + strict.asString();
                    assertThat(label, strict.statusCode(), is(503));
                    assertThat(label, strict.header("Retry-After"), equalTo("5"));
                    assertThat(label, strict.jsonPath().getString("errors[0].extensions.code"), equalTo("SERVICE_UNAVAILABLE"));
                    assertThat(label, strict.jsonPath().getString("errors[0].message"), containsString("retry later"));
                    assertThat(label, strict.asString(), not(containsString("j-d-b-c")));
                    Errors.assertNoInternals(strict.asString());

                    Response legacy = send(HttpEdgeTest.JSON, engine, writing, query);
                    assertThat(legacy.asString(), legacy.statusCode(), is(200));
                    assertThat(legacy.header("Retry-After"), equalTo("5"));
                    assertThat(legacy.jsonPath().getList("errors.extensions.code").stream().distinct().toList(),
                            equalTo(List.of("SERVICE_UNAVAILABLE")));
                }
            }
        } finally {
            ProxiedDatabase.proxy.open();
        }

        Response back = null;
        for (int i = 0; i < 30; i++) {
            back = send(HttpEdgeTest.GRAPHQL_RESPONSE, "planner", false, read);
            if (back.statusCode() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(back.asString(), back.statusCode(), is(200));
        assertThat(back.jsonPath().getString("data.country.name"), equalTo("Kazakhstan"));
    }
}
