package io.newsgraph.common.error;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognizes a database that cannot be reached, whatever wraps the signal: Hibernate's
 * {@link JDBCConnectionException}, a connection-class SQLState (08…), H2's "connection is broken"
 * (90067), or the pool giving up waiting for a connection it cannot open.
 */
public final class Unavailable {

    /** Seconds a client is asked to wait before it retries (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String MESSAGE = "The database cannot be reached at the moment: retry later";

    private Unavailable() {
    }

    /**
     * Whether a failure is the database's absence: recognized by its signal, or, for a failure of JDBC
     * that says nothing clear (the pool failing to enlist a dead connection in a transaction, say), by
     * the database not answering a validity check now.
     */
    public static boolean isUnavailable(Throwable error, DataSource dataSource) {
        if (isUnavailable(error)) {
            return true;
        }
        boolean jdbc = false;
        for (Throwable t = error; t != null && !jdbc; t = t.getCause() == t ? null : t.getCause()) {
            jdbc = t instanceof SQLException || t instanceof JDBCException;
        }
        if (!jdbc) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return !connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("90067") || state.equals("57P01")
                        || state.equals("57P03"))) {
                    return true;
                }
                // Agroal, when no connection could be opened within its acquisition timeout
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
