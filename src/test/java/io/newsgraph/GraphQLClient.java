package io.newsgraph;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Posts GraphQL documents kept under {@code src/test/resources/graphql/} to the running
 * application, the way any client does: {@code POST /graphql} with a JSON body.
 */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** The text of {@code graphql/<name>.graphql}. */
    public static String document(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = GraphQLClient.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a document from the test resources; variables as alternating names and values. */
    public static ValidatableResponse run(String name, Object... variables) {
        return execute(document(name), variables);
    }

    /** The editor account's password in tests (set for @QuarkusTest in application.properties, for *IT in the pom). */
    public static final String EDITOR_PASSWORD = "test-editor-secret";

    /** Runs a document from the test resources, logged in as the editor (HTTP basic). */
    public static ValidatableResponse runAsEditor(String name, Object... variables) {
        return post(given().auth().preemptive().basic("editor", EDITOR_PASSWORD), document(name), variables);
    }

    /** Runs a document as the editor; it must succeed without errors. */
    public static JsonPath dataAsEditor(String name, Object... variables) {
        return noErrors(runAsEditor(name, variables).extract().jsonPath());
    }

    /** Runs a document given as text (for malformed or one-off documents). */
    public static ValidatableResponse execute(String document, Object... variables) {
        return post(given(), document, variables);
    }

    private static ValidatableResponse post(io.restassured.specification.RequestSpecification request, String document,
            Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return request.contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Runs a document that must succeed without errors, and returns its JSON. */
    public static JsonPath data(String name, Object... variables) {
        return noErrors(run(name, variables).extract().jsonPath());
    }

    /**
     * Runs a document on the reference resolvers (SmallRye's), past the read planner; it must succeed
     * without errors. For tests that hold both engines to the same promise.
     */
    public static JsonPath referenceData(String name, Object... variables) {
        return noErrors(post(given().header("X-Newsgraph-Engine", "reference"), document(name), variables)
                .extract().jsonPath());
    }

    private static JsonPath noErrors(JsonPath json) {
        Object errors = json.get("errors");
        if (errors != null) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return json;
    }
}
