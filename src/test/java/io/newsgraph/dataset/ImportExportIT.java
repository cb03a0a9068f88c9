package io.newsgraph.dataset;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ImportExportIT extends ImportExportTest {
}
