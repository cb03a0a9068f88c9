package io.newsgraph.statistic;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link StatisticTest}, against the packaged application. */
@QuarkusIntegrationTest
public class StatisticIT extends StatisticTest {
}
