package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.regex.Pattern;

/** Assertions on the GraphQL errors of the contract (docs/ARCHITECTURE.md, "The contract"). */
public final class Errors {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

    /** graphql-java's error classification (e.g. "DataFetchingException") is a category, not a Java class. */
    private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\"\\s*:\\s*\"[A-Za-z]+\"");
    /** A Java stack frame: "at io.newsgraph.X.y(X.java:12)", or a qualified class name. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(io|java|jakarta|javax|org|com|graphql)\\.[a-z][\\w]*\\.[\\w.$]*[A-Z]");

    private Errors() {
    }

    /**
     * The response holds exactly one error, with {@code extensions.code} and (unless null)
     * {@code extensions.field} as given, a message, and nothing internal.
     */
    public static JsonPath assertError(ValidatableResponse response, String code, String field) {
        String body = response.extract().asString();
        JsonPath json = JsonPath.from(body);
        assertThat(body, json.getList("errors"), hasSize(1));
        assertThat(body, json.getString("errors[0].extensions.code"), equalTo(code));
        assertThat(body, json.getString("errors[0].message"), not(emptyOrNullString()));
        if (field != null) {
            assertThat(body, json.getString("errors[0].extensions.field"), equalTo(field));
            assertThat(body, json.getString("errors[0].extensions.problems[0].field"), equalTo(field));
        }
        assertNoInternals(body);
        assertNoJavaNames(body);
        return json;
    }

    /** No Java exception class name, qualified class name or stack frame in a response body. */
    public static void assertNoInternals(String body) {
        String withoutClassifications = CLASSIFICATION.matcher(body).replaceAll("");
        assertThat(body, withoutClassifications, not(containsString("Exception")));
        assertThat(body, withoutClassifications, not(containsString("at io.")));
        assertThat(body, withoutClassifications, not(containsString("at java.")));
        assertThat(body, withoutClassifications, not(containsString("Caused by")));
        assertThat(body, STACK_FRAME.matcher(withoutClassifications).find(), equalTo(false));
    }

    /** No qualified Java class name (io.newsgraph.x.Y, java.lang.Z) in a response body. */
    public static void assertNoJavaNames(String body) {
        assertThat(body, QUALIFIED_CLASS.matcher(body).find(), equalTo(false));
    }
}
