package io.newsgraph.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The landing page and the explorer's start, against the packaged application. */
@QuarkusIntegrationTest
class LandingPageIT extends LandingPageTest {
}
