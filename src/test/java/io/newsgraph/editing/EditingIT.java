package io.newsgraph.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class EditingIT extends EditingTest {
}
