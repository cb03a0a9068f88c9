package io.newsgraph.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link GraphiQLTest}, against the packaged application. */
@QuarkusIntegrationTest
public class GraphiQLIT extends GraphiQLTest {
}
