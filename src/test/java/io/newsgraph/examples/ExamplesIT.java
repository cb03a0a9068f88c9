package io.newsgraph.examples;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ExamplesIT extends ExamplesTest {
}
