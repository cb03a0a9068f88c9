package io.newsgraph.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.TestDatabase;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.ImportReport.EntityCounts;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"in memory", "streamed from a file"})
    void aDatasetWithProblemsChangesNothingAndListsEveryProblemWithItsPath(String how) throws IOException {
        Map<String, Long> before = rowCounts();

        byte[] json = resource("datasets/broken.json");
        BadUserInputException error = assertThrows(BadUserInputException.class, () -> {
            if (how.equals("in memory")) {
                importer.importDataset(reader.read(json, "broken.json"), "test");
            } else {
                importer.importFile(reader.file("broken.json", () -> new ByteArrayInputStream(json)), "test");
            }
        });

        assertThat(error.getProblems().stream().map(Problem::field).toList(), containsInAnyOrder(
                "countries[0].neighbors[0]",
                "organizations[0].key",
                "organizations[1].kind",
                "officials[0].aliases[0]",
                "officials[0].positions[0].end",
                "events[0].endDate",
                "statements[0].speaker",
                "statements[0].saidOn",
                "statements[0].excerpt",
                "statements[0].places[0]",
                "statistics[0].high",
                "statistics[1].metric",
                "statistics[1].value",
                "statistics[1].source"));
        assertThat(error.getProblems(), hasItem(new Problem("statistics[0].high", "must not be less than low (6000.0) in a RANGE")));
        assertThat(error.getProblems(), hasItem(new Problem("officials[0].positions[0].end", "must not be before start (2022-10-01)")));
        // What the dataset says is quoted as it is: message templates never interpret it.
        assertThat(error.getProblems(), hasItem(Problem.notFound("statements[0].places[0]", "no place has the key '{max} ${1+1}'")));
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
    void aStreamedFileReportsUnknownFieldsAndMalformedJson() {
        BadUserInputException unknown = assertThrows(BadUserInputException.class, () -> importer.importFile(
                file("{\"statements\":[{\"key\":\"a\",\"speakr\":\"x\"}],\"colour\":1}"), "test"));
        assertThat(unknown.getProblems().stream().map(Problem::field).toList(),
                hasItems("statements[0].speakr", "colour"));

        BadUserInputException malformed = assertThrows(BadUserInputException.class,
                () -> importer.importFile(file("{\"sources\": ["), "test"));
        assertEquals("inline.json", malformed.getField());
        assertThat(malformed.getMessage(), containsString("is not valid JSON"));

        BadUserInputException notADataset = assertThrows(BadUserInputException.class,
                () -> importer.importFile(file("[]"), "test"));
        assertThat(notADataset.getMessage(), containsString("a JSON object was expected"));
    }

    /**
     * A file larger than one chunk, with its lists in reverse order (figures first): problems keep
     * their index in the whole list, a refused file writes nothing, an accepted one writes every
     * entry, and importing it again changes nothing.
     */
    @Test
    void aFileOfManyChunksInAnyOrderImportsAllOrNothing() throws IOException {
        int count = DatasetImporter.CHUNK * 2 + 500;
        Map<String, Long> before = rowCounts();

        Path refused = manyStatements(count, 1_700, 2_400);
        BadUserInputException error = assertThrows(BadUserInputException.class,
                () -> importer.importFile(reader.file(refused.toString(), () -> Files.newInputStream(refused)), "test"));
        assertThat(error.getProblems().stream().map(Problem::field).toList(),
                containsInAnyOrder("statements[1700].speaker", "statistics[2400].excerpt"));
        assertEquals(before, rowCounts());

        Path accepted = manyStatements(count, -1, -1);
        ImportReport first = importer.importFile(reader.file(accepted.toString(), () -> Files.newInputStream(accepted)), "test");
        assertThat(first.entities(), hasItems(new EntityCounts("statements", count, 0, 0),
                new EntityCounts("statistics", count, 0, 0)));
        assertEquals(before.get("statement") + count, rowCounts().get("statement"));
        assertEquals(before.get("statement_country") + count, rowCounts().get("statement_country"));

        ImportReport again = importer.importFile(reader.file(accepted.toString(), () -> Files.newInputStream(accepted)), "test");
        assertEquals(0, again.changes(), again.toString());
    }

    /** Statements and figures about Georgia, figures first in the file; -1 for no bad entry. */
    private static Path manyStatements(int count, int badSpeaker, int badExcerpt) throws IOException {
        String text = "The ministry reported arrivals.";
        List<Map<String, Object>> statements = new ArrayList<>();
        List<Map<String, Object>> statistics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("key", "chunked-statement-" + i);
            statement.put("text", "Statement " + i);
            statement.put("kind", "PARAPHRASE");
            statement.put("speaker", i == badSpeaker ? "nobody-at-all" : "chunked-ministry");
            statement.put("saidOn", "2023-01-01");
            statement.put("source", "chunked-source");
            statement.put("excerpt", text);
            statement.put("countries", List.of("GE"));
            statements.add(statement);
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("key", "chunked-figure-" + i);
            figure.put("metric", "arrivals");
            figure.put("description", "Arrivals");
            figure.put("value", i);
            figure.put("approximation", "EXACT");
            figure.put("unit", "people");
            figure.put("country", "GE");
            figure.put("statement", "chunked-statement-" + i);
            figure.put("source", "chunked-source");
            figure.put("excerpt", i == badExcerpt ? "words the source never had" : text);
            statistics.add(figure);
        }
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("statistics", statistics);
        dataset.put("statements", statements);
        dataset.put("organizations", List.of(Map.of("key", "chunked-ministry", "name", "Ministry", "kind", "MINISTRY")));
        dataset.put("sources", List.of(Map.of("key", "chunked-source", "title", "Report", "publishedOn", "2023-01-02",
                "language", "en", "text", text)));
        Path file = Files.createTempFile("newsgraph-chunked", ".json");
        file.toFile().deleteOnExit();
        new ObjectMapper().writeValue(file.toFile(), dataset);
        return file;
    }

    private DatasetReader.DatasetFile file(String json) {
        return reader.file("inline.json", () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A reference to an entity the database already holds is looked up by the keys the chunk
     * names: no query reads a table whole, however many places, sources and actors there are
     * (countries, a fixed list, aside).
     */
    @Test
    void referencesToStoredEntitiesReadOnlyTheKeysTheyName() {
        int stored = 3 * DatasetImporter.CHUNK;
        List<Dataset.PlaceEntry> places = new ArrayList<>();
        for (int i = 0; i < stored; i++) {
            places.add(new Dataset.PlaceEntry("stored-place-" + i, "Place " + i, io.newsgraph.place.PlaceKind.CITY, "GE"));
        }
        importer.importDataset(new Dataset(List.of(new Dataset.SourceEntry("stored-keys-source", "Report", null, null,
                java.time.LocalDate.of(2023, 1, 2), "en", null)), null, List.of(new Dataset.OrganizationEntry(
                "stored-keys-ministry", "Ministry", io.newsgraph.actor.OrganizationKind.MINISTRY, "GE")), null, places,
                null, null, null), "test");
        long countries = ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from country")
                .getSingleResult()).longValue();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        importer.importDataset(new Dataset(null, null, null, null, null, null, List.of(new Dataset.StatementEntry(
                "stored-keys-statement", "Arrivals rose.", io.newsgraph.statement.StatementKind.PARAPHRASE,
                "stored-keys-ministry", null, "stored-keys-source", "Arrivals rose.", List.of("GE"),
                List.of("stored-place-" + (stored - 1)), null, null)), null), "test");

        for (String query : statistics.getQueries()) {
            long rows = statistics.getQueryStatistics(query).getExecutionRowCount();
            assertThat(query + " read " + rows + " rows", rows, lessThanOrEqualTo(countries));
        }
    }

    @Inject
    EntityManagerFactory entityManagerFactory;

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
