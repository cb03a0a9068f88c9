package io.newsgraph;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where tests keep their facts, on either database of the suite's two passes (see {@code .ci/run}):
 * the default H2 build, and the PostgreSQL build ({@code -Dquarkus.profile=postgres}), where the
 * system property {@value #POSTGRES_URL} names the run's database, created fresh for the run.
 *
 * <p>A test that needs a database of its own (because it writes, or must not see other tests'
 * facts) asks for one by name: on H2 an in-memory database of that name, on PostgreSQL a fresh
 * database beside the run's, {@code <run database>_<name>}, dropped and created the first time the
 * name is asked for in a test JVM.
 */
public final class TestDatabase {

    /** System property set by the Maven profile {@code postgres}: the JDBC URL of the run's database. */
    public static final String POSTGRES_URL = "newsgraph-tests.postgres-url";

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?");
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private TestDatabase() {
    }

    /** Whether this pass runs on PostgreSQL. */
    public static boolean postgres() {
        String url = System.getProperty(POSTGRES_URL);
        return url != null && !url.isBlank();
    }

    /** Configuration overrides (for a {@code QuarkusTestProfile}) that give a test a database of its own. */
    public static Map<String, String> own(String name) {
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(name));
    }

    /** The JDBC URL of the database of that name, created fresh on PostgreSQL on first use. */
    public static String jdbcUrl(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Database names are lowercase letters, digits and _: " + name);
        }
        if (!postgres()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        return postgresUrl(database(name), postgresHost(), postgresPort());
    }

    /** PostgreSQL only: the name of the database of that name, created fresh on first use. */
    public static String database(String name) {
        String database = server().group(3) + "_" + name;
        if (CREATED.add(database)) {
            recreate(database);
        }
        return database;
    }

    /** The URL of a PostgreSQL database of this run's server, reached through {@code host:port} (e.g. a proxy). */
    public static String postgresUrl(String database, String host, int port) {
        String params = server().group(4);
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (params == null ? "" : params);
    }

    /** Host and port of this run's PostgreSQL server. */
    public static String postgresHost() {
        return server().group(1);
    }

    public static int postgresPort() {
        return port(server());
    }

    private static int port(Matcher url) {
        return url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
    }

    private static Matcher server() {
        String url = System.getProperty(POSTGRES_URL);
        Matcher m = URL.matcher(url == null ? "" : url);
        if (!m.matches()) {
            throw new IllegalStateException(POSTGRES_URL + " is not a PostgreSQL JDBC URL: " + url);
        }
        return m;
    }

    private static void recreate(String database) {
        try (Connection c = DriverManager.getConnection(System.getProperty(POSTGRES_URL),
                System.getProperty("newsgraph-tests.postgres-user", "postgres"),
                System.getProperty("newsgraph-tests.postgres-password", ""));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
    }
}
