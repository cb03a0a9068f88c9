package io.newsgraph.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsgraph.GraphQLClient;
import io.newsgraph.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away in the middle of a planned read: the read stops (no statement starts after
 * the client has gone), its connection goes back to the pool, and the log has one INFO line and no stack
 * trace. The request is made slow on purpose by holding the database from a connection of the test
 * (H2's exclusive mode, a PostgreSQL table lock). It needs the application's own pool and log, in-process,
 * so it has no IT twin.
 */
@QuarkusTest
class AbandonedRequestTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/graphql")
    URL graphql;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aReadWhoseClientWentAwayStopsAndGivesItsConnectionBack() throws Exception {
        GraphQLClient.data("bench/dossier"); // plans and caches the document
        long idle = dataSource.getMetrics().activeCount();
        double before = statements();

        try (Connection blocker = dataSource.getConnection()) {
            hold(blocker);
            try (Socket client = new Socket(graphql.getHost(), graphql.getPort())) {
                byte[] body = ("{\"query\":" + quoted(GraphQLClient.document("bench/dossier")) + "}")
                        .getBytes(StandardCharsets.UTF_8);
                OutputStream out = client.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                awaitActive(idle + 2, "the read waiting for the database"); // the blocker's and the read's
            } // the client goes away while its read waits
            Thread.sleep(300); // the close reaches the server
            release(blocker);
        }

        awaitActive(idle, "the connections back in the pool");
        awaitLogLine();
        List<LogRecord> lines = records.stream()
                .filter(r -> r.getLoggerName().equals(PlannedReads.class.getName())).toList();
        assertEquals(1, lines.size(), () -> "one line from the planner, not " + lines.stream().map(LogRecord::getMessage).toList());
        assertEquals(Level.INFO.intValue(), lines.get(0).getLevel().intValue(), "an INFO line");
        assertTrue(records.stream().noneMatch(r -> r.getThrown() != null || r.getLevel().intValue() >= Level.SEVERE.intValue()),
                () -> "no stack trace and no error: " + records.stream().map(LogRecord::getMessage).toList());
        // The dossier takes four statements; the first was waiting when the client left, and no other started.
        assertEquals(1.0, statements() - before, "statements run for the abandoned read");
    }

    /** Holds the database so that the next read waits for it. */
    private static void hold(Connection blocker) throws Exception {
        try (Statement statement = blocker.createStatement()) {
            if (TestDatabase.postgres()) {
                blocker.setAutoCommit(false);
                statement.execute("lock table country in access exclusive mode");
            } else {
                statement.execute("set exclusive 1"); // other sessions' statements wait until it is lifted
            }
        }
    }

    private static void release(Connection blocker) throws Exception {
        if (TestDatabase.postgres()) {
            blocker.rollback();
            blocker.setAutoCommit(true);
        } else {
            try (Statement statement = blocker.createStatement()) {
                statement.execute("set exclusive 0");
            }
        }
    }

    private void awaitActive(long expected, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (dataSource.getMetrics().activeCount() != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": expected " + expected + " active connections, found "
                        + dataSource.getMetrics().activeCount());
            }
            Thread.sleep(20);
        }
    }

    private void awaitLogLine() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (records.stream().noneMatch(r -> r.getLoggerName().equals(PlannedReads.class.getName()))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private double statements() {
        return registry.get("newsgraph.sql.statements").counter().count();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
