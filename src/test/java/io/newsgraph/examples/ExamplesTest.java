package io.newsgraph.examples;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example queries shipped with newsgraph (and shown in the README) run and find the seed's facts. */
@QuarkusTest
class ExamplesTest {

    /** Every file of the examples folder, so that a new example is tested without being named here. */
    static List<String> examples() {
        List<String> names = ShippedExamples.names();
        assertThat("example files", names.size(), greaterThan(3));
        return names;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRunsAndReturnsFacts(String name) throws IOException {
        String document = example(name);
        JsonPath json = GraphQLClient.execute(document).extract().jsonPath();

        assertThat(name + " errors", json.get("errors"), nullValue());
        Map<String, Object> data = json.getMap("data");
        assertThat(data.values(), everyItem(notNullValue()));
        assertThat("facts returned by " + name, json.prettify().length(), greaterThan(500));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readmeShowsTheExampleAsShipped(String name) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme, containsString(example(name).strip()));
    }

    /** The example as the application has it on its classpath. */
    private static String example(String name) throws IOException {
        try (InputStream in = ExamplesTest.class.getClassLoader().getResourceAsStream("examples/" + name + ".graphql")) {
            assertThat("examples/" + name + ".graphql on the classpath", in, notNullValue());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
