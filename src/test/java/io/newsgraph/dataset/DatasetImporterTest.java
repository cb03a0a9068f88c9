package io.newsgraph.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.TestDatabase;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The importer behind start-up loading: all-or-nothing, every problem reported with its JSON
 * path, idempotent by key. Runs on its own database, since it writes.
 */
@QuarkusTest
@TestProfile(DatasetImporterTest.OwnDatabase.class)
class DatasetImporterTest {

    static final List<String> TABLES = List.of("country", "country_neighbor", "actor", "official_alias",
            "official_position", "source", "place", "event", "statement", "statement_country", "statement_place",
            "statement_event", "statistic", "statistic_event");

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.own("importer");
        }
    }

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetReader reader;

    @Test
    void aDatasetWithProblemsChangesNothingAndListsEveryProblemWithItsPath() throws IOException {
        Map<String, Long> before = rowCounts();

        DatasetReader.Parsed broken = reader.read(resource("datasets/broken.json"), "broken.json");
        BadUserInputException error = assertThrows(BadUserInputException.class, () -> importer.importDataset(broken, "test"));

        assertThat(error.getProblems().stream().map(Problem::field).toList(), containsInAnyOrder(
                "countries[0].neighbors[0]",
                "organizations[0].key",
                "organizations[1].kind",
                "events[0].endDate",
                "statements[0].speaker",
                "statements[0].saidOn",
                "statements[0].excerpt",
                "statistics[0].high",
                "statistics[1].metric",
                "statistics[1].value",
                "statistics[1].source"));
        assertThat(error.getProblems(), hasItem(new Problem("statistics[0].high", "must not be less than low (6000.0) in a RANGE")));
        assertEquals(before, rowCounts());
    }

    @Test
    void unknownFieldsAndMalformedJsonAreReportedWithTheirPaths() {
        DatasetReader.Parsed unknown = reader.read(
                "{\"statements\":[{\"key\":\"a\",\"speakr\":\"x\"}],\"colour\":1}".getBytes(), "inline");
        assertThat(unknown.problems().stream().map(Problem::field).toList(),
                containsInAnyOrder("statements[0].speakr", "colour"));

        BadUserInputException malformed = assertThrows(BadUserInputException.class,
                () -> reader.read("{\"sources\": [".getBytes(), "inline"));
        assertEquals("inline", malformed.getField());
    }

    @Test
    void importingTheSeedAgainChangesNothing() throws IOException {
        Dataset seed = reader.read(resource("datasets/seed.json"), "seed.json").dataset();
        Map<String, Long> before = rowCounts();

        ImportReport report = importer.importDataset(seed, "test");

        assertEquals(0, report.changes(), report.toString());
        assertEquals(before, rowCounts());
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from " + table)
                    .getSingleResult()).longValue());
        }
        return counts;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DatasetImporterTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
