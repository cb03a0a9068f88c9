package io.newsgraph.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The checks of {@link DatabaseUnavailableTest}, against the packaged application. */
@QuarkusIntegrationTest
@TestProfile(DatabaseUnavailableTest.Profile.class)
@QuarkusTestResource(value = ProxiedDatabase.class, restrictToAnnotatedClass = true)
public class DatabaseUnavailableIT extends DatabaseUnavailableTest {
}
