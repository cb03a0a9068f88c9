package io.newsgraph.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link SourceTest}, against the packaged application. */
@QuarkusIntegrationTest
public class SourceIT extends SourceTest {
}
