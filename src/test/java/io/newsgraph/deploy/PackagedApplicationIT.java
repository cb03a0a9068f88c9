package io.newsgraph.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.TcpProxy;
import io.newsgraph.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application as the container images run it, without a container: the files the
 * Dockerfiles copy exist after {@code ./mvnw package}, {@code .dockerignore} admits exactly those, and
 * the image's start command (run here, its paths mapped to {@code target/}) migrates an empty database,
 * loads the seed, answers the dossier query, counts it in /q/metrics, stops gracefully, and on a restart
 * loads nothing twice. On the PostgreSQL pass, readiness follows the database through a TCP proxy that
 * the test cuts and restores.
 *
 * <p>Runs against whatever {@code target/quarkus-artifact.properties} says was built: the jar (the
 * JVM image's command), or the native executable under {@code -Dnative} (the native image's command).
 */
class PackagedApplicationIT {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path DOCKER = ROOT.resolve("src/main/docker");
    static final Path WORK = ROOT.resolve("target/packaged-it");
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    static final String SEED = "classpath:datasets/seed.json";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static Properties artifact = new Properties();

    @BeforeAll
    static void readArtifact() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Files.createDirectories(WORK);
    }

    static boolean nativeBuild() {
        return artifact.getProperty("type", "").startsWith("native");
    }

    static Dockerfile image() throws IOException {
        return Dockerfile.read(DOCKER.resolve(nativeBuild() ? "Dockerfile.native-micro" : "Dockerfile.jvm"));
    }

    // --------------------------------------------------------------------------------------------
    // Container files
    // --------------------------------------------------------------------------------------------

    @Test
    void whatTheImageCopiesExistsAfterPackage() throws IOException {
        Dockerfile image = image();
        assertThat(image.copies().isEmpty(), equalTo(false));
        for (String source : image.copies()) {
            assertTrue(!matching(source).isEmpty(), image.path().getFileName() + " copies " + source + ", which the build did not make");
        }
    }

    @Test
    void dockerignoreAdmitsExactlyWhatTheDockerfilesCopy() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(".dockerignore")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals("*", lines.get(0), "everything is excluded first");
        Set<String> admitted = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("!"), "after *, only exceptions: " + line);
            admitted.add(trimSlash(line.substring(1)));
        }
        Set<String> copied = new LinkedHashSet<>();
        for (String file : List.of("Dockerfile.jvm", "Dockerfile.native-micro")) {
            Dockerfile.read(DOCKER.resolve(file)).copies().forEach(c -> copied.add(trimSlash(c)));
        }
        assertEquals(copied, admitted);
    }

    @Test
    void imagesRunAsANonRootUser() throws IOException {
        for (String file : List.of("Dockerfile.jvm", "Dockerfile.native-micro")) {
            Dockerfile dockerfile = Dockerfile.read(DOCKER.resolve(file));
            String user = dockerfile.lastUser();
            assertTrue(user != null && !user.equals("root") && !user.equals("0"), file + " ends as USER " + user);
        }
    }

    // --------------------------------------------------------------------------------------------
    // The image's start command
    // --------------------------------------------------------------------------------------------

    @Test
    void startCommandMigratesAnEmptyDatabaseLoadsTheSeedOnceAndAnswers() throws Exception {
        Map<String, String> database = freshDatabase("packaged");

        Map<String, Integer> counts;
        try (App app = App.start("first-start", database)) {
            app.awaitReady();
            assertThat(app.log(), containsString("Successfully applied"));
            assertThat(app.log(), containsString("Dataset " + SEED + " loaded in"));
            if (TestDatabase.postgres()) {
                assertThat("trigram index of the text filter", indexes(TestDatabase.database("packaged")),
                        hasItem("statement_text_trgm_ix"));
            }

            JsonNode dossier = app.graphql(example("kazakhstan-dossier"));
            assertEquals("Kazakhstan", dossier.at("/data/country/name").asText(), dossier.toString());
            assertTrue(dossier.at("/data/country/officials/0/statements/totalCount").asInt() > 0, dossier.toString());

            String metrics = app.get("/q/metrics").body();
            assertThat(metrics, containsString("graphql_operations_seconds_count{operation=\"KazakhstanDossier\",outcome=\"success\",type=\"query\"} 1.0"));
            assertThat("per-field timers are off", metrics, not(containsString("mp_graphql_seconds_count")));
            assertThat(metrics, containsString("agroal_active_count{datasource=\"default\"}"));
            assertThat("SQL statements are counted", metrics,
                    matchesPattern("(?s).*\\nnewsgraph_sql_statements_total [1-9][0-9]*\\.0\\n.*"));
            assertThat(metrics, containsString("jvm_memory_used_bytes"));

            counts = counts(app);
            app.stopGracefully();
        }

        // Restarted on the same database, with JSON logs switched on by the environment.
        Map<String, String> jsonLogs = new LinkedHashMap<>(database);
        jsonLogs.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        try (App app = App.start("restart", jsonLogs)) {
            app.awaitReady();
            List<String> messages = app.jsonLogMessages();
            assertThat(messages, hasItem(containsString("No migration necessary")));
            assertThat(messages, hasItem(containsString("Dataset " + SEED + " already loaded")));
            assertEquals(counts, counts(app), "facts after a restart");
            app.stopGracefully();
        }
    }

    @Test
    void readinessGoesDownWhenTheDatabaseIsUnreachableAndComesBack() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "the embedded H2 database cannot go away");
        String database = TestDatabase.database("readiness");
        try (TcpProxy proxy = new TcpProxy(freePort(), TestDatabase.postgresHost(), TestDatabase.postgresPort())) {
            proxy.open();
            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                    TestDatabase.postgresUrl(database, "127.0.0.1", proxy.port()), "NEWSGRAPH_DATASETS", "");
            try (App app = App.start("readiness", env)) {
                app.awaitReady();

                proxy.cut();
                HttpResponse<String> down = app.awaitReadiness(503, Duration.ofSeconds(60));
                assertThat(down.body(), containsString("\"status\": \"DOWN\""));
                System.out.println("Database cut: /q/health/ready " + down.statusCode() + " " + down.body());
                assertEquals(200, app.get("/q/health/live").statusCode(), "liveness does not depend on the database");

                proxy.open();
                HttpResponse<String> up = app.awaitReadiness(200, Duration.ofSeconds(90));
                assertThat(up.body(), containsString("\"status\": \"UP\""));
                System.out.println("Database back: /q/health/ready " + up.statusCode() + " " + up.body());
                app.stopGracefully();
            }
        }
    }

    // --------------------------------------------------------------------------------------------

    /** Environment for an empty database of this name: a fresh PostgreSQL database, or a new H2 data directory. */
    static Map<String, String> freshDatabase(String name) throws IOException {
        if (TestDatabase.postgres()) {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl(name));
        }
        Path dir = WORK.resolve(name + "-data");
        deleteRecursively(dir);
        return Map.of("NEWSGRAPH_DATA_DIR", dir.toString());
    }

    static Map<String, Integer> counts(App app) throws Exception {
        JsonNode data = app.graphql("{ sources { totalCount } statements { totalCount } statistics { totalCount }"
                + " officials { totalCount } organizations { totalCount } events { totalCount } places { totalCount } }");
        Map<String, Integer> counts = new LinkedHashMap<>();
        data.path("data").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().path("totalCount").asInt()));
        assertThat(data.toString(), counts.get("statements") > 0);
        return counts;
    }

    static List<String> indexes(String database) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                TestDatabase.postgresUrl(database, TestDatabase.postgresHost(), TestDatabase.postgresPort()), "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("select indexname from pg_indexes where tablename = 'statement'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String example(String name) throws IOException {
        return Files.readString(ROOT.resolve("src/main/resources/examples/" + name + ".graphql"));
    }

    static List<Path> matching(String source) throws IOException {
        String glob = trimSlash(source);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path base = ROOT.resolve(glob.substring(0, glob.lastIndexOf('/')));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(base)) {
            return files.filter(p -> matcher.matches(ROOT.relativize(p))).toList();
        }
    }

    static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The instructions of a Dockerfile that the test runs by: COPY sources, ENV, ENTRYPOINT, USER. */
    record Dockerfile(Path path, List<String> copies, Map<String, String> env, List<String> entrypoint, String lastUser) {

        private static final Pattern ENV = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S*)");

        static Dockerfile read(Path path) throws IOException {
            List<String> copies = new ArrayList<>();
            Map<String, String> env = new LinkedHashMap<>();
            List<String> entrypoint = List.of();
            String user = null;
            for (String raw : Files.readAllLines(path)) {
                String line = raw.strip();
                if (line.startsWith("COPY ")) {
                    List<String> words = new ArrayList<>(Arrays.asList(line.substring(5).strip().split("\\s+")));
                    words.removeIf(w -> w.startsWith("--"));
                    copies.addAll(words.subList(0, words.size() - 1));
                } else if (line.startsWith("ENV ")) {
                    Matcher m = ENV.matcher(line.substring(4));
                    while (m.find()) {
                        String value = m.group(2);
                        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                            value = value.substring(1, value.length() - 1);
                        }
                        env.put(m.group(1), value);
                    }
                } else if (line.startsWith("ENTRYPOINT ")) {
                    List<String> words = new ArrayList<>();
                    JSON.readTree(line.substring(11)).forEach(w -> words.add(w.asText()));
                    entrypoint = words;
                } else if (line.startsWith("USER ")) {
                    user = line.substring(5).strip();
                }
            }
            return new Dockerfile(path, copies, env, entrypoint, user);
        }
    }

    /** The packaged application started the way its image starts it, on a free port, its output in a log file. */
    static final class App implements AutoCloseable {

        final Process process;
        final Path log;
        final int port;

        private App(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        static App start(String name, Map<String, String> env) throws IOException {
            Dockerfile image = image();
            List<String> command = new ArrayList<>();
            Map<String, String> environment = new LinkedHashMap<>(image.env());
            if (nativeBuild()) {
                // ENTRYPOINT ["./application", ...] in the image's work directory
                command.addAll(image.entrypoint());
                command.set(0, ROOT.resolve("target").resolve(artifact.getProperty("path")).toString());
            } else {
                // run-java.sh runs: java $JAVA_OPTS_APPEND -jar $JAVA_APP_JAR; /deployments is target/quarkus-app
                assertThat(image.entrypoint().get(0), containsString("run-java.sh"));
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(Arrays.asList(environment.getOrDefault("JAVA_OPTS_APPEND", "").split("\\s+")));
                command.add("-jar");
                command.add(environment.get("JAVA_APP_JAR").replace("/deployments/", ROOT.resolve("target/quarkus-app") + "/"));
            }
            command.removeIf(String::isBlank);
            int port = freePort();
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            environment.put("NEWSGRAPH_DATA_DIR", WORK.resolve(name + "-data").toString());
            environment.putAll(env);
            Path log = WORK.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // Only what the image sets, plus the test's own settings: nothing from the build's environment.
            builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("NEWSGRAPH_"));
            builder.environment().putAll(environment);
            return new App(builder.start(), log, port);
        }

        void awaitReady() throws Exception {
            awaitReadiness(200, START_TIMEOUT);
        }

        HttpResponse<String> awaitReadiness(int status, Duration timeout) throws Exception {
            Instant deadline = Instant.now().plus(timeout);
            HttpResponse<String> last = null;
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    fail("The application stopped (exit " + process.exitValue() + "):\n" + tail());
                }
                try {
                    last = get("/q/health/ready");
                    if (last.statusCode() == status) {
                        return last;
                    }
                } catch (IOException notListeningYet) {
                    // starting
                }
                Thread.sleep(500);
            }
            fail("/q/health/ready did not answer " + status + " within " + timeout + "; last: "
                    + (last == null ? "no answer" : last.statusCode() + " " + last.body()) + "\n" + tail());
            return last;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        JsonNode graphql(String query) throws Exception {
            String body = JSON.writeValueAsString(Map.of("query", query));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/graphql")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode json = JSON.readTree(response.body());
            assertTrue(json.path("errors").isMissingNode(), response.body());
            return json;
        }

        /** SIGTERM, as a container runtime stops it: Quarkus drains and exits well within the grace period. */
        void stopGracefully() throws Exception {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s\n" + tail());
            assertThat(log(), containsString("stopped in"));
        }

        String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        List<String> jsonLogMessages() throws IOException {
            List<String> messages = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("{")) {
                    messages.add(JSON.readTree(line).path("message").asText());
                }
            }
            assertTrue(!messages.isEmpty(), "JSON log lines\n" + tail());
            return messages;
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
