package io.newsgraph.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The snapshot check of {@link SchemaSnapshotTest}, against the packaged application. */
@QuarkusIntegrationTest
public class SchemaSnapshotIT extends SchemaSnapshotTest {
}
