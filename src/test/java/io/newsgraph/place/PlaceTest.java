package io.newsgraph.place;

import static io.newsgraph.Connections.ids;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.run;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.Connections;
import io.newsgraph.Errors;
import io.newsgraph.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query.place, Query.places (PlaceFilter, paging), against the seed. */
@QuarkusTest
public class PlaceTest {

    static final String PLACE = "place/place";
    static final String PLACES = "place/places";

    @ParameterizedTest
    @CsvSource({
            "verkhni-lars-checkpoint, Verkhni Lars checkpoint, CHECKPOINT, RU",
            "north-ossetia, North Ossetia, REGION, RU"})
    void place(String id, String name, String kind, String country) {
        JsonPath json = data(PLACE, "id", id);
        assertThat(json.getString("data.place.id"), equalTo(id));
        assertThat(json.getString("data.place.name"), equalTo(name));
        assertThat(json.getString("data.place.kind"), equalTo(kind));
        assertThat(json.getString("data.place.country.code"), equalTo(country));
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(Errors.assertError(run(PLACE, "id", "no-such-place"), Errors.NOT_FOUND, "id").getString("data.place"),
                nullValue());
        Errors.assertError(run(PLACE, "id", "north-ossetia-authorities"), Errors.NOT_FOUND, "id");
        Errors.assertError(run(PLACE, "id", "Verkhni Lars"), Errors.BAD_USER_INPUT, "id");
    }

    @Test
    void placesPagingByName() {
        Connections.assertDefaultPage(PLACES, "data.places", Seed.PLACES);
        Connections.assertFirstLimits(PLACES, "data.places", Seed.PLACES, 1);
        Connections.assertFirstZero(PLACES, "data.places", 2);
        for (int size : new int[] {1, 2, 3}) {
            assertThat(Connections.walk(PLACES, "data.places", size), equalTo(Seed.PLACES));
        }
        Connections.assertFirstOutOfRange(PLACES);
        Connections.assertBadCursors(PLACES, Connections.cursorOf("actor/officials", "data.officials"));
    }

    @Test
    void nameContainsInAnyCase() {
        assertThat(ids(PLACES, "data.places", "filter", Map.of("name", "lars")), contains("verkhni-lars-checkpoint"));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("name", "NORTH")), contains("north-ossetia"));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("name", "o")), equalTo(Seed.PLACES));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("name", "tbilisi")), empty());
        Errors.assertError(run(PLACES, "filter", Map.of("name", "  ")), Errors.BAD_USER_INPUT, "filter.name");
    }

    @Test
    void countryCodeAndKind() {
        assertThat(ids(PLACES, "data.places", "filter", Map.of("countryCode", "RU")), equalTo(Seed.PLACES));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("countryCode", "rus")), equalTo(Seed.PLACES));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("countryCode", "GE")), empty());
        assertThat(ids(PLACES, "data.places", "filter", Map.of("kind", "CHECKPOINT")), contains("verkhni-lars-checkpoint"));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("kind", "REGION")), contains("north-ossetia"));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("kind", "CITY")), empty());
        assertThat(ids(PLACES, "data.places", "filter", Map.of("kind", "OTHER")), empty());
        assertThat(ids(PLACES, "data.places", "filter", Map.of("countryCode", "RU", "kind", "CHECKPOINT", "name", "verkhni")),
                contains("verkhni-lars-checkpoint"));
        assertThat(ids(PLACES, "data.places", "filter", Map.of("countryCode", "GE", "kind", "CHECKPOINT")), empty());
        Errors.assertError(run(PLACES, "filter", Map.of("countryCode", "XX")), Errors.NOT_FOUND, "filter.countryCode");
        Errors.assertError(run(PLACES, "filter", Map.of("kind", "VILLAGE")), Errors.BAD_USER_INPUT, null);
    }
}
