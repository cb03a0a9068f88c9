package io.newsgraph.actor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link ActorTest}, against the packaged application. */
@QuarkusIntegrationTest
public class ActorIT extends ActorTest {
}
