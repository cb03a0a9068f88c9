package io.newsgraph.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link DatabaseUnavailableTest}, against the packaged application. */
@QuarkusIntegrationTest
public class DatabaseUnavailableIT extends DatabaseUnavailableTest {
}
