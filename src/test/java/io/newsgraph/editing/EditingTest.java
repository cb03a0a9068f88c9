package io.newsgraph.editing;

import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.dataAsEditor;
import static io.newsgraph.GraphQLClient.run;
import static io.newsgraph.GraphQLClient.runAsEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.TestDatabase;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Editors' writes through the public API: every mutation kind, read back; validation with paths;
 * authentication; optimistic locking; guarded deletes. Runs on its own database, since it writes.
 */
@QuarkusTest
@TestProfile(EditingTest.OwnDatabase.class)
class EditingTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.own("editing");
        }
    }

    static final String TEXT = "The minister said 500 people arrived on Friday. \"We are ready\", she added.";

    static Map<String, Object> source(String key) {
        return map("key", key, "title", "Border report " + key, "publishedOn", "2024-03-01", "language", "en", "text", TEXT);
    }

    static Map<String, Object> statement(String key, String source) {
        return map("key", key, "text", "We are ready", "kind", "DIRECT_QUOTE", "speaker", "georgia-interior-ministry",
                "saidOn", "2024-03-01", "source", source, "excerpt", "\"We are ready\", she added.", "countries", List.of("GE"));
    }

    static Map<String, Object> statistic(String key, String source, String statement) {
        return map("key", key, "metric", "arrivals", "description", "People arriving on Friday", "value", 500,
                "approximation", "EXACT", "unit", "people", "rate", "PER_DAY", "periodStart", "2024-03-01",
                "periodEnd", "2024-03-01", "country", "GE", "originCountry", "RU", "source", source, "statement", statement,
                "excerpt", "500 people arrived on Friday");
    }

    @Test
    void createdFactsCanBeReadBackWithTheirAudit() {
        JsonPath created = dataAsEditor("editing/create-facts", "source", source("report-a"),
                "statement", statement("ready-a", "report-a"), "statistic", statistic("arrivals-a", "report-a", "ready-a"));
        assertThat(created.getString("data.createSource.createdBy"), equalTo("editor"));
        assertThat(created.getInt("data.createStatement.version"), equalTo(0));
        assertThat(created.getString("data.createStatistic.statement.id"), equalTo("ready-a"));

        JsonPath read = data("editing/read-statement", "id", "ready-a");
        assertThat(read.getString("data.statement.text"), equalTo("We are ready"));
        assertThat(read.getString("data.statement.speaker.id"), equalTo("georgia-interior-ministry"));
        assertThat(read.getString("data.statement.source.title"), equalTo("Border report report-a"));
        assertThat(read.getList("data.statement.countries.code"), containsInAnyOrder("GE"));
        assertThat(read.getString("data.statement.createdBy"), equalTo("editor"));
    }

    @Test
    void createWithoutKeyGeneratesOneFromTheName() {
        JsonPath json = dataAsEditor("editing/create-place", "input", map("name", "Kazbegi Crossing", "kind", "CHECKPOINT", "country", "GE"));
        assertThat(json.getString("data.createPlace.id"), equalTo("kazbegi-crossing"));
        JsonPath second = dataAsEditor("editing/create-place", "input", map("name", "Kazbegi Crossing", "kind", "CHECKPOINT", "country", "GE"));
        assertThat(second.getString("data.createPlace.id"), equalTo("kazbegi-crossing-2"));
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndRaisesTheVersion() {
        dataAsEditor("editing/create-facts", "source", source("report-b"), "statement", statement("ready-b", "report-b"),
                "statistic", statistic("arrivals-b", "report-b", "ready-b"));

        JsonPath updated = dataAsEditor("editing/update-statement", "id", "ready-b", "version", 0,
                "input", map("saidOn", "2024-02-29", "unset", List.of()));
        assertThat(updated.getInt("data.updateStatement.version"), equalTo(1));
        assertThat(updated.getString("data.updateStatement.saidOn"), equalTo("2024-02-29"));
        assertThat(updated.getString("data.updateStatement.text"), equalTo("We are ready"));
        assertThat(updated.getString("data.updateStatement.updatedBy"), equalTo("editor"));

        JsonPath statistic = dataAsEditor("editing/update-statistic", "id", "arrivals-b", "input",
                map("approximation", "AT_LEAST", "low", 450, "unset", List.of("value")));
        assertThat(statistic.getString("data.updateStatistic.approximation"), equalTo("AT_LEAST"));
        assertThat(statistic.get("data.updateStatistic.value"), nullValue());
        assertThat(data("editing/read-statistic", "id", "arrivals-b").getFloat("data.statistic.low"), equalTo(450f));
    }

    @Test
    void aStaleVersionIsAConflict() {
        dataAsEditor("editing/create-facts", "source", source("report-c"), "statement", statement("ready-c", "report-c"),
                "statistic", statistic("arrivals-c", "report-c", "ready-c"));
        dataAsEditor("editing/update-statistic", "id", "arrivals-c", "version", 0, "input", map("value", 510));

        runAsEditor("editing/update-statistic", "id", "arrivals-c", "version", 0, "input", map("value", 520))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("version 1, not 0"));
        assertThat(data("editing/read-statistic", "id", "arrivals-c").getFloat("data.statistic.value"), equalTo(510f));
    }

    @Test
    void ofTwoConcurrentUpdatesOfOneStatisticOneSucceedsAndTheOtherConflicts() throws Exception {
        dataAsEditor("editing/create-facts", "source", source("report-d"), "statement", statement("ready-d", "report-d"),
                "statistic", statistic("arrivals-d", "report-d", "ready-d"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonPath>> results = new ArrayList<>();
            for (int value : new int[] {600, 700}) {
                Callable<JsonPath> update = () -> {
                    start.await();
                    return runAsEditor("editing/update-statistic", "id", "arrivals-d", "version", 0,
                            "input", map("value", value)).extract().jsonPath();
                };
                results.add(pool.submit(update));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<JsonPath> result : results) {
                JsonPath json = result.get();
                outcomes.add(json.get("errors") == null ? "OK" : json.getString("errors[0].extensions.code"));
            }
            assertThat(outcomes, containsInAnyOrder("OK", "CONFLICT"));
            assertThat(data("editing/read-statistic", "id", "arrivals-d").getInt("data.statistic.version"), equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyValidationProblemIsReportedWithItsPathAndNothingIsWritten() {
        dataAsEditor("editing/create-facts", "source", source("report-e"), "statement", statement("ready-e", "report-e"),
                "statistic", statistic("arrivals-e", "report-e", "ready-e"));
        Map<String, Object> bad = statistic("Bad Key", "report-e", null);
        bad.putAll(map("approximation", "RANGE", "value", null, "low", 6000, "high", 5000, "metric", "Arrivals!",
                "periodStart", "2024-03-05", "periodEnd", "2024-03-01", "excerpt", "not in the text", "country", "QQ"));

        Map<String, Object> before = data("editing/totals").getMap("data");
        JsonPath json = runAsEditor("editing/create-statistic", "input", bad).extract().jsonPath();
        assertThat(json.getString("errors[0].extensions.code"), equalTo("BAD_USER_INPUT"));
        assertThat(json.getList("errors[0].extensions.problems.field"), containsInAnyOrder("input.key", "input.metric",
                "input.high", "input.periodEnd", "input.excerpt", "input.country"));
        assertThat(data("editing/totals").getMap("data"), equalTo(before));
    }

    @Test
    void anUnknownReferenceIsNotFoundNamingTheReference() {
        dataAsEditor("editing/create-facts", "source", source("report-f"), "statement", statement("ready-f", "report-f"),
                "statistic", statistic("arrivals-f", "report-f", "ready-f"));
        Map<String, Object> input = statement("unknown-speaker", "report-f");
        input.put("speaker", "nobody");
        runAsEditor("editing/create-statement", "input", input)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.speaker"))
                .body("data", nullValue());
    }

    @Test
    void datesMustNotBeAbsurd() {
        Map<String, Object> input = source("report-g");
        input.put("publishedOn", "1700-01-01");
        runAsEditor("editing/create-facts", "source", input, "statement", statement("ready-g", "report-g"),
                "statistic", statistic("arrivals-g", "report-g", "ready-g"))
                .body("errors.extensions.field", hasItem("input.publishedOn"));
    }

    @Test
    void writesWithoutCredentialsAreUnauthenticatedAndReadsStayPublic() {
        run("editing/create-place", "input", map("name", "Nowhere", "kind", "CITY", "country", "GE"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data", nullValue());
        data("editing/totals");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    @DisabledOnIntegrationTest("@TestSecurity works in-process only")
    void writesByANonEditorAreForbidden() {
        run("editing/create-place", "input", map("name", "Nowhere", "kind", "CITY", "country", "GE"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("'reader' may read but not write"));
    }

    @Test
    void wrongCredentialsAreRefusedBeforeGraphQL() {
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON)
                .body(Map.of("query", "{ sources { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void deletingASourceWithFactsIsAConflictUnlessCascaded() {
        dataAsEditor("editing/create-facts", "source", source("report-h"), "statement", statement("ready-h", "report-h"),
                "statistic", statistic("arrivals-h", "report-h", "ready-h"));

        runAsEditor("editing/delete-source", "id", "report-h", "cascade", false)
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("1 statements reported by it, 1 figures reported by it"));
        data("editing/read-statement", "id", "ready-h");

        JsonPath deleted = dataAsEditor("editing/delete-source", "id", "report-h", "cascade", true);
        assertThat(deleted.getInt("data.deleteSource.deleted"), equalTo(3));
        run("editing/read-statement", "id", "ready-h").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void deletingAReferencedPlaceClearsTheReferencesOnlyWhenCascaded() {
        dataAsEditor("editing/create-place", "input", map("key", "lars-gate", "name", "Lars Gate", "kind", "CHECKPOINT", "country", "GE"));
        dataAsEditor("editing/create-facts", "source", source("report-i"), "statement", statement("ready-i", "report-i"),
                "statistic", statistic("arrivals-i", "report-i", "ready-i"));
        dataAsEditor("editing/update-statement", "id", "ready-i", "input", map("places", List.of("lars-gate")));

        runAsEditor("editing/delete-place", "id", "lars-gate", "cascade", false).body("errors[0].extensions.code", equalTo("CONFLICT"));
        JsonPath deleted = dataAsEditor("editing/delete-place", "id", "lars-gate", "cascade", true);
        assertThat(deleted.getInt("data.deletePlace.unlinked"), equalTo(1));
        assertThat(data("editing/read-statement", "id", "ready-i").getString("data.statement.id"), equalTo("ready-i"));
    }

    @Test
    void officialsOrganizationsAndEventsCanBeCreatedUpdatedAndDeleted() {
        dataAsEditor("editing/create-organization", "input", map("key", "test-border-service", "name", "Border Service",
                "kind", "AGENCY", "country", "GE"));
        JsonPath official = dataAsEditor("editing/create-official", "input", map("key", "nino-test", "name", "Nino Test",
                "aliases", List.of("Test"), "positions", List.of(map("title", "Head of service", "country", "GE",
                        "organization", "test-border-service", "start", "2023-01-01"))));
        assertThat(official.getString("data.createOfficial.title"), equalTo("Head of service"));
        assertThat(official.getString("data.createOfficial.country.code"), equalTo("GE"));
        assertThat(official.getString("data.createOfficial.positions[0].organization.id"), equalTo("test-border-service"));

        JsonPath updated = dataAsEditor("editing/update-official", "id", "nino-test", "input", map("aliases", List.of("N. Test"),
                "positions", List.of(map("title", "Head of service", "country", "GE", "start", "2023-01-01", "end", "2024-01-01"))));
        assertThat(updated.getList("data.updateOfficial.aliases"), containsInAnyOrder("N. Test"));
        assertThat(updated.getString("data.updateOfficial.positions[0].end"), equalTo("2024-01-01"));

        JsonPath event = dataAsEditor("editing/create-event", "input", map("name", "Border closure", "startDate", "2024-03-02",
                "country", "GE", "initiatedBy", "test-border-service"));
        assertThat(event.getString("data.createEvent.initiatedBy.id"), equalTo("test-border-service"));

        runAsEditor("editing/delete-organization", "id", "test-border-service", "cascade", false)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        JsonPath deleted = dataAsEditor("editing/delete-organization", "id", "test-border-service", "cascade", true);
        assertThat(deleted.getInt("data.deleteOrganization.unlinked"), equalTo(1));
    }

    @Test
    void everyOtherEntityTypeCanBeUpdatedAndDeleted() {
        dataAsEditor("editing/create-facts", "source", source("report-j"), "statement", statement("ready-j", "report-j"),
                "statistic", statistic("arrivals-j", "report-j", "ready-j"));
        dataAsEditor("editing/create-place", "input", map("key", "gate-j", "name", "Gate J", "kind", "CHECKPOINT", "country", "GE"));
        dataAsEditor("editing/create-organization", "input", map("key", "service-j", "name", "Service J", "kind", "AGENCY", "country", "GE"));
        dataAsEditor("editing/create-event", "input", map("key", "closure-j", "name", "Closure J", "startDate", "2024-03-02", "country", "GE"));
        dataAsEditor("editing/create-official", "input", map("key", "official-j", "name", "Official J"));

        JsonPath updated = dataAsEditor("editing/update-others", "source", "report-j", "place", "gate-j", "event", "closure-j",
                "organization", "service-j");
        assertThat(updated.getString("data.updateSource.publisher"), equalTo("Agency"));
        assertThat(updated.getInt("data.updateSource.version"), equalTo(1));
        assertThat(updated.getString("data.updateEvent.endDate"), equalTo("2024-03-09"));
        assertThat(updated.getString("data.updateOrganization.kind"), equalTo("AGENCY"));
        JsonPath read = data("editing/read-others", "source", "report-j", "place", "gate-j");
        assertThat(read.getString("data.place.kind"), equalTo("CITY"));
        assertThat(read.getString("data.source.publisher"), equalTo("Agency"));

        JsonPath deleted = dataAsEditor("editing/delete-others", "statistic", "arrivals-j", "statement", "ready-j",
                "event", "closure-j", "official", "official-j");
        assertThat(deleted.getInt("data.deleteStatistic.deleted"), equalTo(1));
        assertThat(deleted.getInt("data.deleteOfficial.deleted"), equalTo(1));
        run("editing/read-statement", "id", "ready-j").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        run("editing/read-statistic", "id", "arrivals-j").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anExactFigureNeedsAValueAndTextsAreBounded() {
        dataAsEditor("editing/create-facts", "source", source("report-k"), "statement", statement("ready-k", "report-k"),
                "statistic", statistic("arrivals-k", "report-k", "ready-k"));
        Map<String, Object> noValue = statistic("arrivals-k2", "report-k", null);
        noValue.put("value", null);
        noValue.put("description", "x".repeat(2001));
        JsonPath json = runAsEditor("editing/create-statistic", "input", noValue).extract().jsonPath();
        assertThat(json.getList("errors[0].extensions.problems.field"), containsInAnyOrder("input.value", "input.description"));
        assertThat(json.getString("errors[0].message"), containsString("at most 2000 are allowed"));
    }

    @Test
    void countryNamesAndBordersCanBeEdited() {
        JsonPath json = dataAsEditor("editing/update-country", "code", "AM", "input", map("name", "Armenia", "neighbors", List.of("GE", "AZE")));
        assertThat(json.getList("data.updateCountry.neighbors.code"), containsInAnyOrder("AZ", "GE"));
        assertThat(data("editing/country-neighbors", "code", "AZ").getList("data.country.neighbors.code"), hasItem("AM"));

        dataAsEditor("editing/update-country", "code", "AM", "input", map("neighbors", List.of("GE")));
        assertThat(data("editing/country-neighbors", "code", "AZ").getList("data.country.neighbors.code"), is(List.of()));
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
