package io.newsgraph.planner;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether the client of a planned read is still there. When its connection closes, the statement that
 * is running is cancelled (the database stops at once where it can: PostgreSQL does, H2 finishes the
 * statement) and no other statement starts, so that the request gives its connection back to the pool
 * instead of fetching and writing an answer nobody reads.
 */
public final class Cancellation {

    /** Thrown where a planned read stops because its client went away; it carries no stack trace. */
    public static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the client went away", null, false, false);
        }
    }

    private volatile boolean cancelled;
    private volatile Statement running;
    private volatile int statements;

    /** Called from the event loop when the client's connection closes. */
    void cancel() {
        cancelled = true;
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement has finished or the connection is gone: nothing left to stop
            }
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** How many statements ran before the read finished or stopped. */
    int statements() {
        return statements;
    }

    /** Before a statement runs: refuses to start it once the client has gone. */
    void starting(Statement statement) {
        running = statement;
        if (cancelled) {
            running = null;
            throw new Abandoned();
        }
        statements++;
    }

    void finished() {
        running = null;
    }

    /** Where writing stops: the client has gone. */
    public void checkWriting() {
        if (cancelled) {
            throw new Abandoned();
        }
    }
}
