package io.newsgraph.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link HttpEdgeTest}, against the packaged application. */
@QuarkusIntegrationTest
public class HttpEdgeIT extends HttpEdgeTest {
}
