package io.newsgraph.common.error;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/**
 * Recognizes the database's signals that a write collided with a concurrent one: a stale version, or a
 * unique key that another transaction took meanwhile. Only those are a CONFLICT and worth a retry. A
 * broken check, foreign-key or not-null constraint is a write the validator should have refused: it is
 * not a conflict, stays an internal error (logged, "Internal server error" to the client, as it names no
 * field the client could correct) and is not retried.
 */
public final class Conflicts {

    /** SQLState of a unique-key violation: PostgreSQL's {@code unique_violation} and H2's {@code DUPLICATE_KEY_1}. */
    static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {
    }

    public static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConflictException || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            // PostgreSQL reports a failed batched insert as the next exception of a BatchUpdateException.
            for (SQLException e = t instanceof SQLException sql ? sql : null; e != null; e = e.getNextException()) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
