package io.newsgraph.source;

import static io.newsgraph.Connections.ids;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.Connections;
import io.newsgraph.Errors;
import io.newsgraph.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query.source, Query.sources (SourceFilter, paging) and the connections of a source, against the seed. */
@QuarkusTest
public class SourceTest {

    static final String SOURCE = "source/source";
    static final String SOURCES = "source/sources";
    static final String STATEMENTS = "source/source-statements";
    static final String STATISTICS = "source/source-statistics";

    @Test
    void theSeedArticle() {
        JsonPath json = data(SOURCE, "id", Seed.SOURCE);
        assertThat(json.getString("data.source.id"), equalTo(Seed.SOURCE));
        assertThat(json.getString("data.source.title"), equalTo(
                "Georgia and Kazakhstan confirm a sharp increase in arrivals of Russians since Russia's mobilization"));
        assertThat(json.getString("data.source.publisher"), nullValue());
        assertThat(json.getString("data.source.url"), nullValue());
        assertThat(json.getString("data.source.publishedOn"), equalTo("2022-09-27"));
        assertThat(json.getString("data.source.language"), equalTo("en"));
        assertThat(json.getString("data.source.text"), startsWith("Georgia and Kazakhstan, two neighboring countries of Russia"));
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(Errors.assertError(run(SOURCE, "id", "no-such-source"), Errors.NOT_FOUND, "id").getString("data.source"),
                nullValue());
        Errors.assertError(run(SOURCE, "id", "No Such Source"), Errors.BAD_USER_INPUT, "id");
    }

    // --- paging --------------------------------------------------------------------

    @Test
    void sourcesPaging() {
        Connections.assertDefaultPage(SOURCES, "data.sources", Seed.SOURCES);
        Connections.assertFirstLimits(SOURCES, "data.sources", Seed.SOURCES, 1);
        Connections.assertFirstZero(SOURCES, "data.sources", 1);
        assertThat(Connections.walk(SOURCES, "data.sources", 1), equalTo(Seed.SOURCES));
        assertThat(Connections.walk(SOURCES, "data.sources", 2), equalTo(Seed.SOURCES));
        Connections.assertFirstOutOfRange(SOURCES);
        Connections.assertBadCursors(SOURCES, Connections.cursorOf("event/events", "data.events"));
    }

    // --- SourceFilter --------------------------------------------------------------

    @Test
    void titleAndPublisherContainInAnyCase() {
        assertThat(ids(SOURCES, "data.sources", "filter", Map.of("title", "kazakhstan")), contains(Seed.SOURCE));
        assertThat(ids(SOURCES, "data.sources", "filter", Map.of("title", "KAZAKHSTAN CONFIRM")), contains(Seed.SOURCE));
        assertThat(ids(SOURCES, "data.sources", "filter", Map.of("title", "Russia's mobilization")), contains(Seed.SOURCE));
        assertThat(ids(SOURCES, "data.sources", "filter", Map.of("title", "confirm kazakhstan")), empty());
        assertThat(ids(SOURCES, "data.sources", "filter", Map.of("title", "election")), empty());
        // the seed article names no publisher
        assertThat(ids(SOURCES, "data.sources", "filter", Map.of("publisher", "a")), empty());
        Errors.assertError(run(SOURCES, "filter", Map.of("title", " ")), Errors.BAD_USER_INPUT, "filter.title");
        Errors.assertError(run(SOURCES, "filter", Map.of("publisher", "")), Errors.BAD_USER_INPUT, "filter.publisher");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2022-09-27, null, 1",
            "2022-09-28, null, 0",
            "null, 2022-09-27, 1",
            "null, 2022-09-26, 0",
            "2022-09-27, 2022-09-27, 1",
            "2022-01-01, 2022-09-26, 0"})
    void publishedFromTo(String from, String to, int count) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("from", from);
        filter.put("to", to);
        JsonPath json = data(SOURCES, "filter", filter);
        assertThat(json.getInt("data.sources.totalCount"), is(count));
        assertThat(json.getList("data.sources.nodes.id"), equalTo(count == 0 ? List.of() : Seed.SOURCES));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        Errors.assertError(run(SOURCES, "filter", Map.of("from", "2022-09-28", "to", "2022-09-27")), Errors.BAD_USER_INPUT,
                "filter.to");
    }

    // --- statements and statistics of a source --------------------------------------

    @Test
    void statementsOfTheSourceNewestFirst() {
        Connections.assertDefaultPage(STATEMENTS, "data.source.statements", Seed.STATEMENTS_NEWEST_FIRST, "id", Seed.SOURCE);
        for (int size : new int[] {2, 6, 17}) {
            assertThat(Connections.walk(STATEMENTS, "data.source.statements", size, "id", Seed.SOURCE),
                    equalTo(Seed.STATEMENTS_NEWEST_FIRST));
        }
        Connections.assertFirstZero(STATEMENTS, "data.source.statements", 17, "id", Seed.SOURCE);
        Connections.assertFirstOutOfRange(STATEMENTS, "id", Seed.SOURCE);
        Connections.assertBadCursors(STATEMENTS, Connections.cursorOf(STATISTICS, "data.source.statistics", "id", Seed.SOURCE),
                "id", Seed.SOURCE);
    }

    @Test
    void statisticsOfTheSourceLatestFirst() {
        Connections.assertDefaultPage(STATISTICS, "data.source.statistics", Seed.STATISTICS_LATEST_FIRST, "id", Seed.SOURCE);
        for (int size : new int[] {1, 3, 8}) {
            assertThat(Connections.walk(STATISTICS, "data.source.statistics", size, "id", Seed.SOURCE),
                    equalTo(Seed.STATISTICS_LATEST_FIRST));
        }
        Connections.assertFirstZero(STATISTICS, "data.source.statistics", 8, "id", Seed.SOURCE);
        Connections.assertFirstOutOfRange(STATISTICS, "id", Seed.SOURCE);
        Connections.assertBadCursors(STATISTICS, Connections.cursorOf(STATEMENTS, "data.source.statements", "id", Seed.SOURCE),
                "id", Seed.SOURCE);
    }
}
