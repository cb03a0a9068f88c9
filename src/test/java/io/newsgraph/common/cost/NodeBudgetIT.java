package io.newsgraph.common.cost;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link NodeBudgetTest}, against the packaged application. */
@QuarkusIntegrationTest
public class NodeBudgetIT extends NodeBudgetTest {
}
