package io.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.common.paging.Attributes;
import org.junit.jupiter.api.Test;

/** The order of a batch's children: attributes of the child, written for the batch query's own alias. */
class BatchUnitTest {

    @Test
    void theChildrenAreOrderedByEachAttributeInTurn() {
        assertEquals("c.name, c.code", Batch.<Object>orderBy("c", Attributes.named("name"), Attributes.named("code")));
    }

    @Test
    void anOrderNeedsAnAttribute() {
        assertThrows(IllegalArgumentException.class, () -> Batch.<Object>orderBy("c"));
    }
}
