package io.newsgraph.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link AliasesTest}, against the packaged application. */
@QuarkusIntegrationTest
public class AliasesIT extends AliasesTest {
}
