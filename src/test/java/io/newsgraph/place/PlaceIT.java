package io.newsgraph.place;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link PlaceTest}, against the packaged application. */
@QuarkusIntegrationTest
public class PlaceIT extends PlaceTest {
}
