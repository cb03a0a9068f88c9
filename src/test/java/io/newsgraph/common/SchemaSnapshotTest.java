package io.newsgraph.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public schema is the contract: a Java rename, a moved annotation or a new dependency can change it
 * without any other test noticing. The schema served at {@code /graphql/schema.graphql} must equal the
 * reviewed snapshot {@code src/test/resources/schema/newsgraph.graphql} line for line. A deliberate change
 * is reviewed as a diff of that file: run this test with {@code -Dnewsgraph-tests.update-schema=true},
 * which rewrites the snapshot, and commit it with the change.
 */
@QuarkusTest
public class SchemaSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/schema/newsgraph.graphql");

    @Test
    void publicSchemaMatchesTheReviewedSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("newsgraph-tests.update-schema")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(SNAPSHOT), "no snapshot at " + SNAPSHOT.toAbsolutePath()
                + ": create it with -Dnewsgraph-tests.update-schema=true and review it");
        List<String> expected = Files.readString(SNAPSHOT, StandardCharsets.UTF_8).lines().toList();
        List<String> actual = served.lines().toList();
        String diff = LineDiff.unified(expected, actual, 3);
        if (!diff.isEmpty()) {
            fail("The public schema differs from the reviewed snapshot " + SNAPSHOT + " (- snapshot, + served)."
                    + " If the change is intended, rerun with -Dnewsgraph-tests.update-schema=true and commit the"
                    + " snapshot with it.\n" + diff);
        }
    }
}
