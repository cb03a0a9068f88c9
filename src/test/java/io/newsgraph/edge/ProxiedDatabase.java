package io.newsgraph.edge;

import io.newsgraph.TcpProxy;
import io.newsgraph.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * A database that a test can make unreachable: the application reaches it through a {@link TcpProxy}.
 * On the H2 pass, an in-memory H2 database served over TCP (H2's own server, in the test's JVM); on
 * the PostgreSQL pass, a database of its own on the run's server.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

    /** The key under which the proxy's JDBC URL is given to the application (see DatabaseUnavailableTest.Profile). */
    static final String URL = "newsgraph-tests.proxied-database-url";

    /** The proxy of the running test (one test class uses it at a time). */
    static volatile TcpProxy proxy;
    private Server h2;

    @Override
    public Map<String, String> start() {
        try {
            String url;
            if (TestDatabase.postgres()) {
                proxy = new TcpProxy(freePort(), TestDatabase.postgresHost(), TestDatabase.postgresPort());
                url = TestDatabase.postgresUrl(TestDatabase.database("unavailable"), "127.0.0.1", proxy.port());
            } else {
                h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
                proxy = new TcpProxy(freePort(), "127.0.0.1", h2.getPort());
                url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:unavailable;DB_CLOSE_DELAY=-1";
            }
            proxy.open();
            // No seed (the test needs a few rows, not all of them), and a pool that gives up waiting soon.
            return Map.of(URL, url, "newsgraph.datasets", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
