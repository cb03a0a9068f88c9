package io.newsgraph.country;

import static io.newsgraph.Connections.ids;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Connections;
import io.newsgraph.Errors;
import io.newsgraph.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query.country, Query.countries (CountryFilter, paging) and the lists of a country, against the seed. */
@QuarkusTest
public class CountryTest {

    static final String COUNTRY = "country/country";
    static final String COUNTRIES = "country/countries";
    static final String STATEMENTS = "country/country-statements";
    static final String STATISTICS = "country/country-statistics";
    static final String NESTED = "country/countries-with-statements";
    static final String OFFICIALS = "country/country-officials";

    /** Every ISO 3166-1 country, by alpha-2 code: the list the application builds from the JDK. */
    static List<String> allCodes() {
        return Arrays.stream(java.util.Locale.getISOCountries()).sorted().toList();
    }

    // --- country(code:) ---------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"KZ", "kz", "Kz", "KAZ", "kaz", "kAz"})
    void countryByAlpha2OrAlpha3InAnyCase(String code) {
        JsonPath json = data(COUNTRY, "code", code);
        assertThat(json.getString("data.country.id"), equalTo("KZ"));
        assertThat(json.getString("data.country.code"), equalTo("KZ"));
        assertThat(json.getString("data.country.alpha3"), equalTo("KAZ"));
        assertThat(json.getString("data.country.name"), equalTo("Kazakhstan"));
    }

    @Test
    void kazakhstanWithItsOfficialsAndBodies() {
        JsonPath json = data(COUNTRY, "code", "KZ");
        assertThat(json.getList("data.country.neighbors.code"), contains("RU"));
        assertThat(json.getList("data.country.officials.id"), contains("kassym-jomart-tokayev"));
        assertThat(data(OFFICIALS, "code", "KZ", "current", true).getList("data.country.officials.id"),
                contains("kassym-jomart-tokayev"));
        assertThat(data(OFFICIALS, "code", "KZ", "current", false).getList("data.country.officials"), empty());
        assertThat(data(OFFICIALS, "code", "KZ").getList("data.country.officials.id"), contains("kassym-jomart-tokayev"));
        assertThat(data(OFFICIALS, "code", "GE", "current", true).getList("data.country.officials"), empty());
        assertThat(json.getList("data.country.organizations.id"), contains("kazakhstan-interior-ministry"));
        assertThat(json.getList("data.country.events"), empty());
    }

    @Test
    void russiaNeighborsOrganizationsAndEventsInTheirOrder() {
        JsonPath json = data(COUNTRY, "code", "rus");
        assertThat(json.getString("data.country.name"), equalTo("Russia"));
        // by name: Georgia, Kazakhstan
        assertThat(json.getList("data.country.neighbors.code"), contains("GE", "KZ"));
        assertThat(json.getList("data.country.officials.id"), contains("vladimir-putin"));
        // by name: Authorities of North Ossetia, Government of Russia, Ministry of the Interior of North Ossetia
        assertThat(json.getList("data.country.organizations.id"),
                contains("north-ossetia-authorities", "russia-government", "north-ossetia-interior-ministry"));
        assertThat(json.getList("data.country.events.id"), contains("russia-mobilization-2022-09-21"));
    }

    @Test
    void neighborsAreSymmetricAndOtherCountriesHaveNone() {
        assertThat(data(COUNTRY, "code", "GE").getList("data.country.neighbors.code"), contains("RU"));
        JsonPath ukraine = data(COUNTRY, "code", "UA");
        assertThat(ukraine.getList("data.country.neighbors"), empty());
        assertThat(ukraine.getList("data.country.officials"), empty());
        assertThat(ukraine.getList("data.country.organizations.id"), contains("ukraine-government"));
        assertThat(ukraine.getList("data.country.events.id"), contains("ukraine-annexation-votes-2022"));
        JsonPath france = data(COUNTRY, "code", "FRA");
        assertThat(france.getString("data.country.name"), equalTo("France"));
        assertThat(france.getList("data.country.neighbors"), empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "xx", "ZZZ"})
    void unknownCodeIsNotFound(String code) {
        JsonPath json = Errors.assertError(run(COUNTRY, "code", code), Errors.NOT_FOUND, "code");
        assertThat(json.getMap("data"), equalTo(java.util.Collections.singletonMap("country", null)));
        assertThat(json.getString("data.country"), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"K1", "K", "KAZA", "", " KZ", "k-z", "12"})
    void malformedCodeIsBadUserInput(String code) {
        JsonPath json = Errors.assertError(run(COUNTRY, "code", code), Errors.BAD_USER_INPUT, "code");
        assertThat(json.getString("data.country"), nullValue());
    }

    // --- countries: paging ------------------------------------------------

    @Test
    void defaultPageIsTwentyOfAll249ByCode() {
        assertThat(allCodes().size(), is(249));
        JsonPath json = Connections.assertDefaultPage(COUNTRIES, "data.countries", allCodes());
        assertThat(json.getInt("data.countries.totalCount"), is(249));
        assertThat(json.getList("data.countries.nodes.code"), equalTo(allCodes().subList(0, 20)));
        assertThat(json.getList("data.countries.edges.node.id"), equalTo(allCodes().subList(0, 20)));
    }

    @Test
    void firstLimitsThePage() {
        Connections.assertFirstLimits(COUNTRIES, "data.countries", allCodes(), 1);
        Connections.assertFirstLimits(COUNTRIES, "data.countries", allCodes(), 7);
        Connections.assertFirstLimits(COUNTRIES, "data.countries", allCodes(), 100);
    }

    @Test
    void firstZero() {
        Connections.assertFirstZero(COUNTRIES, "data.countries", 249);
    }

    @Test
    void walkingAllPagesReturnsEveryCountryOnceInOrder() {
        assertThat(Connections.walk(COUNTRIES, "data.countries", 100), equalTo(allCodes()));
        assertThat(Connections.walk(COUNTRIES, "data.countries", 7), equalTo(allCodes()));
        assertThat(Connections.walk(COUNTRIES, "data.countries", 83), equalTo(allCodes()));
    }

    @Test
    void walkingAFilteredList() {
        assertThat(Connections.walk(COUNTRIES, "data.countries", 2, "filter", Map.of("name", "stan")),
                contains("AF", "KG", "KZ", "PK", "TJ", "TM", "UZ"));
    }

    @Test
    void firstOutOfRange() {
        Connections.assertFirstOutOfRange(COUNTRIES);
    }

    @Test
    void garbageOrForeignCursor() {
        String statementCursor = Connections.cursorOf("statement/statements", "data.statements");
        Connections.assertBadCursors(COUNTRIES, statementCursor);
        String placeCursor = Connections.cursorOf("place/places", "data.places");
        Connections.assertBadCursors(COUNTRIES, placeCursor);
    }

    // --- countries: CountryFilter -------------------------------------------

    @Test
    void filterByCodesAlpha2OrAlpha3InAnyCase() {
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("codes", List.of("GE", "kaz"))), contains("GE", "KZ"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("codes", List.of("rus", "ge", "UKR"))),
                contains("GE", "RU", "UA"));
        // unknown codes match nothing
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("codes", List.of("GE", "XX"))), contains("GE"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("codes", List.of("XX"))), empty());
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("codes", List.of())), empty());
    }

    @Test
    void filterByMalformedCodeIsBadUserInput() {
        Errors.assertError(run(COUNTRIES, "filter", Map.of("codes", List.of("GE", "K1"))), Errors.BAD_USER_INPUT,
                "filter.codes");
    }

    @Test
    void filterByNameContainsInAnyCase() {
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("name", "stan")),
                contains("AF", "KG", "KZ", "PK", "TJ", "TM", "UZ"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("name", "STAN")),
                contains("AF", "KG", "KZ", "PK", "TJ", "TM", "UZ"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("name", "georgia")), contains("GE", "GS"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("name", "no such country")), empty());
        Errors.assertError(run(COUNTRIES, "filter", Map.of("name", " ")), Errors.BAD_USER_INPUT, "filter.name");
    }

    @Test
    void filterByHasFacts() {
        // statements are about GE, KZ, RU, UA; figures observed in GE, KZ, UA; events in RU, UA
        JsonPath with = data(COUNTRIES, "filter", Map.of("hasFacts", true));
        assertThat(with.getList("data.countries.nodes.id"), contains("GE", "KZ", "RU", "UA"));
        assertThat(with.getInt("data.countries.totalCount"), is(4));
        JsonPath without = data(COUNTRIES, "filter", Map.of("hasFacts", false), "first", 100);
        assertThat(without.getInt("data.countries.totalCount"), is(245));
        List<String> expected = allCodes().stream().filter(c -> !List.of("GE", "KZ", "RU", "UA").contains(c)).toList();
        assertThat(Connections.walk(COUNTRIES, "data.countries", 100, "filter", Map.of("hasFacts", false)),
                equalTo(expected));
    }

    @Test
    void filterByNeighborOf() {
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("neighborOf", "RU")), contains("GE", "KZ"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("neighborOf", "rus")), contains("GE", "KZ"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("neighborOf", "kz")), contains("RU"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("neighborOf", "FR")), empty());
        Errors.assertError(run(COUNTRIES, "filter", Map.of("neighborOf", "XX")), Errors.NOT_FOUND, "filter.neighborOf");
        Errors.assertError(run(COUNTRIES, "filter", Map.of("neighborOf", "R1")), Errors.BAD_USER_INPUT, "filter.neighborOf");
    }

    @Test
    void filtersCombine() {
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("name", "stan", "neighborOf", "RU")), contains("KZ"));
        assertThat(ids(COUNTRIES, "data.countries", "filter", Map.of("hasFacts", true, "name", "a")),
                contains("GE", "KZ", "RU", "UA"));
        assertThat(ids(COUNTRIES, "data.countries", "filter",
                Map.of("codes", List.of("GE", "FR"), "hasFacts", true)), contains("GE"));
    }

    // --- statements and statistics of a country --------------------------

    @Test
    void statementsAboutACountryNewestFirst() {
        // all said (or published) on 2022-09-27, so by key, descending
        List<String> kazakhstan = List.of("tokayev-take-care-of-them", "tokayev-many-people-come-from-russia",
                "tokayev-major-war-in-immediate-vicinity", "tokayev-kazakhstan-will-protect-fleeing-russians",
                "kazakhstan-confirms-increase-in-russian-arrivals", "kazakhstan-98000-russian-arrivals-since-2022-09-21");
        Connections.assertDefaultPage(STATEMENTS, "data.country.statements", kazakhstan, "code", "KZ");
        assertThat(Connections.walk(STATEMENTS, "data.country.statements", 4, "code", "KZ"), equalTo(kazakhstan));
        assertThat(Connections.walk(STATEMENTS, "data.country.statements", 1, "code", "kaz"), equalTo(kazakhstan));
        Connections.assertFirstZero(STATEMENTS, "data.country.statements", 6, "code", "KZ");
        Connections.assertFirstZero(STATEMENTS, "data.country.statements", 0, "code", "FR");
        Connections.assertFirstOutOfRange(STATEMENTS, "code", "KZ");
        Connections.assertBadCursors(STATEMENTS, Connections.cursorOf(COUNTRIES, "data.countries"), "code", "KZ");
        assertThat(Connections.walk(STATEMENTS, "data.country.statements", 5, "code", "RU"), equalTo(Seed.STATEMENTS_NEWEST_FIRST));
    }

    @Test
    void statementsAboutACountryFiltered() {
        assertThat(ids(STATEMENTS, "data.country.statements", "code", "KZ", "filter", Map.of("kind", "DIRECT_QUOTE")),
                contains("tokayev-take-care-of-them", "tokayev-many-people-come-from-russia",
                        "tokayev-major-war-in-immediate-vicinity"));
        assertThat(ids(STATEMENTS, "data.country.statements", "code", "UA", "filter",
                Map.of("speakerId", "kassym-jomart-tokayev")),
                contains("tokayev-territorial-integrity-inalienable", "tokayev-major-war-in-immediate-vicinity",
                        "tokayev-condemns-conflict-in-ukraine"));
        Errors.assertError(run(STATEMENTS, "code", "KZ", "filter", Map.of("speakerId", "nobody")), Errors.NOT_FOUND,
                "filter.speakerId");
    }

    @Test
    void statisticsObservedInACountryLatestFirst() {
        List<String> georgia = List.of("georgia-russian-arrivals-some-10000-a-day",
                "georgia-russian-arrivals-nearly-10000-a-day", "georgia-russian-arrivals-growth-after-mobilization",
                "georgia-russian-arrivals-2022-09-26", "georgia-russian-arrivals-2022-09-25",
                "georgia-russian-arrivals-before-mobilization");
        Connections.assertDefaultPage(STATISTICS, "data.country.statistics", georgia, "code", "GE");
        assertThat(Connections.walk(STATISTICS, "data.country.statistics", 4, "code", "GE"), equalTo(georgia));
        Connections.assertFirstZero(STATISTICS, "data.country.statistics", 6, "code", "GE");
        Connections.assertFirstOutOfRange(STATISTICS, "code", "GE");
        assertThat(ids(STATISTICS, "data.country.statistics", "code", "KZ"),
                contains("kazakhstan-russian-arrivals-since-2022-09-21"));
        assertThat(ids(STATISTICS, "data.country.statistics", "code", "RU"), empty());
        assertThat(ids(STATISTICS, "data.country.statistics", "code", "GE", "filter",
                Map.of("from", "2022-09-25", "to", "2022-09-26", "rate", "PER_DAY")),
                contains("georgia-russian-arrivals-some-10000-a-day", "georgia-russian-arrivals-nearly-10000-a-day",
                        "georgia-russian-arrivals-2022-09-26", "georgia-russian-arrivals-2022-09-25"));
    }

    @Test
    void nestedConnectionsUnderEveryCountryOfAList() {
        JsonPath json = data(NESTED, "codes", List.of("GE", "KZ", "UA", "FR"), "first", 2);
        assertThat(json.getList("data.countries.nodes.code"), contains("FR", "GE", "KZ", "UA"));
        assertThat(json.getList("data.countries.nodes.statements.totalCount"), contains(0, 6, 6, 6));
        assertThat(json.getList("data.countries.nodes.statements.pageInfo.hasNextPage"), contains(false, true, true, true));
        assertThat(json.getList("data.countries.nodes[2].statements.nodes.id"),
                contains("tokayev-take-care-of-them", "tokayev-many-people-come-from-russia"));
        // the same cursor continues each list after that item
        String after = json.getString("data.countries.nodes[2].statements.pageInfo.endCursor");
        JsonPath next = data(NESTED, "codes", List.of("KZ"), "first", 2, "after", after);
        assertThat(next.getList("data.countries.nodes[0].statements.nodes.id"),
                contains("tokayev-major-war-in-immediate-vicinity", "tokayev-kazakhstan-will-protect-fleeing-russians"));
        assertThat(next.getBoolean("data.countries.nodes[0].statements.pageInfo.hasPreviousPage"), is(true));
        assertThat(next.getBoolean("data.countries.nodes[0].statements.pageInfo.hasNextPage"), is(true));
        JsonPath none = data(NESTED, "codes", List.of("GE", "KZ"), "first", 0);
        assertThat(none.getList("data.countries.nodes.statements.pageInfo.hasNextPage"), contains(true, true));
        assertThat(none.getList("data.countries.nodes.statements.totalCount"), contains(6, 6));
    }
}
