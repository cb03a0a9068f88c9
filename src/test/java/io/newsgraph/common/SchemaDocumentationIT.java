package io.newsgraph.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The checks of {@link SchemaDocumentationTest}, against the packaged application. */
@QuarkusIntegrationTest
public class SchemaDocumentationIT extends SchemaDocumentationTest {
}
