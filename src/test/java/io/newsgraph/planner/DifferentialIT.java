package io.newsgraph.planner;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class DifferentialIT extends DifferentialTest {
}
