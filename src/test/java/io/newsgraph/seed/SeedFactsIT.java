package io.newsgraph.seed;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The seed facts, asked of the packaged application (the jar, or the native executable). */
@QuarkusIntegrationTest
public class SeedFactsIT extends SeedFactsTest {
}
