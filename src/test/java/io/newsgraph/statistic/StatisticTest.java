package io.newsgraph.statistic;

import static io.newsgraph.Connections.ids;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query.statistic, Query.statistics (StatisticFilter, StatisticOrder, paging), against the seed. */
@QuarkusTest
public class StatisticTest {

    static final String STATISTIC = "statistic/statistic";
    static final String STATISTICS = "statistic/statistics";
    static final String PATH = "data.statistics";

    static final String SOME = "georgia-russian-arrivals-some-10000-a-day";
    static final String NEARLY = "georgia-russian-arrivals-nearly-10000-a-day";
    static final String GROWTH = "georgia-russian-arrivals-growth-after-mobilization";
    static final String SUNDAY = "georgia-russian-arrivals-2022-09-25";
    static final String MONDAY = "georgia-russian-arrivals-2022-09-26";
    static final String BEFORE = "georgia-russian-arrivals-before-mobilization";
    static final String KAZAKHSTAN = "kazakhstan-russian-arrivals-since-2022-09-21";
    static final String REGIONS = "ukraine-regions-holding-annexation-votes";

    static Map<String, Object> order(String field, String direction) {
        return Map.of("field", field, "direction", direction);
    }

    static List<String> filtered(Object... filter) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < filter.length; i += 2) {
            map.put((String) filter[i], filter[i + 1]);
        }
        return ids(STATISTICS, PATH, "filter", map, "first", 100);
    }

    /** The seed's figures in the default order, keeping those given. */
    static List<String> only(String... keep) {
        return Seed.STATISTICS_LATEST_FIRST.stream().filter(List.of(keep)::contains).toList();
    }

    // --- statistic(id:) ------------------------------------------------------

    @Test
    void exactDailyFigure() {
        JsonPath json = data(STATISTIC, "id", SUNDAY);
        assertThat(json.getString("data.statistic.metric"), equalTo("arrivals"));
        assertThat(json.getDouble("data.statistic.value"), is(11200.0));
        assertThat(json.getString("data.statistic.low"), nullValue());
        assertThat(json.getString("data.statistic.high"), nullValue());
        assertThat(json.getString("data.statistic.approximation"), equalTo("EXACT"));
        assertThat(json.getString("data.statistic.unit"), equalTo("people"));
        assertThat(json.getString("data.statistic.rate"), equalTo("PER_DAY"));
        assertThat(json.getString("data.statistic.periodStart"), equalTo("2022-09-25"));
        assertThat(json.getString("data.statistic.periodEnd"), equalTo("2022-09-25"));
        assertThat(json.getString("data.statistic.country.code"), equalTo("GE"));
        assertThat(json.getString("data.statistic.originCountry.code"), equalTo("RU"));
        assertThat(json.getString("data.statistic.place"), nullValue());
        assertThat(json.getString("data.statistic.reportedBy.__typename"), equalTo("Organization"));
        assertThat(json.getString("data.statistic.reportedBy.id"), equalTo("georgia-interior-ministry"));
        assertThat(json.getString("data.statistic.statement.id"), equalTo("georgia-ministry-quote-some-10000-a-day"));
        assertThat(json.getString("data.statistic.source.id"), equalTo(Seed.SOURCE));
        assertThat(json.getString("data.statistic.excerpt"), equalTo("they were 11,200 on Sunday"));
        assertThat(json.getString("data.statistic.source.text"), containsString("they were 11,200 on Sunday"));
        assertThat(json.getList("data.statistic.events.id"), contains("russia-mobilization-2022-09-21"));
    }

    @Test
    void boundsAndRangesKeepWhatWasReported() {
        JsonPath monday = data(STATISTIC, "id", MONDAY);
        assertThat(monday.getString("data.statistic.approximation"), equalTo("AT_MOST"));
        assertThat(monday.getString("data.statistic.value"), nullValue());
        assertThat(monday.getDouble("data.statistic.high"), is(10000.0));
        JsonPath before = data(STATISTIC, "id", BEFORE);
        assertThat(before.getString("data.statistic.approximation"), equalTo("RANGE"));
        assertThat(before.getDouble("data.statistic.low"), is(5000.0));
        assertThat(before.getDouble("data.statistic.high"), is(6000.0));
        assertThat(before.getString("data.statistic.periodStart"), nullValue());
        assertThat(before.getString("data.statistic.periodEnd"), equalTo("2022-09-21"));
    }

    @Test
    void figureInTheSourcesOwnVoice() {
        JsonPath json = data(STATISTIC, "id", REGIONS);
        assertThat(json.getString("data.statistic.reportedBy"), nullValue());
        assertThat(json.getString("data.statistic.statement"), nullValue());
        assertThat(json.getString("data.statistic.originCountry"), nullValue());
        assertThat(json.getString("data.statistic.rate"), nullValue());
        assertThat(json.getString("data.statistic.country.code"), equalTo("UA"));
        assertThat(json.getList("data.statistic.events.id"), contains("ukraine-annexation-votes-2022"));
    }

    @Test
    void unknownIdIsNotFound() {
        JsonPath json = Errors.assertError(run(STATISTIC, "id", "no-such-figure"), Errors.NOT_FOUND, "id");
        assertThat(json.getString("data.statistic"), nullValue());
        Errors.assertError(run(STATISTIC, "id", "Bad Key"), Errors.BAD_USER_INPUT, "id");
    }

    // --- statistics: paging --------------------------------------------------

    @Test
    void defaultPageHoldsAllEightLatestFirst() {
        Connections.assertDefaultPage(STATISTICS, PATH, Seed.STATISTICS_LATEST_FIRST);
    }

    @Test
    void firstLimitsThePage() {
        Connections.assertFirstLimits(STATISTICS, PATH, Seed.STATISTICS_LATEST_FIRST, 1);
        Connections.assertFirstLimits(STATISTICS, PATH, Seed.STATISTICS_LATEST_FIRST, 3);
        Connections.assertFirstLimits(STATISTICS, PATH, Seed.STATISTICS_LATEST_FIRST, 8);
    }

    @Test
    void firstZero() {
        Connections.assertFirstZero(STATISTICS, PATH, 8);
    }

    @Test
    void walkingAllPages() {
        for (int size : new int[] {1, 3, 7, 8, 100}) {
            assertThat("page size " + size, Connections.walk(STATISTICS, PATH, size), equalTo(Seed.STATISTICS_LATEST_FIRST));
        }
    }

    @Test
    void firstOutOfRange() {
        Connections.assertFirstOutOfRange(STATISTICS);
    }

    @Test
    void garbageOrForeignCursor() {
        Connections.assertBadCursors(STATISTICS, Connections.cursorOf("statement/statements", "data.statements"));
        Connections.assertBadCursors(STATISTICS, Connections.cursorOf(STATISTICS, PATH, "orderBy", order("VALUE", "DESC")));
        Connections.assertBadCursors(STATISTICS, Connections.cursorOf(STATISTICS, PATH), "orderBy", order("VALUE", "ASC"));
    }

    // --- statistics: StatisticOrder -------------------------------------------

    @Test
    void defaultOrderIsPeriodEndDescending() {
        assertThat(ids(STATISTICS, PATH), equalTo(Seed.STATISTICS_LATEST_FIRST));
        assertThat(ids(STATISTICS, PATH, "orderBy", order("PERIOD_END", "DESC")), equalTo(Seed.STATISTICS_LATEST_FIRST));
    }

    @Test
    void periodEndAscendingMakesASeries() {
        List<String> ascending = Seed.reversed(Seed.STATISTICS_LATEST_FIRST);
        assertThat(ids(STATISTICS, PATH, "orderBy", order("PERIOD_END", "ASC")), equalTo(ascending));
        assertThat(Connections.walk(STATISTICS, PATH, 3, "orderBy", order("PERIOD_END", "ASC")), equalTo(ascending));
        assertThat(ids(STATISTICS, PATH, "orderBy", order("PERIOD_END", "ASC"), "filter",
                Map.of("metric", "arrivals", "countryCode", "GE", "rate", "PER_DAY")),
                contains(BEFORE, SUNDAY, MONDAY, NEARLY, SOME));
    }

    @Test
    void valueDescendingAndAscending() {
        assertThat(ids(STATISTICS, PATH, "orderBy", order("VALUE", "DESC")), equalTo(Seed.STATISTICS_BY_VALUE_DESC));
        assertThat(ids(STATISTICS, PATH, "orderBy", order("VALUE", "ASC")), equalTo(Seed.reversed(Seed.STATISTICS_BY_VALUE_DESC)));
        // three figures share the value 10,000: keyset paging must neither skip nor repeat them
        for (int size : new int[] {1, 2, 3, 4}) {
            assertThat(Connections.walk(STATISTICS, PATH, size, "orderBy", order("VALUE", "DESC")),
                    equalTo(Seed.STATISTICS_BY_VALUE_DESC));
            assertThat(Connections.walk(STATISTICS, PATH, size, "orderBy", order("VALUE", "ASC")),
                    equalTo(Seed.reversed(Seed.STATISTICS_BY_VALUE_DESC)));
        }
    }

    // --- statistics: StatisticFilter -----------------------------------------------

    @Test
    void metric() {
        assertThat(filtered("metric", "arrivals"), equalTo(only(SOME, NEARLY, SUNDAY, MONDAY, BEFORE, KAZAKHSTAN)));
        assertThat(filtered("metric", "arrivals-growth"), contains(GROWTH));
        assertThat(filtered("metric", "regions"), contains(REGIONS));
        assertThat(filtered("metric", "arrival"), empty());
        Errors.assertError(run(STATISTICS, "filter", Map.of("metric", " ")), Errors.BAD_USER_INPUT, "filter.metric");
    }

    @Test
    void countryCode() {
        List<String> georgia = only(SOME, NEARLY, GROWTH, SUNDAY, MONDAY, BEFORE);
        assertThat(filtered("countryCode", "GE"), equalTo(georgia));
        assertThat(filtered("countryCode", "geo"), equalTo(georgia));
        assertThat(filtered("countryCode", "KZ"), contains(KAZAKHSTAN));
        assertThat(filtered("countryCode", "UA"), contains(REGIONS));
        assertThat(filtered("countryCode", "RU"), empty());
        Errors.assertError(run(STATISTICS, "filter", Map.of("countryCode", "XX")), Errors.NOT_FOUND, "filter.countryCode");
        Errors.assertError(run(STATISTICS, "filter", Map.of("countryCode", "1")), Errors.BAD_USER_INPUT, "filter.countryCode");
    }

    @Test
    void originCountryCode() {
        List<String> fromRussia = only(SOME, NEARLY, GROWTH, SUNDAY, MONDAY, BEFORE, KAZAKHSTAN);
        assertThat(filtered("originCountryCode", "RU"), equalTo(fromRussia));
        assertThat(filtered("originCountryCode", "rus"), equalTo(fromRussia));
        assertThat(filtered("originCountryCode", "GE"), empty());
        Errors.assertError(run(STATISTICS, "filter", Map.of("originCountryCode", "XX")), Errors.NOT_FOUND,
                "filter.originCountryCode");
    }

    @Test
    void reportedById() {
        assertThat(filtered("reportedById", "georgia-interior-ministry"), equalTo(only(SOME, NEARLY, GROWTH, SUNDAY, MONDAY, BEFORE)));
        assertThat(filtered("reportedById", "kazakhstan-interior-ministry"), contains(KAZAKHSTAN));
        assertThat(filtered("reportedById", "kassym-jomart-tokayev"), empty());
        Errors.assertError(run(STATISTICS, "filter", Map.of("reportedById", "nobody")), Errors.NOT_FOUND, "filter.reportedById");
    }

    @Test
    void sourceId() {
        assertThat(filtered("sourceId", Seed.SOURCE), equalTo(Seed.STATISTICS_LATEST_FIRST));
        Errors.assertError(run(STATISTICS, "filter", Map.of("sourceId", "no-such-source")), Errors.NOT_FOUND, "filter.sourceId");
    }

    @Test
    void eventId() {
        assertThat(filtered("eventId", "russia-mobilization-2022-09-21"),
                equalTo(only(SOME, NEARLY, GROWTH, SUNDAY, MONDAY, BEFORE, KAZAKHSTAN)));
        assertThat(filtered("eventId", "ukraine-annexation-votes-2022"), contains(REGIONS));
        Errors.assertError(run(STATISTICS, "filter", Map.of("eventId", "no-such-event")), Errors.NOT_FOUND, "filter.eventId");
    }

    @Test
    void placeId() {
        // no figure of the seed is tied to a place
        assertThat(filtered("placeId", "verkhni-lars-checkpoint"), empty());
        assertThat(filtered("placeId", "north-ossetia"), empty());
        Errors.assertError(run(STATISTICS, "filter", Map.of("placeId", "no-such-place")), Errors.NOT_FOUND, "filter.placeId");
    }

    @Test
    void rate() {
        assertThat(filtered("rate", "PER_DAY"), equalTo(only(SOME, NEARLY, SUNDAY, MONDAY, BEFORE)));
        assertThat(filtered("rate", "PER_WEEK"), empty());
        assertThat(filtered("rate", "PER_MONTH"), empty());
        assertThat(filtered("rate", "PER_YEAR"), empty());
    }

    /**
     * Periods of the seed: growth, nearly, some, Kazakhstan 09-21..09-27; Sunday 09-25; Monday
     * 09-26; before-mobilization (open start)..09-21; regions 09-27. A figure matches when its
     * period overlaps [from, to]; an unreported start or end is open.
     */
    @ParameterizedTest
    @CsvSource(nullValues = "null", delimiter = ';', value = {
            "2022-09-26; null; ukraine-regions-holding-annexation-votes kazakhstan-russian-arrivals-since-2022-09-21 georgia-russian-arrivals-some-10000-a-day georgia-russian-arrivals-nearly-10000-a-day georgia-russian-arrivals-growth-after-mobilization georgia-russian-arrivals-2022-09-26",
            "2022-09-28; null; ",
            "null; 2022-09-21; kazakhstan-russian-arrivals-since-2022-09-21 georgia-russian-arrivals-some-10000-a-day georgia-russian-arrivals-nearly-10000-a-day georgia-russian-arrivals-growth-after-mobilization georgia-russian-arrivals-before-mobilization",
            "null; 2022-09-20; georgia-russian-arrivals-before-mobilization",
            "2022-09-25; 2022-09-25; kazakhstan-russian-arrivals-since-2022-09-21 georgia-russian-arrivals-some-10000-a-day georgia-russian-arrivals-nearly-10000-a-day georgia-russian-arrivals-growth-after-mobilization georgia-russian-arrivals-2022-09-25",
            "2022-09-22; 2022-09-24; kazakhstan-russian-arrivals-since-2022-09-21 georgia-russian-arrivals-some-10000-a-day georgia-russian-arrivals-nearly-10000-a-day georgia-russian-arrivals-growth-after-mobilization",
            "2022-09-21; 2022-09-21; kazakhstan-russian-arrivals-since-2022-09-21 georgia-russian-arrivals-some-10000-a-day georgia-russian-arrivals-nearly-10000-a-day georgia-russian-arrivals-growth-after-mobilization georgia-russian-arrivals-before-mobilization",
            "2022-01-01; 2022-12-31; ukraine-regions-holding-annexation-votes kazakhstan-russian-arrivals-since-2022-09-21 georgia-russian-arrivals-some-10000-a-day georgia-russian-arrivals-nearly-10000-a-day georgia-russian-arrivals-growth-after-mobilization georgia-russian-arrivals-2022-09-26 georgia-russian-arrivals-2022-09-25 georgia-russian-arrivals-before-mobilization"})
    void fromAndToSelectOverlappingPeriods(String from, String to, String expected) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("from", from);
        filter.put("to", to);
        List<String> keys = expected == null ? List.of() : List.of(expected.trim().split("\\s+"));
        JsonPath json = data(STATISTICS, "filter", filter);
        assertThat(json.getList("data.statistics.nodes.id"), equalTo(keys));
        assertThat(json.getInt("data.statistics.totalCount"), is(keys.size()));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        Errors.assertError(run(STATISTICS, "filter", Map.of("from", "2022-09-27", "to", "2022-09-21")), Errors.BAD_USER_INPUT,
                "filter.to");
    }

    @Test
    void filtersCombine() {
        assertThat(filtered("metric", "arrivals", "countryCode", "GE", "rate", "PER_DAY", "from", "2022-09-26"),
                contains(SOME, NEARLY, MONDAY));
        assertThat(filtered("metric", "arrivals", "originCountryCode", "RU", "reportedById", "kazakhstan-interior-ministry",
                "eventId", "russia-mobilization-2022-09-21", "sourceId", Seed.SOURCE), contains(KAZAKHSTAN));
        assertThat(filtered("metric", "arrivals", "countryCode", "KZ", "rate", "PER_DAY"), empty());
        JsonPath page = data(STATISTICS, "filter", Map.of("metric", "arrivals"), "orderBy", order("VALUE", "DESC"), "first", 2);
        assertThat(page.getList("data.statistics.nodes.id"), contains(KAZAKHSTAN, SUNDAY));
        assertThat(page.getInt("data.statistics.totalCount"), is(6));
        assertThat(Connections.walk(STATISTICS, PATH, 2, "filter", Map.of("metric", "arrivals"), "orderBy", order("VALUE", "DESC")),
                contains(KAZAKHSTAN, SUNDAY, SOME, NEARLY, MONDAY, BEFORE));
        assertThat(filtered("countryCode", "GE"), hasSize(6));
    }
}
