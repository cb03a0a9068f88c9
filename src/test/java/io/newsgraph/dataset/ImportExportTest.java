package io.newsgraph.dataset;

import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.dataAsEditor;
import static io.newsgraph.GraphQLClient.runAsEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Datasets in through importDataset and out through /datasets/export, on a database of its own. */
@QuarkusTest
@TestProfile(ImportExportTest.OwnDatabase.class)
class ImportExportTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.own("import_export");
        }
    }

    @Test
    void importingTheSeedAgainLeavesIdenticalRowCounts() throws IOException {
        Map<String, Object> before = data("datasets/totals").getMap("data");

        JsonPath report = dataAsEditor("datasets/import", "dataset", json("datasets/seed.json"));

        assertThat(report.getList("data.importDataset.entities.created"), everyItem(equalTo(0)));
        assertThat(report.getList("data.importDataset.entities.updated"), everyItem(equalTo(0)));
        assertEquals(before, data("datasets/totals").getMap("data"));
    }

    @Test
    void aDatasetWithSeveralBadRecordsIsRefusedWholeListingEveryProblem() throws IOException {
        Map<String, Object> before = data("datasets/totals").getMap("data");

        JsonPath json = runAsEditor("datasets/import", "dataset", json("datasets/refused.json")).extract().jsonPath();

        assertThat(json.getString("errors[0].extensions.code"), equalTo("BAD_USER_INPUT"));
        assertThat(json.getList("errors[0].extensions.problems.field"), hasItems("organizations[0].country",
                "statements[0].excerpt", "statements[0].places[0]", "statistics[0].high", "statistics[0].periodEnd"));
        assertEquals(before, data("datasets/totals").getMap("data"));
    }

    @Test
    void twoConcurrentImportsOfTheSameDatasetLeaveNoDuplicates() throws Exception {
        int statementsBefore = data("datasets/totals").getInt("data.statements.totalCount");
        Map<String, Object> dataset = manyStatements(40);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonPath>> imports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                imports.add(pool.submit(() -> {
                    start.await();
                    return runAsEditor("datasets/import", "dataset", dataset).extract().jsonPath();
                }));
            }
            start.countDown();
            for (Future<JsonPath> result : imports) {
                JsonPath json = result.get();
                if (json.get("errors") != null) {
                    assertThat(json.getString("errors[0].extensions.code"), equalTo("CONFLICT"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(data("datasets/totals").getInt("data.statements.totalCount"), equalTo(statementsBefore + 40));
    }

    /**
     * Export everything, empty the database through the API, import the export, export again: the
     * two files are byte-identical (the export sorts every list by key).
     */
    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGiveIdenticalFiles() {
        String first = export();
        JsonPath dataset = new JsonPath(first);

        for (String source : dataset.getList("sources.key", String.class)) {
            dataAsEditor("datasets/delete-everything", "source", source);
        }
        for (String kind : List.of("organization", "official", "place", "event")) {
            for (String key : dataset.getList(kind + "s.key", String.class)) {
                dataAsEditor("datasets/delete-" + kind, "id", key);
            }
        }
        for (String code : dataset.getList("countries.code", String.class)) {
            dataAsEditor("datasets/clear-borders", "code", code);
        }
        assertThat(data("datasets/totals").getMap("data").values().stream()
                .map(total -> ((Map<?, ?>) total).get("totalCount")).toList(), everyItem(equalTo(0)));

        dataAsEditor("datasets/import", "dataset", dataset.getMap(""));

        assertEquals(first, export());
    }

    @Test
    void aSliceExportsItsFactsWithWhatTheyReferTo() {
        JsonPath slice = new JsonPath(given().queryParam("country", "KZ").when().get("/datasets/export")
                .then().statusCode(200).extract().asString());
        assertThat(slice.getList("statistics.country"), everyItem(equalTo("KZ")));
        assertThat(slice.getList("officials.key"), hasItems("kassym-jomart-tokayev"));
        assertThat(slice.getList("sources.key"), hasItems("georgia-kazakhstan-russian-arrivals-2022-09-27"));
        given().queryParam("source", "no-such-source").when().get("/datasets/export").then().statusCode(404);
        given().queryParam("from", "yesterday").when().get("/datasets/export").then().statusCode(400);
    }

    private static String export() {
        return given().when().get("/datasets/export").then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> json(String resource) throws IOException {
        try (InputStream in = ImportExportTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new JsonPath(in).getMap("");
        }
    }

    private static Map<String, Object> manyStatements(int count) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statements.add(Map.of("key", "concurrent-statement-" + i, "text", "Statement " + i, "kind", "PARAPHRASE",
                    "source", "concurrent-source", "excerpt", "Report", "countries", List.of("GE")));
        }
        return Map.of("sources", List.of(Map.of("key", "concurrent-source", "title", "Concurrent", "publishedOn", "2024-05-01",
                "language", "en", "text", "Report")), "statements", statements);
    }
}
