package io.newsgraph.common;

import static io.newsgraph.GraphQLClient.data;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema documents itself: every type, field, argument, input field and enum value has a description. */
@QuarkusTest
public class SchemaDocumentationTest {

    static final Set<String> BUILT_IN_SCALARS = Set.of("Boolean", "String", "Int", "Float", "ID");

    static boolean undocumented(Object description) {
        return description == null || description.toString().isBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeFieldArgumentInputFieldAndEnumValueIsDescribed() {
        JsonPath json = data("common/introspection");
        List<Map<String, Object>> types = json.getList("data.__schema.types");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN_SCALARS.contains(name)) {
                continue;
            }
            checked++;
            if (undocumented(type.get("description"))) {
                missing.add("type " + name);
            }
            for (Map<String, Object> field : (List<Map<String, Object>>) orEmpty(type.get("fields"))) {
                checked++;
                if (undocumented(field.get("description"))) {
                    missing.add("field " + name + "." + field.get("name"));
                }
                for (Map<String, Object> arg : (List<Map<String, Object>>) orEmpty(field.get("args"))) {
                    checked++;
                    if (undocumented(arg.get("description"))) {
                        missing.add("argument " + name + "." + field.get("name") + "(" + arg.get("name") + ")");
                    }
                }
            }
            for (Map<String, Object> input : (List<Map<String, Object>>) orEmpty(type.get("inputFields"))) {
                checked++;
                if (undocumented(input.get("description"))) {
                    missing.add("input field " + name + "." + input.get("name"));
                }
            }
            for (Map<String, Object> value : (List<Map<String, Object>>) orEmpty(type.get("enumValues"))) {
                checked++;
                if (undocumented(value.get("description"))) {
                    missing.add("enum value " + name + "." + value.get("name"));
                }
            }
        }
        assertThat("undocumented: " + missing, missing, empty());
        assertThat(checked, greaterThan(300));
    }

    @Test
    void theContractsTypesAreAllThere() {
        JsonPath json = data("common/introspection");
        assertThat(json.getString("data.__schema.queryType.name"), equalTo("Query"));
        assertThat(json.getList("data.__schema.types.name"), hasItems("Actor", "Country", "Official", "Organization",
                "Position", "Source", "Statement", "Statistic", "Event", "Place", "Fact", "PageInfo", "Date",
                "StatementKind", "Approximation", "Rate", "OrganizationKind", "PlaceKind", "OrderDirection",
                "StatementOrderField", "StatisticOrderField", "CountryFilter", "ActorFilter", "SourceFilter", "StatementFilter",
                "StatisticFilter", "EventFilter", "PlaceFilter", "StatementOrder", "StatisticOrder", "CountryConnection",
                "CountryEdge", "OfficialConnection", "OrganizationConnection", "SourceConnection", "StatementConnection",
                "StatisticConnection", "EventConnection", "PlaceConnection", "FactConnection", "FactEdge"));
    }

    @Test
    void sdlIsServed() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertThat(sdl, containsString("type Query"));
        assertThat(sdl, containsString("union Fact"));
        assertThat(sdl, containsString("interface Actor"));
        assertThat(sdl, containsString("input StatementFilter"));
    }

    private static Object orEmpty(Object list) {
        return list == null ? List.of() : list;
    }
}
