package io.newsgraph.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link HealthTest}, against the packaged application. */
@QuarkusIntegrationTest
public class HealthIT extends HealthTest {
}
