package io.newsgraph.common;

import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.referenceData;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One nested field asked several times in one request, under aliases: each set of arguments gets its
 * own answer, on both engines (nested fields are fetched in batches, one per set of arguments).
 */
@QuarkusTest
public class AliasesTest {

    private static final List<Function<String, JsonPath>> ENGINES = List.of(name -> data(name), name -> referenceData(name));

    @Test
    void sameFieldAtOneLevelWithDifferentArgumentsGetsEachItsOwnPage() {
        for (Function<String, JsonPath> engine : ENGINES) {
            JsonPath json = engine.apply("common/aliases-different-arguments-one-level");
            assertThat(json.getInt("data.official.quotes.totalCount"), equalTo(4));
            assertThat(json.getList("data.official.quotes.nodes.kind"), contains("DIRECT_QUOTE"));
            assertThat(json.getInt("data.official.paraphrases.totalCount"), equalTo(2));
            assertThat(json.getList("data.official.paraphrases.nodes.kind"), contains("PARAPHRASE", "PARAPHRASE"));
            assertThat(json.getInt("data.official.all.totalCount"), equalTo(6));
            assertThat(json.getList("data.official.all.nodes"), hasSize(6));
        }
    }

    @Test
    void sameFieldAtTwoLevelsWithDifferentArgumentsGetsEachItsOwnPage() {
        for (Function<String, JsonPath> engine : ENGINES) {
            JsonPath json = engine.apply("common/aliases-different-arguments-two-levels");
            String outer = "data.source.statements";
            assertThat(json.getInt(outer + ".totalCount"), equalTo(17));
            assertThat(json.getList(outer + ".nodes"), hasSize(1));
            String inner = outer + ".nodes[0].source.statements";
            assertThat(json.getInt(inner + ".totalCount"), equalTo(17));
            assertThat(json.getList(inner + ".nodes"), hasSize(3));
            // the page above is the first item of the page below: same order, same source
            assertThat(json.getString(inner + ".nodes[0].id"), equalTo(json.getString(outer + ".nodes[0].id")));
        }
    }

    @Test
    void sameFieldWithTheSameArgumentsIsServedAlike() {
        for (Function<String, JsonPath> engine : ENGINES) {
            JsonPath json = engine.apply("common/aliases-same-arguments");
            assertThat(json.getInt("data.official.a.totalCount"), equalTo(6));
            assertThat(json.getInt("data.official.b.totalCount"), equalTo(6));
            assertThat(json.getList("data.official.a.nodes"), hasSize(2));
        }
    }

    @Test
    void oneParentReachedSeveralTimesWithAFilterIsAnsweredEachTime() {
        for (Function<String, JsonPath> engine : ENGINES) {
            JsonPath json = engine.apply("common/same-parent-twice-with-a-filter");
            List<Object> counts = json.getList("data.official.statements.nodes.speaker.country.statements.totalCount");
            assertThat(counts, hasSize(3));
            assertThat(counts, everyItem(equalTo(counts.get(0))));
            assertThat(json.getList("data.official.statements.nodes.speaker.country.code"), everyItem(equalTo("KZ")));
        }
    }
}
