package io.newsgraph.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link EventTest}, against the packaged application. */
@QuarkusIntegrationTest
public class EventIT extends EventTest {
}
