package io.newsgraph.statement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link StatementTest}, against the packaged application. */
@QuarkusIntegrationTest
public class StatementIT extends StatementTest {
}
