package io.newsgraph.actor;

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

/** Officials, organizations and the Actor interface (ActorFilter, paging, nested connections), against the seed. */
@QuarkusTest
public class ActorTest {

    static final String OFFICIAL = "actor/official";
    static final String OFFICIALS = "actor/officials";
    static final String ORGANIZATION = "actor/organization";
    static final String ORGANIZATIONS = "actor/organizations";
    static final String ACTOR = "actor/actor";
    static final String OFFICIAL_STATEMENTS = "actor/official-statements";
    static final String ACTOR_STATISTICS = "actor/actor-statistics";

    static final List<String> TOKAYEV_STATEMENTS = Seed.STATEMENTS_NEWEST_FIRST.stream()
            .filter(id -> id.startsWith("tokayev-")).toList();

    // --- one actor ---------------------------------------------------------------

    @Test
    void officialWithAliasesAndPosition() {
        JsonPath json = data(OFFICIAL, "id", "kassym-jomart-tokayev");
        assertThat(json.getString("data.official.name"), equalTo("Kassym-Jomart Tokayev"));
        assertThat(json.getList("data.official.aliases"), contains("Tokayev"));
        assertThat(json.getString("data.official.title"), equalTo("President"));
        assertThat(json.getString("data.official.country.code"), equalTo("KZ"));
        assertThat(json.getList("data.official.positions"), hasSize(1));
        assertThat(json.getString("data.official.positions[0].title"), equalTo("President"));
        assertThat(json.getString("data.official.positions[0].country.code"), equalTo("KZ"));
        assertThat(json.getString("data.official.positions[0].organization"), nullValue());
        assertThat(json.getString("data.official.positions[0].start"), nullValue());
        assertThat(json.getString("data.official.positions[0].end"), nullValue());
        JsonPath putin = data(OFFICIAL, "id", "vladimir-putin");
        assertThat(putin.getList("data.official.aliases"), empty());
        assertThat(putin.getString("data.official.country.code"), equalTo("RU"));
    }

    @ParameterizedTest
    @CsvSource({
            "georgia-interior-ministry, Interior Ministry of Georgia, MINISTRY, GE",
            "north-ossetia-authorities, Authorities of North Ossetia, REGIONAL_AUTHORITY, RU",
            "ukraine-government, Government of Ukraine, GOVERNMENT, UA"})
    void organization(String id, String name, String kind, String country) {
        JsonPath json = data(ORGANIZATION, "id", id);
        assertThat(json.getString("data.organization.id"), equalTo(id));
        assertThat(json.getString("data.organization.name"), equalTo(name));
        assertThat(json.getString("data.organization.kind"), equalTo(kind));
        assertThat(json.getString("data.organization.country.code"), equalTo(country));
    }

    @Test
    void actorIsAnOfficialOrAnOrganization() {
        JsonPath official = data(ACTOR, "id", "kassym-jomart-tokayev");
        assertThat(official.getString("data.actor.__typename"), equalTo("Official"));
        assertThat(official.getString("data.actor.title"), equalTo("President"));
        assertThat(official.getList("data.actor.aliases"), contains("Tokayev"));
        assertThat(official.getString("data.actor.country.code"), equalTo("KZ"));
        JsonPath organization = data(ACTOR, "id", "russia-government");
        assertThat(organization.getString("data.actor.__typename"), equalTo("Organization"));
        assertThat(organization.getString("data.actor.name"), equalTo("Government of Russia"));
        assertThat(organization.getString("data.actor.kind"), equalTo("GOVERNMENT"));
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(Errors.assertError(run(ACTOR, "id", "nobody"), Errors.NOT_FOUND, "id").getString("data.actor"), nullValue());
        assertThat(Errors.assertError(run(OFFICIAL, "id", "nobody"), Errors.NOT_FOUND, "id").getString("data.official"), nullValue());
        assertThat(Errors.assertError(run(ORGANIZATION, "id", "nobody"), Errors.NOT_FOUND, "id").getString("data.organization"),
                nullValue());
        // officials and organizations share one key space, but each query finds only its own type
        Errors.assertError(run(OFFICIAL, "id", "georgia-interior-ministry"), Errors.NOT_FOUND, "id");
        Errors.assertError(run(ORGANIZATION, "id", "vladimir-putin"), Errors.NOT_FOUND, "id");
        Errors.assertError(run(ACTOR, "id", Seed.SOURCE), Errors.NOT_FOUND, "id");
    }

    @Test
    void malformedIdsAreBadUserInput() {
        Errors.assertError(run(ACTOR, "id", "Vladimir Putin"), Errors.BAD_USER_INPUT, "id");
        Errors.assertError(run(OFFICIAL, "id", "-putin"), Errors.BAD_USER_INPUT, "id");
        Errors.assertError(run(ORGANIZATION, "id", "UA_GOV"), Errors.BAD_USER_INPUT, "id");
    }

    // --- paging --------------------------------------------------------------------

    @Test
    void officialsPaging() {
        Connections.assertDefaultPage(OFFICIALS, "data.officials", Seed.OFFICIALS);
        Connections.assertFirstLimits(OFFICIALS, "data.officials", Seed.OFFICIALS, 1);
        Connections.assertFirstZero(OFFICIALS, "data.officials", 2);
        for (int size : new int[] {1, 2, 3}) {
            assertThat(Connections.walk(OFFICIALS, "data.officials", size), equalTo(Seed.OFFICIALS));
        }
        Connections.assertFirstOutOfRange(OFFICIALS);
        Connections.assertBadCursors(OFFICIALS, Connections.cursorOf(ORGANIZATIONS, "data.organizations"));
    }

    @Test
    void organizationsPaging() {
        Connections.assertDefaultPage(ORGANIZATIONS, "data.organizations", Seed.ORGANIZATIONS);
        Connections.assertFirstLimits(ORGANIZATIONS, "data.organizations", Seed.ORGANIZATIONS, 4);
        Connections.assertFirstZero(ORGANIZATIONS, "data.organizations", 6);
        for (int size : new int[] {1, 2, 4, 5, 6, 7}) {
            assertThat(Connections.walk(ORGANIZATIONS, "data.organizations", size), equalTo(Seed.ORGANIZATIONS));
        }
        Connections.assertFirstOutOfRange(ORGANIZATIONS);
        Connections.assertBadCursors(ORGANIZATIONS, Connections.cursorOf(OFFICIALS, "data.officials"));
    }

    // --- ActorFilter -------------------------------------------------------------------

    @Test
    void officialsByNameOrAliasInAnyCase() {
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "tokayev")), contains("kassym-jomart-tokayev"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "TOKAYEV")), contains("kassym-jomart-tokayev"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "Kassym-Jomart")), contains("kassym-jomart-tokayev"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "putin")), contains("vladimir-putin"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "a")), equalTo(Seed.OFFICIALS));
        // the title is not a name
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "president")), empty());
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("name", "%")), empty());
        Errors.assertError(run(OFFICIALS, "filter", Map.of("name", " ")), Errors.BAD_USER_INPUT, "filter.name");
    }

    @Test
    void officialsByCountryOfTheirOffice() {
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("countryCode", "KZ")), contains("kassym-jomart-tokayev"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("countryCode", "kaz")), contains("kassym-jomart-tokayev"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("countryCode", "RU")), contains("vladimir-putin"));
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("countryCode", "GE")), empty());
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("countryCode", "RU", "name", "tokayev")), empty());
        assertThat(ids(OFFICIALS, "data.officials", "filter", Map.of("countryCode", "RU", "name", "VLAD")), contains("vladimir-putin"));
        Errors.assertError(run(OFFICIALS, "filter", Map.of("countryCode", "XX")), Errors.NOT_FOUND, "filter.countryCode");
        Errors.assertError(run(OFFICIALS, "filter", Map.of("countryCode", "X-")), Errors.BAD_USER_INPUT, "filter.countryCode");
    }

    @Test
    void organizationsByNameAndCountry() {
        assertThat(ids(ORGANIZATIONS, "data.organizations", "filter", Map.of("name", "interior")),
                contains("georgia-interior-ministry", "kazakhstan-interior-ministry", "north-ossetia-interior-ministry"));
        assertThat(ids(ORGANIZATIONS, "data.organizations", "filter", Map.of("name", "GOVERNMENT")),
                contains("russia-government", "ukraine-government"));
        assertThat(ids(ORGANIZATIONS, "data.organizations", "filter", Map.of("countryCode", "RU")),
                contains("north-ossetia-authorities", "russia-government", "north-ossetia-interior-ministry"));
        assertThat(ids(ORGANIZATIONS, "data.organizations", "filter", Map.of("countryCode", "ukr")), contains("ukraine-government"));
        assertThat(ids(ORGANIZATIONS, "data.organizations", "filter", Map.of("countryCode", "RU", "name", "interior")),
                contains("north-ossetia-interior-ministry"));
        assertThat(ids(ORGANIZATIONS, "data.organizations", "filter", Map.of("countryCode", "FR")), empty());
        assertThat(Connections.walk(ORGANIZATIONS, "data.organizations", 2, "filter", Map.of("countryCode", "RU")),
                contains("north-ossetia-authorities", "russia-government", "north-ossetia-interior-ministry"));
        Errors.assertError(run(ORGANIZATIONS, "filter", Map.of("name", "")), Errors.BAD_USER_INPUT, "filter.name");
        Errors.assertError(run(ORGANIZATIONS, "filter", Map.of("countryCode", "XX")), Errors.NOT_FOUND, "filter.countryCode");
    }

    // --- nested connections ------------------------------------------------------------

    @Test
    void officialStatementsPagedWithAfter() {
        JsonPath first = data(OFFICIAL_STATEMENTS, "id", "kassym-jomart-tokayev", "first", 2);
        assertThat(first.getList("data.official.statements.nodes.id"),
                contains("tokayev-territorial-integrity-inalienable", "tokayev-take-care-of-them"));
        assertThat(first.getInt("data.official.statements.totalCount"), is(6));
        assertThat(first.getBoolean("data.official.statements.pageInfo.hasNextPage"), is(true));
        assertThat(first.getBoolean("data.official.statements.pageInfo.hasPreviousPage"), is(false));
        JsonPath second = data(OFFICIAL_STATEMENTS, "id", "kassym-jomart-tokayev", "first", 2, "after",
                first.getString("data.official.statements.pageInfo.endCursor"));
        assertThat(second.getList("data.official.statements.nodes.id"),
                contains("tokayev-many-people-come-from-russia", "tokayev-major-war-in-immediate-vicinity"));
        assertThat(second.getBoolean("data.official.statements.pageInfo.hasNextPage"), is(true));
        assertThat(second.getBoolean("data.official.statements.pageInfo.hasPreviousPage"), is(true));
        assertThat(second.getInt("data.official.statements.totalCount"), is(6));

        for (int size : new int[] {1, 2, 4, 6}) {
            assertThat(Connections.walk(OFFICIAL_STATEMENTS, "data.official.statements", size, "id", "kassym-jomart-tokayev"),
                    equalTo(TOKAYEV_STATEMENTS));
        }
        Connections.assertDefaultPage(OFFICIAL_STATEMENTS, "data.official.statements", TOKAYEV_STATEMENTS, "id",
                "kassym-jomart-tokayev");
        Connections.assertFirstZero(OFFICIAL_STATEMENTS, "data.official.statements", 6, "id", "kassym-jomart-tokayev");
        Connections.assertFirstZero(OFFICIAL_STATEMENTS, "data.official.statements", 0, "id", "vladimir-putin");
        Connections.assertFirstOutOfRange(OFFICIAL_STATEMENTS, "id", "kassym-jomart-tokayev");
        Connections.assertBadCursors(OFFICIAL_STATEMENTS, Connections.cursorOf(OFFICIALS, "data.officials"), "id",
                "kassym-jomart-tokayev");
    }

    @Test
    void officialStatementsFiltered() {
        assertThat(ids(OFFICIAL_STATEMENTS, "data.official.statements", "id", "kassym-jomart-tokayev", "filter",
                Map.of("kind", "DIRECT_QUOTE")), contains("tokayev-territorial-integrity-inalienable", "tokayev-take-care-of-them",
                        "tokayev-many-people-come-from-russia", "tokayev-major-war-in-immediate-vicinity"));
        assertThat(ids(OFFICIAL_STATEMENTS, "data.official.statements", "id", "kassym-jomart-tokayev", "filter",
                Map.of("countryCode", "UA", "text", "integrity")), contains("tokayev-territorial-integrity-inalienable",
                        "tokayev-condemns-conflict-in-ukraine"));
        Errors.assertError(run(OFFICIAL_STATEMENTS, "id", "kassym-jomart-tokayev", "filter", Map.of("eventId", "nothing")),
                Errors.NOT_FOUND, "filter.eventId");
    }

    @Test
    void actorStatisticsThroughTheInterface() {
        List<String> georgia = List.of("georgia-russian-arrivals-some-10000-a-day", "georgia-russian-arrivals-nearly-10000-a-day",
                "georgia-russian-arrivals-growth-after-mobilization", "georgia-russian-arrivals-2022-09-26",
                "georgia-russian-arrivals-2022-09-25", "georgia-russian-arrivals-before-mobilization");
        Connections.assertDefaultPage(ACTOR_STATISTICS, "data.actor.statistics", georgia, "id", "georgia-interior-ministry");
        assertThat(Connections.walk(ACTOR_STATISTICS, "data.actor.statistics", 4, "id", "georgia-interior-ministry"),
                equalTo(georgia));
        assertThat(ids(ACTOR_STATISTICS, "data.actor.statistics", "id", "georgia-interior-ministry", "filter",
                Map.of("rate", "PER_DAY", "to", "2022-09-25")), contains("georgia-russian-arrivals-some-10000-a-day",
                        "georgia-russian-arrivals-nearly-10000-a-day", "georgia-russian-arrivals-2022-09-25",
                        "georgia-russian-arrivals-before-mobilization"));
        assertThat(ids(ACTOR_STATISTICS, "data.actor.statistics", "id", "kazakhstan-interior-ministry"),
                contains("kazakhstan-russian-arrivals-since-2022-09-21"));
        assertThat(ids(ACTOR_STATISTICS, "data.actor.statistics", "id", "kassym-jomart-tokayev"), empty());
        Connections.assertFirstZero(ACTOR_STATISTICS, "data.actor.statistics", 6, "id", "georgia-interior-ministry");
        Connections.assertFirstOutOfRange(ACTOR_STATISTICS, "id", "georgia-interior-ministry");
        Connections.assertBadCursors(ACTOR_STATISTICS, Connections.cursorOf(OFFICIAL_STATEMENTS, "data.official.statements",
                "id", "kassym-jomart-tokayev"), "id", "georgia-interior-ministry");
    }

    @Test
    void nestedConnectionsUnderEveryOrganization() {
        JsonPath json = data("actor/organizations-with-statements", "first", 1);
        assertThat(json.getList("data.organizations.nodes.id"), equalTo(Seed.ORGANIZATIONS));
        assertThat(json.getList("data.organizations.nodes.statements.totalCount"), contains(1, 2, 1, 4, 2, 1));
        assertThat(json.getList("data.organizations.nodes.statements.pageInfo.hasNextPage"),
                contains(false, true, false, true, true, false));
        assertThat(json.getList("data.organizations.nodes.statistics.totalCount"), contains(0, 0, 0, 6, 1, 0));
        assertThat(json.getList("data.organizations.nodes.statements.nodes.id"), contains(
                List.of("north-ossetia-tense-situation-at-verkhni-lars"),
                List.of("russia-claims-genocide-of-russian-speakers"),
                List.of("kyiv-referendums-are-simulacra"),
                List.of("georgia-russian-arrivals-nearly-doubled"),
                List.of("kazakhstan-confirms-increase-in-russian-arrivals"),
                List.of("north-ossetia-military-mobilization-commission")));
        JsonPath none = data("actor/organizations-with-statements", "first", 0);
        assertThat(none.getList("data.organizations.nodes.statements.pageInfo.hasNextPage"),
                contains(true, true, true, true, true, true));
        assertThat(none.getList("data.organizations.nodes.statements.totalCount"), contains(1, 2, 1, 4, 2, 1));
    }
}
