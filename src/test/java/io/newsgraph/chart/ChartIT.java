package io.newsgraph.chart;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link ChartTest}, against the packaged application. */
@QuarkusIntegrationTest
public class ChartIT extends ChartTest {
}
