package io.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.common.error.ConflictException;
import io.newsgraph.common.error.Conflicts;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only a concurrent edit is a CONFLICT (and worth a retry): a unique key taken meanwhile or a stale
 * version. Every other constraint violation is a write the validator should have refused.
 * {@code ConflictsTest} checks the same against the database's real errors.
 */
class ConflictsUnitTest {

    private static Throwable violation(String sqlState) {
        SQLException cause = new SQLException("violated", sqlState);
        return new PersistenceException(new ConstraintViolationException("could not execute statement", cause, "constraint"));
    }

    @Test
    void aUniqueKeyViolationIsAConflict() {
        assertTrue(Conflicts.isConflict(violation("23505")));
    }

    @Test
    void aStaleVersionIsAConflict() {
        assertTrue(Conflicts.isConflict(new RuntimeException(new OptimisticLockException("stale"))));
        assertTrue(Conflicts.isConflict(new ConflictException("version", "changed")));
    }

    // PostgreSQL: 23503 foreign key, 23502 not null, 23514 check; H2 adds 23506 (missing parent) and 23513 (check).
    @ParameterizedTest
    @ValueSource(strings = {"23503", "23502", "23514", "23506", "23513", "23000"})
    void otherConstraintViolationsAreNot(String sqlState) {
        assertFalse(Conflicts.isConflict(violation(sqlState)));
    }

    @Test
    void aUniqueKeyViolationInsideABatchIsAConflict() {
        // PostgreSQL's driver reports a failed batch entry as the next exception of its BatchUpdateException.
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertTrue(Conflicts.isConflict(new PersistenceException(batch)));
        BatchUpdateException foreignKey = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        foreignKey.setNextException(new SQLException("violates foreign key constraint", "23503"));
        assertFalse(Conflicts.isConflict(new PersistenceException(foreignKey)));
    }

    @Test
    void otherErrorsAreNot() {
        assertFalse(Conflicts.isConflict(new IllegalStateException("boom")));
        assertFalse(Conflicts.isConflict(new PersistenceException(new SQLException("connection refused", "08001"))));
    }
}
