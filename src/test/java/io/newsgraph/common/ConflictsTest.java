package io.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.common.error.Conflicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * {@link Conflicts} against the errors the database really raises (H2, or PostgreSQL in the suite's
 * PostgreSQL pass): a taken unique key is a conflict, a broken check, foreign key or not-null
 * constraint is not, so it is neither reported as CONFLICT nor retried by {@code importDataset}.
 * It writes through the in-process session (each write fails and rolls back), so it has no IT twin.
 */
@QuarkusTest
class ConflictsTest {

    @Inject
    EntityManager entities;

    private boolean conflictRaisedBy(String sql) {
        RuntimeException error = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(sql).executeUpdate()));
        return Conflicts.isConflict(error);
    }

    @Test
    void aTakenUniqueKeyIsAConflict() {
        assertEquals(true, conflictRaisedBy("insert into country (id, code, alpha3, name) values (-1, 'KZ', 'QQA', 'Twin')"));
    }

    @Test
    void aBrokenCheckConstraintIsNot() {
        assertEquals(false, conflictRaisedBy("insert into country (id, code, alpha3, name) values (-2, 'qb', 'QQB', 'Lower')"));
    }

    @Test
    void aMissingReferenceIsNot() {
        assertEquals(false, conflictRaisedBy("insert into country_neighbor (country_id, neighbor_id) values (-3, -4)"));
    }

    @Test
    void aMissingRequiredValueIsNot() {
        assertEquals(false, conflictRaisedBy("insert into country (id, code, alpha3, name) values (-5, 'QC', 'QQC', null)"));
    }
}
