package io.newsgraph.timeline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link TimelineTest}, against the packaged application. */
@QuarkusIntegrationTest
public class TimelineIT extends TimelineTest {
}
