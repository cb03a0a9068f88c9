package io.newsgraph.proposal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ProposalIT extends ProposalTest {
}
