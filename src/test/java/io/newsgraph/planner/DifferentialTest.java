package io.newsgraph.planner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.newsgraph.TestDatabase;
import io.newsgraph.planner.Answers.Answer;
import io.newsgraph.planner.QueryGenerator.Generated;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One semantics, two engines: every read request gets the same answer from the read planner as from
 * the SmallRye resolvers, the reference. Each request is sent twice: as any client sends it (the
 * planner answers it, or hands it over to SmallRye), and with {@code X-Newsgraph-Engine: reference}
 * (always SmallRye). The answers must agree byte for byte (see {@link Answers}).
 *
 * <p>The requests: every query document of {@code src/test/resources} and {@code
 * src/main/resources/examples} (mutations skipped; required variables drawn from the data, and once
 * more with every variable), and {@value #DEFAULT_COUNT} documents from {@link QueryGenerator}, over
 * the seed and a synthetic dataset from {@code bench/GenerateDataset.java}, on a database of their
 * own. Some go as {@code GET}, the rest as {@code POST}. A log line at the end of each test says how
 * many requests the planner answered and how many it handed over.
 *
 * <p>{@code -Dnewsgraph-tests.differential.seed=N} (or {@code random}) and {@code
 * -Dnewsgraph-tests.differential.count=N} change the generated documents; a failure names the seed.
 */
@QuarkusTest
@TestProfile(DifferentialTest.SeedAndGeneratedDataset.class)
class DifferentialTest {

    static final String SEED_PROPERTY = "newsgraph-tests.differential.seed";
    static final String COUNT_PROPERTY = "newsgraph-tests.differential.count";
    static final long DEFAULT_SEED = 20220927;
    static final int DEFAULT_COUNT = 1000;
    static final String ENGINE_HEADER = "X-Newsgraph-Engine";
    /** Failures shown in full; the rest are counted. */
    private static final int SHOWN = 5;
    /** A GET request line must stay well under the HTTP server's 4096-byte limit. */
    private static final int GET_LIMIT = 1500;
    private static final List<Path> DOCUMENT_FOLDERS = List.of(Path.of("src", "test", "resources"),
            Path.of("src", "main", "resources", "examples"));
    private static final Logger LOG = Logger.getLogger(DifferentialTest.class);

    /** The seed and a generated dataset, on a database of their own. */
    public static class SeedAndGeneratedDataset implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(TestDatabase.own("differential"));
            config.put("newsgraph.datasets", "classpath:datasets/seed.json," + GeneratedDataset.file());
            // Hundreds of requests fail on purpose (unknown ids, bad pages): not one logged error each. (The
            // print-data-fetcher-exception switch is fixed at build time, so the packaged jar of the IT refuses it.)
            config.put("quarkus.log.category.\"io.smallrye.graphql\".level", "FATAL");
            return config;
        }
    }

    private GraphQLSchema schema;
    private DataPool pool;

    @BeforeEach
    void readSchemaAndData() throws IOException {
        schema = QueryGenerator.schema(given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream("datasets/seed.json")) {
            pool = DataPool.fromDatasets(List.of(seed, Files.newInputStream(GeneratedDataset.file())));
        }
    }

    @Test
    void everyQueryDocumentOfTheRepositoryGetsTheSameAnswerFromBothEngines() {
        Run run = new Run("documents of the repository");
        QueryGenerator generator = new QueryGenerator(schema, pool, 0);
        for (Path file : documentFiles()) {
            String text = read(file);
            Document document;
            try {
                document = Parser.parse(text);
            } catch (InvalidSyntaxException e) {
                run.check(file.toString(), text, Map.of(), null, false); // malformed on purpose: still one semantics
                continue;
            }
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            if (operations.isEmpty() || operations.stream().anyMatch(o -> o.getOperation() != OperationDefinition.Operation.QUERY)) {
                run.skipped++;
                continue;
            }
            Random random = new Random(file.toString().hashCode());
            for (OperationDefinition operation : operations) {
                String operationName = operations.size() > 1 ? operation.getName() : null;
                String label = file + (operationName == null ? "" : " (" + operationName + ")");
                Map<String, Object> required = generator.variablesFor(document, operation, false, random);
                run.check(label, text, required, operationName, random.nextInt(3) == 0);
                if (operation.getVariableDefinitions().size() > required.size()) {
                    run.check(label + ", every variable", text, generator.variablesFor(document, operation, true, random),
                            operationName, random.nextInt(3) == 0);
                }
            }
        }
        run.finish();
    }

    @Test
    void generatedQueriesGetTheSameAnswerFromBothEngines() {
        String seedProperty = System.getProperty(SEED_PROPERTY, Long.toString(DEFAULT_SEED));
        long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        int count = Integer.getInteger(COUNT_PROPERTY, DEFAULT_COUNT);
        Run run = new Run("generated documents, seed " + seed + " (-D" + SEED_PROPERTY + "=" + seed + ", -D"
                + COUNT_PROPERTY + "=" + count + ")");
        QueryGenerator generator = new QueryGenerator(schema, pool, seed);
        for (int i = 0; i < count; i++) {
            Generated request = generator.next();
            List<String> problems = QueryGenerator.problems(schema, request);
            if (!problems.isEmpty()) {
                fail("The generator made an invalid document (seed " + seed + ", #" + request.index() + "): " + problems
                        + "\n" + request.document() + "variables: " + Answers.json(request.variables()));
            }
            Answer reference = run.check("generated #" + request.index(), request.document(), request.variables(),
                    request.operationName(), i % 5 == 4);
            // Cursors come from the reference's answers only, so the documents of a seed never depend on the planner.
            var answer = Answers.parse(reference.body());
            generator.harvestCursors(request.document(), request.operationName(), answer == null ? null : answer.get("data"));
        }
        run.finish();
    }

    /** The requests of one test, what they gave and what disagreed. */
    private static final class Run {
        final String name;
        final long started = System.nanoTime();
        final List<String> failures = new ArrayList<>();
        int requests, planned, handedOver, skipped, failed;
        long slowestMillis;
        String slowest = "none";
        /** Codes of the reference's errors, to show which failures the requests exercised. */
        final Map<String, Integer> errorCodes = new java.util.TreeMap<>();
        int withErrors;

        Run(String name) {
            this.name = name;
        }

        /** Sends a request through both engines, records whether they agree, and returns the reference's answer. */
        Answer check(String label, String document, Map<String, Object> variables, String operationName, boolean preferGet) {
            boolean get = preferGet && document.length() + Answers.json(variables).length() < GET_LIMIT;
            long start = System.nanoTime();
            Answer planner = send(document, variables, operationName, get, false);
            // What the planner answered as a GET is held to the reference's answer to the same request as a
            // POST: SmallRye 2.17 reads GET requests wrongly (it strips the query's newlines, so that a
            // # comment swallows the rest, and takes the query's text for the operation name), and GraphQL
            // over HTTP gives a GET query the meaning of its POST. What the planner handed over went to
            // SmallRye's GET path itself, and is compared with it.
            boolean referenceGet = get && !"planner".equals(planner.engine());
            Answer reference = send(document, variables, operationName, referenceGet, true);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > slowestMillis) {
                slowestMillis = millis;
                slowest = label;
            }
            requests++;
            var referenceJson = Answers.parse(reference.body());
            if (referenceJson != null && referenceJson.has("errors")) {
                withErrors++;
                referenceJson.get("errors").forEach(e -> errorCodes.merge(e.path("extensions").path("code").asText("none"), 1,
                        Integer::sum));
            }
            if ("planner".equals(planner.engine())) {
                planned++;
            } else {
                handedOver++;
            }
            String difference = reference.engine() != null
                    ? "the request marked " + ENGINE_HEADER + ": reference was answered by engine " + reference.engine()
                    : Answers.difference(planner, reference);
            if (difference != null) {
                failed++;
                if (failures.size() < SHOWN) {
                    failures.add(label + " (" + (get ? "GET" : "POST") + ", answered by "
                            + (planner.engine() == null ? "SmallRye: handed over" : planner.engine()) + ")\n"
                            + pretty(document) + "variables: " + Answers.json(variables)
                            + (operationName == null ? "" : "\noperationName: " + operationName) + "\n" + difference);
                }
            }
            return reference;
        }

        void finish() {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("Differential test, %s: %d requests through both engines in %d ms; the planner answered %d,"
                    + " handed over %d; %d disagreed; %d documents"
                    + " skipped (mutations); %d answers with errors (codes: %s); slowest: %s, %d ms", name, requests, millis,
                    planned, handedOver, failed, skipped, withErrors, errorCodes, slowest, slowestMillis);
            if (failed > 0) {
                fail(failed + " of " + requests + " requests got different answers from the two engines (" + name + ")."
                        + " The first " + failures.size() + ":\n\n" + String.join("\n\n", failures));
            }
        }
    }

    private static Answer send(String document, Map<String, Object> variables, String operationName, boolean get,
            boolean reference) {
        RequestSpecification request = given().accept(ContentType.JSON);
        if (reference) {
            request.header(ENGINE_HEADER, "reference");
        }
        Response response;
        if (get) {
            request.queryParam("query", document);
            if (!variables.isEmpty()) {
                request.queryParam("variables", Answers.json(variables));
            }
            if (operationName != null) {
                request.queryParam("operationName", operationName);
            }
            response = request.get("/graphql");
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", document);
            body.put("variables", variables);
            if (operationName != null) {
                body.put("operationName", operationName);
            }
            response = request.contentType(ContentType.JSON).body(Answers.json(body)).post("/graphql");
        }
        String contentType = response.getContentType();
        return new Answer(response.getStatusCode(), contentType == null ? null : contentType.split(";")[0].trim(),
                response.getHeader(ENGINE_HEADER), new String(response.asByteArray(), StandardCharsets.UTF_8));
    }

    private static String pretty(String document) {
        try {
            return AstPrinter.printAst(Parser.parse(document));
        } catch (InvalidSyntaxException e) {
            return document + "\n";
        }
    }

    /** Every .graphql file of the document folders, in path order. */
    private static List<Path> documentFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : DOCUMENT_FOLDERS) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(f -> f.toString().endsWith(".graphql")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
