package io.newsgraph.common.error;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognizes the database's signals that a write collided with a concurrent one. */
public final class Conflicts {

    private Conflicts() {
    }

    public static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConflictException || t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
