package io.newsgraph.batching;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.GraphQLClient;
import io.newsgraph.TestDatabase;
import io.newsgraph.common.SqlStatementCounter;
import io.newsgraph.actor.OrganizationKind;
import io.newsgraph.place.PlaceKind;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.Dataset.CountryEntry;
import io.newsgraph.dataset.Dataset.OfficialEntry;
import io.newsgraph.dataset.Dataset.OrganizationEntry;
import io.newsgraph.dataset.Dataset.PlaceEntry;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.dataset.Dataset.EventEntry;
import io.newsgraph.dataset.DatasetImporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The number of SQL statements a request runs depends on its shape, never on how many rows it
 * returns: the same query over one country and over twelve runs the same statements, on both engines
 * (the read planner and the reference resolvers). Counts come from the counter both feed,
 * {@code newsgraph.sql.statements}, read in-process, so this test has no IT twin.
 */
@QuarkusTest
@TestProfile(BatchingTest.ManyFacts.class)
class BatchingTest {

    static final List<String> CODES = List.of("AR", "BR", "CL", "DE", "EG", "FR", "IN", "JP", "MX", "NG", "PL", "TR");
    static final int OFFICIALS_PER_COUNTRY = 3;
    static final int STATEMENTS_PER_OFFICIAL = 5;

    /** Its own database, so the generated facts do not show up in other tests. */
    public static class ManyFacts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(TestDatabase.own("batching"));
            // The documents here ask for wide pages on purpose (what they count is statements, whatever the
            // page sizes); the node budget, which would refuse them, has tests of its own (NodeBudgetTest).
            config.put("newsgraph.limits.query-nodes", "100000000");
            return config;
        }
    }

    @Inject
    DatasetImporter importer;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeterRegistry registry;

    /** Which engine answers: the read planner, or the reference resolvers behind it. */
    enum Engine {
        PLANNER, REFERENCE;

        JsonPath run(String document, Object... variables) {
            return this == PLANNER ? GraphQLClient.data(document, variables) : GraphQLClient.referenceData(document, variables);
        }
    }

    private static boolean imported;

    @BeforeEach
    void importManyFacts() {
        if (!imported) {
            importer.importDataset(manyFacts(), "test");
            imported = true;
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fourLevelQueryRunsTheSameStatementsForOneParentAndForMany(Engine engine) {
        long one = statementsRunBy(engine, "batching/four-levels", CODES.subList(0, 1));
        long many = statementsRunBy(engine, "batching/four-levels", CODES);

        assertEquals(one, many, "SQL statements for 1 country vs " + CODES.size());
        // countries page, officials, statements page, statements count, sources
        assertThat(many, lessThanOrEqualTo(5L));
    }

    @Test
    void fourLevelQueryReturnsEveryParentsChildren() {
        JsonPath json = GraphQLClient.data("batching/four-levels", "codes", CODES);
        List<Map<String, Object>> countries = json.getList("data.countries.nodes");
        assertThat(countries, hasSize(CODES.size()));
        for (int c = 0; c < CODES.size(); c++) {
            String country = "data.countries.nodes[" + c + "]";
            assertThat(json.getString(country + ".code"), equalTo(CODES.get(c)));
            assertThat(json.getList(country + ".officials"), hasSize(OFFICIALS_PER_COUNTRY));
            for (int o = 0; o < OFFICIALS_PER_COUNTRY; o++) {
                String official = country + ".officials[" + o + "]";
                assertThat(json.getInt(official + ".statements.totalCount"), equalTo(STATEMENTS_PER_OFFICIAL));
                assertThat(json.getList(official + ".statements.nodes"), hasSize(3));
                assertThat(json.getString(official + ".statements.nodes[0].source.title"), equalTo("Source " + CODES.get(c)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyNestedFieldIsBatched(Engine engine) {
        long one = statementsRunBy(engine, "batching/wide", CODES.subList(0, 1));
        long many = statementsRunBy(engine, "batching/wide", CODES);
        assertEquals(one, many, "SQL statements for 1 country vs " + CODES.size());
    }

    /**
     * Each document's statement budget on each engine, for all twelve countries: a change that adds a
     * statement to a document (a resolver that is no longer batched, a relation the planner stops
     * joining) fails here even when it costs the same for one parent as for many.
     */
    @ParameterizedTest(name = "{1} on {0}: at most {2} statements")
    @CsvSource({
            // countries page, officials, statements page, sources
            "PLANNER, batching/four-levels, 4",
            "REFERENCE, batching/four-levels, 4",
            // every nested field of the schema: one statement each; the planner counts each totalCount with
            // a statement of its own (a page stops after its limit, a count reads the index only), and loads
            // a timeline's facts by kind
            "PLANNER, batching/wide, 51",
            "REFERENCE, batching/wide, 34",
            // countries page, officials, positions
            "PLANNER, batching/positions, 3",
            "REFERENCE, batching/positions, 3",
            // the planner reads title with a fetch of its own (ReadModel.FirstString)
            "PLANNER, batching/title-and-positions, 4",
            "REFERENCE, batching/title-and-positions, 3"})
    void eachDocumentStaysWithinItsStatementBudget(Engine engine, String document, long budget) {
        long statements = statementsRunBy(engine, document, CODES);
        assertThat(document + " on " + engine, statements, lessThanOrEqualTo(budget));
    }

    /**
     * An official's title is its first position's: the reference resolvers read the positions once when
     * both are asked. (The planner reads the title with a fetch of its own, {@code ReadModel.FirstString}.)
     */
    @Test
    void titleAndPositionsAreReadByOneStatement() {
        Engine engine = Engine.REFERENCE;
        long positions = statementsRunBy(engine, "batching/positions", CODES);
        long both = statementsRunBy(engine, "batching/title-and-positions", CODES);

        assertEquals(positions, both, "SQL statements with and without title");
        // countries page, officials, positions
        assertThat(both, lessThanOrEqualTo(3L));
        JsonPath json = engine.run("batching/title-and-positions", "codes", CODES);
        assertThat(json.getString("data.countries.nodes[0].officials[0].title"), equalTo("Minister"));
    }

    /**
     * The benchmark's dossier (bench/README.md): countries → officials → latest statements → source,
     * and countries → latest figures → reporter and source. Its statement budget is six, however
     * many rows each level returns.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void benchmarkDossierRunsAtMostSixStatements(Engine engine) {
        sessionFactory.getCache().evictAllRegions();
        double before = statementCount();
        JsonPath json = engine.run("bench/dossier");
        long statements = (long) (statementCount() - before);

        assertThat(json.getList("data.countries.nodes"), hasSize(20));
        assertThat(json.getList("data.countries.nodes.findAll { it.code == 'AR' }[0].officials"), hasSize(OFFICIALS_PER_COUNTRY));
        assertThat(statements, lessThanOrEqualTo(6L));
    }

    private long statementsRunBy(Engine engine, String document, List<String> codes) {
        sessionFactory.getCache().evictAllRegions();
        double before = statementCount();
        engine.run(document, "codes", codes);
        return (long) (statementCount() - before);
    }

    private double statementCount() {
        return registry.get(SqlStatementCounter.NAME).counter().count();
    }

    /** Per country: an organization, a place, an event, a source, officials with statements and figures. */
    static Dataset manyFacts() {
        List<SourceEntry> sources = new ArrayList<>();
        List<CountryEntry> countries = new ArrayList<>();
        List<OrganizationEntry> organizations = new ArrayList<>();
        List<OfficialEntry> officials = new ArrayList<>();
        List<PlaceEntry> places = new ArrayList<>();
        List<EventEntry> events = new ArrayList<>();
        List<StatementEntry> statements = new ArrayList<>();
        List<StatisticEntry> statistics = new ArrayList<>();
        for (int c = 0; c < CODES.size(); c++) {
            String code = CODES.get(c);
            String slug = code.toLowerCase();
            String text = "Report from " + code + ".";
            sources.add(new SourceEntry("source-" + slug, "Source " + code, null, null, LocalDate.of(2024, 1, 1 + c % 9), "en", text));
            countries.add(new CountryEntry(code, null, List.of(CODES.get((c + 1) % CODES.size()))));
            organizations.add(new OrganizationEntry("ministry-" + slug, "Ministry " + code, OrganizationKind.MINISTRY, code));
            places.add(new PlaceEntry("place-" + slug, "Place " + code, PlaceKind.CITY, code));
            events.add(new EventEntry("event-" + slug, "Event " + code, null, LocalDate.of(2024, 1, 1), null, code, "ministry-" + slug));
            for (int o = 0; o < OFFICIALS_PER_COUNTRY; o++) {
                String official = "official-" + slug + "-" + o;
                officials.add(new OfficialEntry(official, "Official " + code + " " + o, List.of("Alias " + o),
                        List.of(new PositionEntry("Minister", code, "ministry-" + slug, LocalDate.of(2020, 1, 1), null)), null));
                for (int s = 0; s < STATEMENTS_PER_OFFICIAL; s++) {
                    String statement = official + "-statement-" + s;
                    statements.add(new StatementEntry(statement, "Statement " + s + " of " + official, StatementKind.PARAPHRASE,
                            official, LocalDate.of(2024, 1, 10 + s), "source-" + slug, "Report", List.of(code), List.of("place-" + slug),
                            List.of("event-" + slug), null));
                    statistics.add(new StatisticEntry(statement + "-figure", "arrivals", "Arrivals", 100.0 + s, null, null,
                            Approximation.EXACT, "people", Rate.PER_DAY, LocalDate.of(2024, 1, 10 + s), LocalDate.of(2024, 1, 10 + s), code, CODES.get((c + 1) % CODES.size()),
                            "place-" + slug, official, statement, "source-" + slug, "Report", List.of("event-" + slug), null));
                }
            }
        }
        return new Dataset(sources, countries, organizations, officials, places, events, statements, statistics);
    }
}
