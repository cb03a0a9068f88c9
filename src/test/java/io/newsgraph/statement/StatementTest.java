package io.newsgraph.statement;

import static io.newsgraph.Connections.ids;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Connections;
import io.newsgraph.Errors;
import io.newsgraph.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query.statement, Query.statements (StatementFilter, StatementOrder, paging), against the seed. */
@QuarkusTest
public class StatementTest {

    static final String STATEMENT = "statement/statement";
    static final String STATEMENTS = "statement/statements";
    static final String PATH = "data.statements";

    static final List<String> DIRECT_QUOTES = List.of("tokayev-territorial-integrity-inalienable",
            "tokayev-take-care-of-them", "tokayev-many-people-come-from-russia",
            "tokayev-major-war-in-immediate-vicinity", "georgia-ministry-quote-some-10000-a-day");

    static Map<String, Object> order(String field, String direction) {
        return Map.of("field", field, "direction", direction);
    }

    static List<String> filtered(Object... filter) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < filter.length; i += 2) {
            map.put((String) filter[i], filter[i + 1]);
        }
        return ids(STATEMENTS, PATH, "filter", map, "first", 100);
    }

    // --- statement(id:) ------------------------------------------------------

    @Test
    void directQuoteWithSpeakerSourceAndReferences() {
        JsonPath json = data(STATEMENT, "id", "tokayev-take-care-of-them");
        assertThat(json.getString("data.statement.id"), equalTo("tokayev-take-care-of-them"));
        assertThat(json.getString("data.statement.text"), equalTo("We have to take care of them, ensure their safety"));
        assertThat(json.getString("data.statement.kind"), equalTo("DIRECT_QUOTE"));
        assertThat(json.getString("data.statement.saidOn"), equalTo("2022-09-27"));
        assertThat(json.getString("data.statement.excerpt"),
                equalTo("“We have to take care of them, ensure their safety,” he added."));
        assertThat(json.getString("data.statement.speaker.__typename"), equalTo("Official"));
        assertThat(json.getString("data.statement.speaker.id"), equalTo("kassym-jomart-tokayev"));
        assertThat(json.getString("data.statement.speaker.name"), equalTo("Kassym-Jomart Tokayev"));
        assertThat(json.getString("data.statement.source.id"), equalTo(Seed.SOURCE));
        assertThat(json.getString("data.statement.source.text"), containsString(json.getString("data.statement.excerpt")));
        assertThat(json.getList("data.statement.countries.code"), contains("KZ", "RU"));
        assertThat(json.getList("data.statement.places"), empty());
        assertThat(json.getList("data.statement.events.id"), contains("russia-mobilization-2022-09-21"));
        assertThat(json.getList("data.statement.statistics"), empty());
    }

    @Test
    void undatedParaphraseOfAnOrganizationAboutPlaces() {
        JsonPath json = data(STATEMENT, "id", "north-ossetia-tense-situation-at-verkhni-lars");
        assertThat(json.getString("data.statement.kind"), equalTo("PARAPHRASE"));
        assertThat(json.getString("data.statement.saidOn"), nullValue());
        assertThat(json.getString("data.statement.speaker.__typename"), equalTo("Organization"));
        assertThat(json.getString("data.statement.speaker.id"), equalTo("north-ossetia-authorities"));
        // countries and places by name
        assertThat(json.getList("data.statement.countries.code"), contains("GE", "RU"));
        assertThat(json.getList("data.statement.places.id"), contains("north-ossetia", "verkhni-lars-checkpoint"));
    }

    @Test
    void statisticsStatedByAStatementByPeriod() {
        assertThat(data(STATEMENT, "id", "georgia-ministry-quote-some-10000-a-day").getList("data.statement.statistics.id"),
                contains("georgia-russian-arrivals-2022-09-25", "georgia-russian-arrivals-2022-09-26",
                        "georgia-russian-arrivals-some-10000-a-day"));
        assertThat(data(STATEMENT, "id", "georgia-russian-arrivals-nearly-doubled").getList("data.statement.statistics.id"),
                contains("georgia-russian-arrivals-growth-after-mobilization",
                        "georgia-russian-arrivals-nearly-10000-a-day"));
        assertThat(data(STATEMENT, "id", "russia-claims-genocide-of-russian-speakers").getList("data.statement.events"),
                empty());
    }

    @Test
    void everyExcerptOccursInItsSource() {
        JsonPath json = data("statement/provenance");
        assertThat(json.getInt("data.statements.totalCount"), is(17));
        List<Map<String, Object>> nodes = json.getList("data.statements.nodes");
        assertThat(nodes, hasSize(17));
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(json.getString("data.statements.nodes[" + i + "].id"),
                    json.getString("data.statements.nodes[" + i + "].source.text"),
                    containsString(json.getString("data.statements.nodes[" + i + "].excerpt")));
        }
    }

    @Test
    void unknownIdIsNotFound() {
        JsonPath json = Errors.assertError(run(STATEMENT, "id", "no-such-statement"), Errors.NOT_FOUND, "id");
        assertThat(json.getString("data.statement"), nullValue());
        // another type's key names no statement
        Errors.assertError(run(STATEMENT, "id", "russia-mobilization-2022-09-21"), Errors.NOT_FOUND, "id");
    }

    @Test
    void malformedIdIsBadUserInput() {
        Errors.assertError(run(STATEMENT, "id", "Not A Key"), Errors.BAD_USER_INPUT, "id");
        Errors.assertError(run(STATEMENT, "id", ""), Errors.BAD_USER_INPUT, "id");
        Errors.assertError(run(STATEMENT, "id", "x".repeat(101)), Errors.BAD_USER_INPUT, "id");
    }

    // --- statements: paging --------------------------------------------------

    @Test
    void defaultPageHoldsAllSeventeenNewestFirst() {
        JsonPath json = Connections.assertDefaultPage(STATEMENTS, PATH, Seed.STATEMENTS_NEWEST_FIRST);
        assertThat(json.getInt("data.statements.totalCount"), is(17));
        assertThat(json.getBoolean("data.statements.pageInfo.hasNextPage"), is(false));
    }

    @Test
    void firstLimitsThePage() {
        Connections.assertFirstLimits(STATEMENTS, PATH, Seed.STATEMENTS_NEWEST_FIRST, 1);
        Connections.assertFirstLimits(STATEMENTS, PATH, Seed.STATEMENTS_NEWEST_FIRST, 5);
        Connections.assertFirstLimits(STATEMENTS, PATH, Seed.STATEMENTS_NEWEST_FIRST, 17);
        Connections.assertFirstLimits(STATEMENTS, PATH, Seed.STATEMENTS_NEWEST_FIRST, 18);
    }

    @Test
    void firstZero() {
        Connections.assertFirstZero(STATEMENTS, PATH, 17);
        Connections.assertFirstZero(STATEMENTS, PATH, 0, "filter", Map.of("speakerId", "vladimir-putin"));
    }

    @Test
    void walkingAllPages() {
        for (int size : new int[] {1, 2, 5, 16, 17, 100}) {
            assertThat("page size " + size, Connections.walk(STATEMENTS, PATH, size), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
        }
    }

    @Test
    void firstOutOfRange() {
        Connections.assertFirstOutOfRange(STATEMENTS);
    }

    @Test
    void garbageOrForeignCursor() {
        Connections.assertBadCursors(STATEMENTS, Connections.cursorOf("country/countries", "data.countries"));
        Connections.assertBadCursors(STATEMENTS, Connections.cursorOf("statistic/statistics", "data.statistics"));
        // a cursor of another order of the same list
        String byText = Connections.cursorOf(STATEMENTS, PATH, "orderBy", order("TEXT", "ASC"));
        Connections.assertBadCursors(STATEMENTS, byText);
        Connections.assertBadCursors(STATEMENTS, Connections.cursorOf(STATEMENTS, PATH), "orderBy", order("TEXT", "ASC"));
    }

    // --- statements: StatementOrder -------------------------------------------

    @Test
    void defaultOrderIsSaidOnDescending() {
        assertThat(ids(STATEMENTS, PATH), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
        assertThat(ids(STATEMENTS, PATH, "orderBy", order("SAID_ON", "DESC")), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
    }

    @Test
    void saidOnAscending() {
        assertThat(ids(STATEMENTS, PATH, "orderBy", order("SAID_ON", "ASC")), equalTo(Seed.reversed(Seed.STATEMENTS_NEWEST_FIRST)));
        assertThat(Connections.walk(STATEMENTS, PATH, 4, "orderBy", order("SAID_ON", "ASC")),
                equalTo(Seed.reversed(Seed.STATEMENTS_NEWEST_FIRST)));
    }

    @Test
    void textAscendingAndDescending() {
        assertThat(ids(STATEMENTS, PATH, "orderBy", order("TEXT", "ASC")), equalTo(Seed.STATEMENTS_BY_TEXT));
        assertThat(ids(STATEMENTS, PATH, "orderBy", order("TEXT", "DESC")), equalTo(Seed.reversed(Seed.STATEMENTS_BY_TEXT)));
        assertThat(Connections.walk(STATEMENTS, PATH, 3, "orderBy", order("TEXT", "ASC")), equalTo(Seed.STATEMENTS_BY_TEXT));
        assertThat(Connections.walk(STATEMENTS, PATH, 5, "orderBy", order("TEXT", "DESC")),
                equalTo(Seed.reversed(Seed.STATEMENTS_BY_TEXT)));
    }

    @Test
    void orderFilterAndPagingTogether() {
        List<String> paraphrasesByText = Seed.STATEMENTS_BY_TEXT.stream().filter(id -> !DIRECT_QUOTES.contains(id)).toList();
        assertThat(paraphrasesByText, hasSize(12));
        assertThat(Connections.walk(STATEMENTS, PATH, 5, "orderBy", order("TEXT", "ASC"), "filter", Map.of("kind", "PARAPHRASE")),
                equalTo(paraphrasesByText));
    }

    @Test
    void incompleteOrderIsBadUserInput() {
        Errors.assertError(run(STATEMENTS, "orderBy", Map.of("field", "TEXT")), Errors.BAD_USER_INPUT, null);
        Errors.assertError(run(STATEMENTS, "orderBy", Map.of("field", "NAME", "direction", "ASC")), Errors.BAD_USER_INPUT, null);
    }

    // --- statements: StatementFilter -----------------------------------------------

    @Test
    void textEveryWordInAnyCaseAndOrder() {
        assertThat(filtered("text", "safety"), contains("tokayev-take-care-of-them", "tokayev-major-war-in-immediate-vicinity"));
        assertThat(filtered("text", "SAFETY our"), contains("tokayev-major-war-in-immediate-vicinity"));
        List<String> arrivalsOfRussians = List.of("kazakhstan-confirms-increase-in-russian-arrivals",
                "georgia-russian-arrivals-nearly-doubled", "georgia-ministry-5000-to-6000-before-mobilization",
                "georgia-confirms-increase-in-russian-arrivals");
        assertThat(filtered("text", "ARRIVALS russians"), equalTo(arrivalsOfRussians));
        assertThat(filtered("text", "  russians   Arrivals "), equalTo(arrivalsOfRussians));
        assertThat(filtered("text", "10,000 a day"),
                contains("georgia-russian-arrivals-nearly-doubled", "georgia-ministry-quote-some-10000-a-day"));
        // words match inside words: "russia" also finds "Russians" and "Russian"
        assertThat(filtered("text", "russia"), hasSize(10));
        assertThat(filtered("text", "safety kazakhstan"), empty());
        // like wildcards match themselves
        assertThat(filtered("text", "%"), empty());
        assertThat(filtered("text", "_"), empty());
        Errors.assertError(run(STATEMENTS, "filter", Map.of("text", "   ")), Errors.BAD_USER_INPUT, "filter.text");
    }

    @Test
    void speakerId() {
        assertThat(filtered("speakerId", "georgia-interior-ministry"), contains("georgia-russian-arrivals-nearly-doubled",
                "georgia-ministry-quote-some-10000-a-day", "georgia-ministry-5000-to-6000-before-mobilization",
                "georgia-confirms-increase-in-russian-arrivals"));
        assertThat(filtered("speakerId", "kassym-jomart-tokayev"),
                equalTo(Seed.STATEMENTS_NEWEST_FIRST.stream().filter(id -> id.startsWith("tokayev-")).toList()));
        assertThat(filtered("speakerId", "russia-government"),
                contains("russia-claims-genocide-of-russian-speakers", "moscow-reiterates-nuclear-threats"));
        assertThat(filtered("speakerId", "vladimir-putin"), empty());
        Errors.assertError(run(STATEMENTS, "filter", Map.of("speakerId", "nobody")), Errors.NOT_FOUND, "filter.speakerId");
        Errors.assertError(run(STATEMENTS, "filter", Map.of("speakerId", "No Body")), Errors.BAD_USER_INPUT, "filter.speakerId");
    }

    @Test
    void countryCode() {
        List<String> ukraine = List.of("tokayev-territorial-integrity-inalienable", "tokayev-major-war-in-immediate-vicinity",
                "tokayev-condemns-conflict-in-ukraine", "russia-claims-genocide-of-russian-speakers",
                "moscow-reiterates-nuclear-threats", "kyiv-referendums-are-simulacra");
        assertThat(filtered("countryCode", "UA"), equalTo(ukraine));
        assertThat(filtered("countryCode", "ukr"), equalTo(ukraine));
        assertThat(filtered("countryCode", "ge"), contains("north-ossetia-tense-situation-at-verkhni-lars",
                "north-ossetia-military-mobilization-commission", "georgia-russian-arrivals-nearly-doubled",
                "georgia-ministry-quote-some-10000-a-day", "georgia-ministry-5000-to-6000-before-mobilization",
                "georgia-confirms-increase-in-russian-arrivals"));
        assertThat(filtered("countryCode", "RU"), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
        assertThat(filtered("countryCode", "FR"), empty());
        Errors.assertError(run(STATEMENTS, "filter", Map.of("countryCode", "XX")), Errors.NOT_FOUND, "filter.countryCode");
        Errors.assertError(run(STATEMENTS, "filter", Map.of("countryCode", "K1")), Errors.BAD_USER_INPUT, "filter.countryCode");
    }

    @Test
    void kind() {
        assertThat(filtered("kind", "DIRECT_QUOTE"), equalTo(DIRECT_QUOTES));
        assertThat(filtered("kind", "PARAPHRASE"),
                equalTo(Seed.STATEMENTS_NEWEST_FIRST.stream().filter(id -> !DIRECT_QUOTES.contains(id)).toList()));
    }

    @Test
    void sourceId() {
        assertThat(filtered("sourceId", Seed.SOURCE), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
        Errors.assertError(run(STATEMENTS, "filter", Map.of("sourceId", "no-such-source")), Errors.NOT_FOUND, "filter.sourceId");
    }

    @Test
    void eventId() {
        assertThat(filtered("eventId", "ukraine-annexation-votes-2022"), contains("tokayev-territorial-integrity-inalienable",
                "tokayev-condemns-conflict-in-ukraine", "moscow-reiterates-nuclear-threats", "kyiv-referendums-are-simulacra"));
        List<String> mobilization = Seed.STATEMENTS_NEWEST_FIRST.stream()
                .filter(id -> !List.of("tokayev-territorial-integrity-inalienable", "tokayev-condemns-conflict-in-ukraine",
                        "moscow-reiterates-nuclear-threats", "kyiv-referendums-are-simulacra",
                        "tokayev-major-war-in-immediate-vicinity", "russia-claims-genocide-of-russian-speakers").contains(id))
                .toList();
        assertThat(mobilization, hasSize(11));
        assertThat(filtered("eventId", "russia-mobilization-2022-09-21"), equalTo(mobilization));
        Errors.assertError(run(STATEMENTS, "filter", Map.of("eventId", "no-such-event")), Errors.NOT_FOUND, "filter.eventId");
    }

    @Test
    void placeId() {
        assertThat(filtered("placeId", "north-ossetia"), contains("north-ossetia-tense-situation-at-verkhni-lars",
                "north-ossetia-military-mobilization-commission"));
        assertThat(filtered("placeId", "verkhni-lars-checkpoint"), contains("north-ossetia-tense-situation-at-verkhni-lars"));
        Errors.assertError(run(STATEMENTS, "filter", Map.of("placeId", "no-such-place")), Errors.NOT_FOUND, "filter.placeId");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2022-09-27, null, 17",
            "2022-09-28, null, 0",
            "null, 2022-09-27, 17",
            "null, 2022-09-26, 0",
            "2022-09-27, 2022-09-27, 17",
            "2022-09-01, 2022-09-30, 17",
            "2022-09-21, 2022-09-26, 0",
            "2022-09-28, 2022-12-31, 0"})
    void fromAndToCountUndatedStatementsOnTheirSourceDate(String from, String to, int count) {
        Map<String, Object> filter = new java.util.HashMap<>();
        filter.put("from", from);
        filter.put("to", to);
        JsonPath json = data(STATEMENTS, "filter", filter);
        assertThat(json.getInt("data.statements.totalCount"), is(count));
        assertThat(json.getList("data.statements.nodes.id"), hasSize(count));
        if (count > 0) {
            // undated statements count as said on 2022-09-27
            assertThat(json.getList("data.statements.nodes.id"), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
        }
    }

    @Test
    void fromAfterToIsBadUserInput() {
        Errors.assertError(run(STATEMENTS, "filter", Map.of("from", "2022-09-28", "to", "2022-09-27")), Errors.BAD_USER_INPUT,
                "filter.to");
    }

    @Test
    void filtersCombine() {
        assertThat(filtered("speakerId", "kassym-jomart-tokayev", "kind", "DIRECT_QUOTE"),
                contains("tokayev-territorial-integrity-inalienable", "tokayev-take-care-of-them",
                        "tokayev-many-people-come-from-russia", "tokayev-major-war-in-immediate-vicinity"));
        assertThat(filtered("speakerId", "kassym-jomart-tokayev", "kind", "DIRECT_QUOTE", "text", "safety"),
                contains("tokayev-take-care-of-them", "tokayev-major-war-in-immediate-vicinity"));
        assertThat(filtered("speakerId", "georgia-interior-ministry", "countryCode", "KZ"), empty());
        assertThat(filtered("countryCode", "KZ", "eventId", "russia-mobilization-2022-09-21", "kind", "PARAPHRASE"),
                containsInAnyOrder("tokayev-kazakhstan-will-protect-fleeing-russians",
                        "kazakhstan-confirms-increase-in-russian-arrivals", "kazakhstan-98000-russian-arrivals-since-2022-09-21"));
        assertThat(filtered("placeId", "north-ossetia", "sourceId", Seed.SOURCE, "from", "2022-09-27", "to", "2022-09-27",
                "text", "checkpoint"), contains("north-ossetia-tense-situation-at-verkhni-lars"));
        JsonPath counted = data(STATEMENTS, "filter", Map.of("kind", "DIRECT_QUOTE"), "first", 2);
        assertThat(counted.getInt("data.statements.totalCount"), is(5));
        assertThat(counted.getBoolean("data.statements.pageInfo.hasNextPage"), is(true));
    }
}
