package io.newsgraph.proposal;

import static io.newsgraph.GraphQLClient.EDITOR_PASSWORD;
import static io.newsgraph.GraphQLClient.data;
import static io.newsgraph.GraphQLClient.dataAsEditor;
import static io.newsgraph.GraphQLClient.run;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.TestDatabase;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * POST /datasets/proposals and proposeFacts: an article in, a dataset out, nothing stored; the proposal
 * imports unchanged, twice, and its evidence can be read back. Runs on its own database, since it imports.
 */
@QuarkusTest
@TestProfile(ProposalTest.OwnDatabase.class)
class ProposalTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.own("proposal");
        }
    }

    static String resource(String name) {
        try (InputStream in = ProposalTest.class.getResourceAsStream("/proposals/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification asEditor() {
        return given().auth().preemptive().basic("editor", EDITOR_PASSWORD).contentType("application/json; charset=UTF-8");
    }

    /** JSON written by Jackson, sent as UTF-8: the article's typographic quotes must arrive as they are. */
    static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonPath propose(String article) {
        return asEditor().body(article).post("/datasets/proposals").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSeedArticleIsReadWithoutStoringAnything() {
        String article = resource("seed.article.json");
        String text = new JsonPath(article).getString("text");
        JsonPath p = propose(article);
        assertThat(p.getList("statements").size(), greaterThanOrEqualTo(15));
        // Speakers newsgraph knows are referred to by their keys, not proposed again.
        assertThat(p.getList("statements.speaker"), hasItems("kassym-jomart-tokayev", "georgia-interior-ministry",
                "kazakhstan-interior-ministry", "north-ossetia-authorities", "russia-government"));
        assertThat(p.getList("officials"), equalTo(List.of()));
        List<Map<String, Object>> facts = new java.util.ArrayList<>(p.getList("statements"));
        facts.addAll(p.getList("statistics"));
        for (Map<String, Object> f : facts) {
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) f.get("evidence");
            int start = (Integer) evidence.get("start");
            int end = (Integer) evidence.get("end");
            assertThat("the evidence frames the excerpt", text.substring(start, end), equalTo(f.get("excerpt")));
            assertThat(((Number) evidence.get("confidence")).doubleValue(), greaterThanOrEqualTo(0.0));
        }
        assertThat(p.getList("statistics.findAll { it.value == 11200 }.periodStart"), equalTo(List.of("2022-09-25")));
        assertThat(p.getList("statistics.findAll { it.high == 10000 }.approximation"), equalTo(List.of("AT_MOST")));
        assertThat(p.getList("statistics.findAll { it.low == 5000 }.rate"), equalTo(List.of("PER_DAY")));
        // Nothing was written.
        run("proposal/source", "id", p.getString("sources[0].key")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aProposalImportsUnchangedAndTwiceChangesNothing() {
        String article = resource("02-hungary-serbia-border.article.json");
        String text = new JsonPath(article).getString("text");
        Map<String, Object> proposal = asEditor().body(article).post("/datasets/proposals").then().statusCode(200)
                .extract().jsonPath().getMap("");
        JsonPath first = dataAsEditor("proposal/import", "dataset", proposal);
        assertThat(first.getInt("data.importDataset.entities.find { it.type == 'statements' }.created"), greaterThanOrEqualTo(6));
        JsonPath second = dataAsEditor("proposal/import", "dataset", proposal);
        assertThat(second.getList("data.importDataset.entities.created"), everyItem(equalTo(0)));
        assertThat(second.getList("data.importDataset.entities.updated"), everyItem(equalTo(0)));

        JsonPath read = data("proposal/read-evidence", "source", ((List<Map<String, Object>>) proposal.get("sources")).get(0).get("key"));
        List<Map<String, Object>> statements = read.getList("data.source.statements.nodes");
        assertThat(statements.size(), greaterThanOrEqualTo(6));
        for (Map<String, Object> s : statements) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) s.get("evidence");
            assertThat(text.substring((Integer) e.get("start"), (Integer) e.get("end")), equalTo(s.get("excerpt")));
        }
        assertThat(read.getList("data.source.statements.nodes.speaker.name"), hasItem("Bence Kovács"));
        assertThat(read.getList("data.source.statistics.nodes.findAll { it.value == 1260 }.periodStart"), equalTo(List.of("2023-03-06")));
        assertThat(read.getList("data.source.statistics.nodes.evidence"), everyItem(notNullValue()));
    }

    @Test
    void proposeFactsAnswersTypedObjects() {
        Map<String, Object> article = new JsonPath(resource("05-malawi-cholera.article.json")).getMap("");
        JsonPath p = dataAsEditor("proposal/propose-facts", "article", article);
        assertThat(p.getList("data.proposeFacts.statements.speaker"), hasItems("malawi-health-ministry", "grace-banda"));
        assertThat(p.getList("data.proposeFacts.statistics.findAll { it.value == 3214 }.periodEnd"), equalTo(List.of("2023-03-31")));
        assertThat(p.getList("data.proposeFacts.statistics.findAll { it.high == 500 }.country"), equalTo(List.of("MZ")));
        assertThat(p.getList("data.proposeFacts.officials.positions.title").toString(), equalTo("[[Health Minister]]"));
    }

    @Test
    void aBadBodyIsAnsweredWithEveryProblem() {
        asEditor().body("{\"title\": \"\", \"publishedOn\": \"27/09/2022\", \"colour\": \"red\", \"language\": \"fr\"}")
                .post("/datasets/proposals").then().statusCode(400)
                .body("problems.field", containsInAnyOrder("colour", "publishedOn", "title", "text", "language"));
        asEditor().body("not json").post("/datasets/proposals").then().statusCode(400).body("problems.field", equalTo(List.of("body")));
        asEditor().body("[1, 2]").post("/datasets/proposals").then().statusCode(400).body("problems.field", equalTo(List.of("body")));
        asEditor().body("{\"title\": 7, \"publishedOn\": \"2024-01-01\", \"text\": \"x\"}").post("/datasets/proposals").then()
                .statusCode(400).body("problems.field", equalTo(List.of("title")));
        run("proposal/propose-facts", "article", Map.of("title", "t", "publishedOn", "2024-01-01", "text", " "))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void textsOfUpTo200000CharactersAreRead() {
        Map<String, Object> article = new HashMap<>(new JsonPath(resource("01-poland-belarus-border.article.json")).getMap(""));
        String text = (String) article.get("text");
        StringBuilder long_ = new StringBuilder();
        while (long_.length() + text.length() + 1 <= ProposalService.MAX_TEXT) {
            long_.append(text).append('\n');
        }
        article.put("text", long_.toString());
        long started = System.nanoTime();
        JsonPath p = asEditor().body(json(article)).post("/datasets/proposals").then().statusCode(200).extract().jsonPath();
        assertThat(p.getList("statements").size(), greaterThanOrEqualTo(10 * (long_.length() / text.length()) - 10));
        // Generous: CI machines are shared. A rule that turned quadratic would take minutes.
        assertThat("seconds to read 200,000 characters", (System.nanoTime() - started) / 1e9, org.hamcrest.Matchers.lessThan(120.0));

        article.put("text", "x".repeat(ProposalService.MAX_TEXT + 1));
        asEditor().body(json(article)).post("/datasets/proposals").then().statusCode(400).body("problems.field", equalTo(List.of("text")));
    }

    @Test
    void writersMustLogIn() {
        given().contentType(ContentType.JSON).body(resource("seed.article.json")).post("/datasets/proposals").then().statusCode(401);
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON).body(resource("seed.article.json"))
                .post("/datasets/proposals").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    @DisabledOnIntegrationTest("@TestSecurity works in-process only")
    void readersMayNotPropose() {
        given().contentType(ContentType.JSON).body(resource("seed.article.json")).post("/datasets/proposals").then().statusCode(403)
                .body("problems[0].message", org.hamcrest.Matchers.containsString("editor"));
    }
}
