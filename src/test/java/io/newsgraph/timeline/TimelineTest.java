package io.newsgraph.timeline;

import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.newsgraph.Connections;
import io.newsgraph.Errors;
import io.newsgraph.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Country.timeline: statements about a country, figures observed in it and events in it, by
 * date, oldest first; within a day events, then statements, then figures; then by key. A
 * statement's date is saidOn (else its source's date), a figure's its period end, an event's its start.
 */
@QuarkusTest
public class TimelineTest {

    static final String TIMELINE = "timeline/timeline";
    static final String PATH = "data.country.timeline";

    /** Georgia: six figures observed in it, six statements about it, no event. */
    static final List<String> GEORGIA = List.of(
            "Statistic georgia-russian-arrivals-before-mobilization", // 2022-09-21
            "Statistic georgia-russian-arrivals-2022-09-25",
            "Statistic georgia-russian-arrivals-2022-09-26",
            "Statement georgia-confirms-increase-in-russian-arrivals", // 2022-09-27 from here
            "Statement georgia-ministry-5000-to-6000-before-mobilization",
            "Statement georgia-ministry-quote-some-10000-a-day",
            "Statement georgia-russian-arrivals-nearly-doubled",
            "Statement north-ossetia-military-mobilization-commission", // undated: the source's day
            "Statement north-ossetia-tense-situation-at-verkhni-lars", // undated: the source's day
            "Statistic georgia-russian-arrivals-growth-after-mobilization",
            "Statistic georgia-russian-arrivals-nearly-10000-a-day",
            "Statistic georgia-russian-arrivals-some-10000-a-day");

    /** Ukraine: the votes, then six statements, then one figure, all on 2022-09-27. */
    static final List<String> UKRAINE = List.of(
            "Event ukraine-annexation-votes-2022",
            "Statement kyiv-referendums-are-simulacra",
            "Statement moscow-reiterates-nuclear-threats",
            "Statement russia-claims-genocide-of-russian-speakers",
            "Statement tokayev-condemns-conflict-in-ukraine",
            "Statement tokayev-major-war-in-immediate-vicinity",
            "Statement tokayev-territorial-integrity-inalienable",
            "Statistic ukraine-regions-holding-annexation-votes");

    /** Kazakhstan: six statements, then the one figure, all on 2022-09-27. */
    static final List<String> KAZAKHSTAN = List.of(
            "Statement kazakhstan-98000-russian-arrivals-since-2022-09-21",
            "Statement kazakhstan-confirms-increase-in-russian-arrivals",
            "Statement tokayev-kazakhstan-will-protect-fleeing-russians",
            "Statement tokayev-major-war-in-immediate-vicinity",
            "Statement tokayev-many-people-come-from-russia",
            "Statement tokayev-take-care-of-them",
            "Statistic kazakhstan-russian-arrivals-since-2022-09-21");

    /** Russia: the mobilization (2022-09-21), then all seventeen statements, which are all about Russia. */
    static List<String> russia() {
        List<String> facts = new ArrayList<>();
        facts.add("Event russia-mobilization-2022-09-21");
        Seed.reversed(Seed.STATEMENTS_NEWEST_FIRST).forEach(id -> facts.add("Statement " + id));
        return facts;
    }

    static List<String> facts(JsonPath json, String path) {
        List<String> types = json.getList(path + ".nodes.__typename", String.class);
        List<String> ids = json.getList(path + ".nodes.id", String.class);
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            facts.add(types.get(i) + " " + ids.get(i));
        }
        return facts;
    }

    static List<String> idsOf(List<String> facts) {
        return facts.stream().map(f -> f.substring(f.indexOf(' ') + 1)).toList();
    }

    @Test
    void mergedInDateOrderWithinADayEventsStatementsStatistics() {
        JsonPath georgia = data(TIMELINE, "code", "GE", "first", 100);
        assertThat(facts(georgia, PATH), equalTo(GEORGIA));
        assertThat(georgia.getInt(PATH + ".totalCount"), is(12));
        assertThat(facts(data(TIMELINE, "code", "UKR"), PATH), equalTo(UKRAINE));
        assertThat(facts(data(TIMELINE, "code", "kz"), PATH), equalTo(KAZAKHSTAN));
        JsonPath russia = data(TIMELINE, "code", "RU", "first", 100);
        assertThat(facts(russia, PATH), equalTo(russia()));
        assertThat(russia.getInt(PATH + ".totalCount"), is(18));
        JsonPath france = data(TIMELINE, "code", "FR");
        assertThat(france.getList(PATH + ".nodes"), empty());
        assertThat(france.getInt(PATH + ".totalCount"), is(0));
        assertThat(france.getBoolean(PATH + ".pageInfo.hasNextPage"), is(false));
    }

    @Test
    void unionMembersCarryTheirOwnFields() {
        JsonPath json = data(TIMELINE, "code", "UA");
        assertThat(json.getString(PATH + ".nodes[0].__typename"), equalTo("Event"));
        assertThat(json.getString(PATH + ".nodes[0].name"), equalTo("Annexation votes in four Ukrainian regions"));
        assertThat(json.getString(PATH + ".nodes[0].startDate"), equalTo("2022-09-27"));
        assertThat(json.getString(PATH + ".nodes[1].__typename"), equalTo("Statement"));
        assertThat(json.getString(PATH + ".nodes[1].text"),
                equalTo("The referendums Russia is organizing in four Ukrainian regions to formalize their annexation are simulacra."));
        assertThat(json.getString(PATH + ".nodes[1].speaker.id"), equalTo("ukraine-government"));
        assertThat(json.getString(PATH + ".nodes[7].__typename"), equalTo("Statistic"));
        assertThat(json.getString(PATH + ".nodes[7].metric"), equalTo("regions"));
        assertThat(json.getDouble(PATH + ".nodes[7].value"), is(4.0));
        assertThat(json.getString(PATH + ".nodes[7].periodEnd"), equalTo("2022-09-27"));
        assertThat(json.getList(PATH + ".nodes.__typename"), everyItem(oneOf("Statement", "Statistic", "Event")));
        assertThat(json.getList(PATH + ".edges.node.__typename"), equalTo(json.getList(PATH + ".nodes.__typename")));
    }

    @Test
    void fromAndToBoundTheDays() {
        assertThat(facts(data(TIMELINE, "code", "GE", "from", "2022-09-25", "to", "2022-09-26"), PATH),
                contains("Statistic georgia-russian-arrivals-2022-09-25", "Statistic georgia-russian-arrivals-2022-09-26"));
        JsonPath fromDay = data(TIMELINE, "code", "GE", "from", "2022-09-27");
        assertThat(facts(fromDay, PATH), equalTo(GEORGIA.subList(3, 12)));
        assertThat(fromDay.getInt(PATH + ".totalCount"), is(9));
        JsonPath toDay = data(TIMELINE, "code", "GE", "to", "2022-09-21");
        assertThat(facts(toDay, PATH), contains("Statistic georgia-russian-arrivals-before-mobilization"));
        assertThat(toDay.getInt(PATH + ".totalCount"), is(1));
        assertThat(facts(data(TIMELINE, "code", "RU", "to", "2022-09-26"), PATH), contains("Event russia-mobilization-2022-09-21"));
        assertThat(facts(data(TIMELINE, "code", "RU", "from", "2022-09-22", "to", "2022-09-26"), PATH), empty());
        assertThat(data(TIMELINE, "code", "GE", "from", "2022-09-28").getInt(PATH + ".totalCount"), is(0));
        // a bounded timeline pages like any other
        assertThat(Connections.walk(TIMELINE, PATH, 2, "code", "GE", "from", "2022-09-21", "to", "2022-09-27"),
                equalTo(idsOf(GEORGIA)));
        assertThat(Connections.walk(TIMELINE, PATH, 4, "code", "GE", "from", "2022-09-26"), equalTo(idsOf(GEORGIA.subList(2, 12))));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        Errors.assertError(run(TIMELINE, "code", "GE", "from", "2022-09-27", "to", "2022-09-26"), Errors.BAD_USER_INPUT,
                "timeline.to");
    }

    @Test
    void paging() {
        Connections.assertDefaultPage(TIMELINE, PATH, idsOf(GEORGIA), "code", "GE");
        Connections.assertFirstLimits(TIMELINE, PATH, idsOf(GEORGIA), 5, "code", "GE");
        for (int size : new int[] {1, 2, 5, 11, 12}) {
            assertThat("page size " + size, Connections.walk(TIMELINE, PATH, size, "code", "GE"), equalTo(idsOf(GEORGIA)));
        }
        for (int size : new int[] {1, 3, 7}) {
            assertThat(Connections.walk(TIMELINE, PATH, size, "code", "RU"), equalTo(idsOf(russia())));
            assertThat(Connections.walk(TIMELINE, PATH, size, "code", "UA"), equalTo(idsOf(UKRAINE)));
        }
        Connections.assertFirstZero(TIMELINE, PATH, 12, "code", "GE");
        Connections.assertFirstZero(TIMELINE, PATH, 0, "code", "FR");
    }

    @Test
    void pagingAfterACursor() {
        JsonPath first = data(TIMELINE, "code", "GE", "first", 4);
        assertThat(facts(first, PATH), equalTo(GEORGIA.subList(0, 4)));
        // the cursor of the fourth fact, a statement, continues across the change of type and day
        JsonPath next = data(TIMELINE, "code", "GE", "first", 7, "after", first.getString(PATH + ".pageInfo.endCursor"));
        assertThat(facts(next, PATH), equalTo(GEORGIA.subList(4, 11)));
        assertThat(next.getBoolean(PATH + ".pageInfo.hasPreviousPage"), is(true));
        assertThat(next.getBoolean(PATH + ".pageInfo.hasNextPage"), is(true));
        assertThat(next.getInt(PATH + ".totalCount"), is(12));
        // any edge's cursor works as well
        String second = first.getString(PATH + ".edges[1].cursor");
        assertThat(facts(data(TIMELINE, "code", "GE", "first", 2, "after", second), PATH), equalTo(GEORGIA.subList(2, 4)));
    }

    @Test
    void pagingErrors() {
        Connections.assertFirstOutOfRange(TIMELINE, "code", "GE");
        Connections.assertBadCursors(TIMELINE, Connections.cursorOf("statement/statements", "data.statements"), "code", "GE");
        Connections.assertBadCursors(TIMELINE, Connections.cursorOf("country/country-statements", "data.country.statements",
                "code", "GE"), "code", "GE");
    }

    @Test
    void timelinesOfSeveralCountriesInOneRequest() {
        JsonPath json = data("timeline/timelines", "codes", List.of("GE", "KZ", "RU", "UA", "FR"), "first", 3);
        String path = "data.countries.nodes";
        assertThat(json.getList(path + ".code"), contains("FR", "GE", "KZ", "RU", "UA"));
        assertThat(json.getList(path + ".timeline.totalCount"), contains(0, 12, 7, 18, 8));
        assertThat(json.getList(path + ".timeline.pageInfo.hasNextPage"), contains(false, true, true, true, true));
        assertThat(json.getList(path + "[0].timeline.nodes"), empty());
        assertThat(facts(json, path + "[1].timeline"), equalTo(GEORGIA.subList(0, 3)));
        assertThat(facts(json, path + "[2].timeline"), equalTo(KAZAKHSTAN.subList(0, 3)));
        assertThat(facts(json, path + "[3].timeline"), equalTo(russia().subList(0, 3)));
        assertThat(facts(json, path + "[4].timeline"), equalTo(UKRAINE.subList(0, 3)));
        JsonPath none = data("timeline/timelines", "codes", List.of("GE", "KZ", "FR"), "first", 0);
        assertThat(none.getList(path + ".timeline.pageInfo.hasNextPage"), contains(false, true, true));
        assertThat(none.getList(path + ".timeline.nodes"), everyItem(hasSize(0)));
    }
}
