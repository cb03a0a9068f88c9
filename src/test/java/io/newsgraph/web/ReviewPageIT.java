package io.newsgraph.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ReviewPageIT extends ReviewPageTest {
}
