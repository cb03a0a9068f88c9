package io.newsgraph.country;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link CountryTest}, against the packaged application. */
@QuarkusIntegrationTest
public class CountryIT extends CountryTest {
}
