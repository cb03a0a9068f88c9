package io.newsgraph.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link ErrorsTest}, against the packaged application. */
@QuarkusIntegrationTest
public class ErrorsIT extends ErrorsTest {
}
