package io.newsgraph.event;

import static io.newsgraph.Connections.ids;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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

/** Query.event, Query.events (EventFilter, paging) and the connections of an event, against the seed. */
@QuarkusTest
public class EventTest {

    static final String EVENT = "event/event";
    static final String EVENTS = "event/events";
    static final String STATEMENTS = "event/event-statements";
    static final String STATISTICS = "event/event-statistics";
    static final String MOBILIZATION = "russia-mobilization-2022-09-21";
    static final String VOTES = "ukraine-annexation-votes-2022";

    /** Statements that refer to the mobilization: all but the four about the votes and the two without events. */
    static final List<String> MOBILIZATION_STATEMENTS = Seed.STATEMENTS_NEWEST_FIRST.stream()
            .filter(id -> !List.of("tokayev-territorial-integrity-inalienable", "tokayev-condemns-conflict-in-ukraine",
                    "moscow-reiterates-nuclear-threats", "kyiv-referendums-are-simulacra",
                    "tokayev-major-war-in-immediate-vicinity", "russia-claims-genocide-of-russian-speakers").contains(id))
            .toList();

    @Test
    void eventsWithTheirInitiators() {
        JsonPath mobilization = data(EVENT, "id", MOBILIZATION);
        assertThat(mobilization.getString("data.event.name"), equalTo("Mobilization in Russia"));
        assertThat(mobilization.getString("data.event.description"), startsWith("Mobilization in Russia decreed on 21 September 2022"));
        assertThat(mobilization.getString("data.event.startDate"), equalTo("2022-09-21"));
        assertThat(mobilization.getString("data.event.endDate"), nullValue());
        assertThat(mobilization.getString("data.event.country.code"), equalTo("RU"));
        assertThat(mobilization.getString("data.event.initiatedBy.__typename"), equalTo("Official"));
        assertThat(mobilization.getString("data.event.initiatedBy.id"), equalTo("vladimir-putin"));
        JsonPath votes = data(EVENT, "id", VOTES);
        assertThat(votes.getString("data.event.name"), equalTo("Annexation votes in four Ukrainian regions"));
        assertThat(votes.getString("data.event.startDate"), equalTo("2022-09-27"));
        assertThat(votes.getString("data.event.endDate"), equalTo("2022-09-27"));
        assertThat(votes.getString("data.event.country.code"), equalTo("UA"));
        assertThat(votes.getString("data.event.initiatedBy.__typename"), equalTo("Organization"));
        assertThat(votes.getString("data.event.initiatedBy.id"), equalTo("russia-government"));
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(Errors.assertError(run(EVENT, "id", "no-such-event"), Errors.NOT_FOUND, "id").getString("data.event"),
                nullValue());
        Errors.assertError(run(EVENT, "id", "vladimir-putin"), Errors.NOT_FOUND, "id");
        Errors.assertError(run(EVENT, "id", "Mobilization"), Errors.BAD_USER_INPUT, "id");
    }

    // --- paging --------------------------------------------------------------------

    @Test
    void eventsPagingMostRecentFirst() {
        Connections.assertDefaultPage(EVENTS, "data.events", Seed.EVENTS);
        Connections.assertFirstLimits(EVENTS, "data.events", Seed.EVENTS, 1);
        Connections.assertFirstZero(EVENTS, "data.events", 2);
        for (int size : new int[] {1, 2, 3}) {
            assertThat(Connections.walk(EVENTS, "data.events", size), equalTo(Seed.EVENTS));
        }
        Connections.assertFirstOutOfRange(EVENTS);
        Connections.assertBadCursors(EVENTS, Connections.cursorOf("source/sources", "data.sources"));
    }

    // --- EventFilter -----------------------------------------------------------------

    @Test
    void nameContainsInAnyCase() {
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("name", "mobilization")), contains(MOBILIZATION));
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("name", "VOTES")), contains(VOTES));
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("name", " in ")), equalTo(Seed.EVENTS));
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("name", "election")), empty());
        Errors.assertError(run(EVENTS, "filter", Map.of("name", "")), Errors.BAD_USER_INPUT, "filter.name");
    }

    @Test
    void countryCode() {
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("countryCode", "RU")), contains(MOBILIZATION));
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("countryCode", "ukr")), contains(VOTES));
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("countryCode", "GE")), empty());
        assertThat(ids(EVENTS, "data.events", "filter", Map.of("countryCode", "RU", "name", "votes")), empty());
        Errors.assertError(run(EVENTS, "filter", Map.of("countryCode", "XX")), Errors.NOT_FOUND, "filter.countryCode");
        Errors.assertError(run(EVENTS, "filter", Map.of("countryCode", "RUSS")), Errors.BAD_USER_INPUT, "filter.countryCode");
    }

    /**
     * The mobilization starts 2022-09-21 with no end date (taken as that day); the votes run
     * 2022-09-27..2022-09-27. {@code from}: ended (or started, without an end) on or after;
     * {@code to}: started on or before.
     */
    @ParameterizedTest
    @CsvSource(nullValues = "null", delimiter = ';', value = {
            "2022-09-21; null; ukraine-annexation-votes-2022 russia-mobilization-2022-09-21",
            "2022-09-22; null; ukraine-annexation-votes-2022",
            "2022-09-27; null; ukraine-annexation-votes-2022",
            "2022-09-28; null; ",
            "null; 2022-09-26; russia-mobilization-2022-09-21",
            "null; 2022-09-27; ukraine-annexation-votes-2022 russia-mobilization-2022-09-21",
            "null; 2022-09-20; ",
            "2022-09-21; 2022-09-21; russia-mobilization-2022-09-21",
            "2022-09-01; 2022-09-30; ukraine-annexation-votes-2022 russia-mobilization-2022-09-21"})
    void fromAndTo(String from, String to, String expected) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("from", from);
        filter.put("to", to);
        List<String> keys = expected == null ? List.of() : List.of(expected.trim().split("\\s+"));
        JsonPath json = data(EVENTS, "filter", filter);
        assertThat(json.getList("data.events.nodes.id"), equalTo(keys));
        assertThat(json.getInt("data.events.totalCount"), is(keys.size()));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        Errors.assertError(run(EVENTS, "filter", Map.of("from", "2022-09-27", "to", "2022-09-21")), Errors.BAD_USER_INPUT,
                "filter.to");
    }

    // --- statements and statistics of an event ------------------------------------

    @Test
    void statementsThatReferToAnEvent() {
        assertThat(MOBILIZATION_STATEMENTS, hasSize(11));
        Connections.assertDefaultPage(STATEMENTS, "data.event.statements", MOBILIZATION_STATEMENTS, "id", MOBILIZATION);
        for (int size : new int[] {1, 3, 10, 11}) {
            assertThat(Connections.walk(STATEMENTS, "data.event.statements", size, "id", MOBILIZATION),
                    equalTo(MOBILIZATION_STATEMENTS));
        }
        assertThat(Connections.walk(STATEMENTS, "data.event.statements", 3, "id", VOTES),
                contains("tokayev-territorial-integrity-inalienable", "tokayev-condemns-conflict-in-ukraine",
                        "moscow-reiterates-nuclear-threats", "kyiv-referendums-are-simulacra"));
        Connections.assertFirstZero(STATEMENTS, "data.event.statements", 11, "id", MOBILIZATION);
        Connections.assertFirstOutOfRange(STATEMENTS, "id", MOBILIZATION);
        Connections.assertBadCursors(STATEMENTS, Connections.cursorOf(EVENTS, "data.events"), "id", MOBILIZATION);
    }

    @Test
    void statisticsThatReferToAnEvent() {
        List<String> mobilization = Seed.STATISTICS_LATEST_FIRST.stream()
                .filter(id -> !id.equals("ukraine-regions-holding-annexation-votes")).toList();
        Connections.assertDefaultPage(STATISTICS, "data.event.statistics", mobilization, "id", MOBILIZATION);
        for (int size : new int[] {1, 2, 7}) {
            assertThat(Connections.walk(STATISTICS, "data.event.statistics", size, "id", MOBILIZATION), equalTo(mobilization));
        }
        assertThat(ids(STATISTICS, "data.event.statistics", "id", VOTES), contains("ukraine-regions-holding-annexation-votes"));
        Connections.assertFirstZero(STATISTICS, "data.event.statistics", 7, "id", MOBILIZATION);
        Connections.assertFirstOutOfRange(STATISTICS, "id", MOBILIZATION);
    }

    @Test
    void nestedConnectionsUnderEveryEvent() {
        JsonPath json = data("event/events-with-facts", "first", 2);
        assertThat(json.getList("data.events.nodes.id"), equalTo(Seed.EVENTS));
        assertThat(json.getList("data.events.nodes.statements.totalCount"), contains(4, 11));
        assertThat(json.getList("data.events.nodes.statistics.totalCount"), contains(1, 7));
        assertThat(json.getList("data.events.nodes.statements.pageInfo.hasNextPage"), contains(true, true));
        assertThat(json.getList("data.events.nodes.statistics.pageInfo.hasNextPage"), contains(false, true));
        assertThat(json.getList("data.events.nodes[1].statements.nodes.id"), equalTo(MOBILIZATION_STATEMENTS.subList(0, 2)));
        JsonPath none = data("event/events-with-facts", "first", 0);
        assertThat(none.getList("data.events.nodes.statements.pageInfo.hasNextPage"), contains(true, true));
        assertThat(none.getList("data.events.nodes.statistics.pageInfo.hasNextPage"), contains(true, true));
    }
}
