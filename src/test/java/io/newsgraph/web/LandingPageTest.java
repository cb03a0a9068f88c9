package io.newsgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.GraphQLClient;
import io.newsgraph.examples.ShippedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The landing page at {@code /}: it links every shipped example (opening in the explorer with
 * the very text of its file, and running without error), the explorer, the schema, health and
 * metrics, and everything it loads is served by the application itself. The explorer opened
 * without parameters starts on the first example.
 */
@QuarkusTest
class LandingPageTest {

    private static final String EXPLORER = "/q/graphql-ui/";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(href|src)=\"([^\"]*)\"");
    private static final Pattern ASSET = Pattern.compile("<(?:link|script|img)\\b[^>]*\\s(?:href|src)=\"([^\"]*)\"");

    @Test
    void everyExampleFileIsOnTheLandingPage() {
        assertThat("the examples of Examples.NAMES are the files of " + ShippedExamples.FOLDER,
                Examples.NAMES.stream().sorted().toList(), equalTo(ShippedExamples.names()));
    }

    @Test
    void linksEveryExampleAndTheEndpoints() {
        List<String> links = attributes(landingPage());
        for (String name : ShippedExamples.names()) {
            assertThat(links, hasItem(explorerUrl(ShippedExamples.document(name))));
            assertThat(links, hasItem("/examples/" + name + ".graphql"));
        }
        assertThat(links, hasItem(EXPLORER));
        assertThat(links, hasItem("/graphql/schema.graphql"));
        assertThat(links, hasItem("/q/health"));
        assertThat(links, hasItem("/q/metrics"));
    }

    @Test
    void everyExampleLinkOpensItsFileAndRuns() {
        List<String> documents = new ArrayList<>();
        for (String link : attributes(landingPage())) {
            if (link.startsWith(EXPLORER + "?query=")) {
                documents.add(URLDecoder.decode(link.substring((EXPLORER + "?query=").length()), StandardCharsets.UTF_8));
            }
        }
        List<String> shipped = ShippedExamples.names().stream().map(ShippedExamples::document).toList();
        for (String document : shipped) {
            assertThat("a link opens the example as shipped", documents, hasItem(document));
        }
        assertThat("4 to 6 examples and the page's own count query", documents.size(), is(shipped.size() + 1));
        for (String document : documents) {
            JsonPath json = GraphQLClient.execute(document).extract().jsonPath();
            assertThat(document, json.get("errors"), nullValue());
            Map<String, Object> data = json.getMap("data");
            assertThat(document, data.values(), everyItem(notNullValue()));
        }
    }

    @Test
    void everyAssetItLoadsIsServedHere() {
        Matcher asset = ASSET.matcher(landingPage());
        List<String> assets = new ArrayList<>();
        while (asset.find()) {
            assets.add(unescape(asset.group(1)));
        }
        assertThat("stylesheet, script and icon", assets.size(), greaterThan(2));
        for (String path : assets) {
            assertThat("a local path", path, startsWith("/"));
            assertThat("a local path", path, not(startsWith("//")));
            Response response = given().when().get(path);
            assertThat(path, response.statusCode(), is(200));
            assertThat(path, response.asByteArray().length, greaterThan(0));
        }
    }

    @Test
    void everyLinkAnswers() {
        for (String link : attributes(landingPage())) {
            if (link.startsWith("#")) {
                continue;
            }
            assertThat(link, startsWith("/"));
            assertThat(link, given().when().get(link).statusCode(), is(200));
        }
    }

    @Test
    void loadsNothingFromOtherHosts() {
        String html = landingPage();
        assertThat(html, not(containsString("http://")));
        assertThat(html, not(containsString("https://")));
        assertThat(html, not(containsString("//cdn")));
        given().when().get("/").then().header("Content-Security-Policy", startsWith("default-src 'self'"));
    }

    @Test
    void countsWhatItHolds() {
        JsonPath json = GraphQLClient.execute(LandingPage.HOLDINGS_QUERY).extract().jsonPath();
        assertThat(json.get("errors"), nullValue());
        for (String list : List.of("countries", "statements", "statistics", "sources")) {
            assertThat(list, json.getInt("data." + list + ".totalCount"), greaterThan(0));
        }
    }

    @Test
    void theExplorerStartsOnTheFirstExample() {
        String dossier = explorerUrl(ShippedExamples.document(Examples.NAMES.get(0)));
        for (String bare : List.of("/q/graphql-ui", "/q/graphql-ui/")) {
            given().redirects().follow(false).when().get(bare)
                    .then().statusCode(302).header("Location", dossier);
        }
        given().redirects().follow(false).when().get(dossier)
                .then().statusCode(200).contentType(containsString("text/html"));
        given().redirects().follow(false).when().get("/q/graphql-ui/render.js")
                .then().statusCode(200);
    }

    @Test
    void servesEachExampleFileAsShipped() {
        for (String name : ShippedExamples.names()) {
            given().when().get("/examples/" + name + ".graphql")
                    .then().statusCode(200).contentType(startsWith("text/plain"))
                    .body(equalTo(ShippedExamples.document(name)));
        }
        given().when().get("/examples/no-such-example.graphql").then().statusCode(404);
    }

    private static String landingPage() {
        String html = given().accept("text/html").when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat("the landing page", html.length(), greaterThan(1000));
        return html;
    }

    /** Every href and src of the page, as the browser reads them. */
    private static List<String> attributes(String html) {
        Matcher attribute = ATTRIBUTE.matcher(html);
        List<String> values = new ArrayList<>();
        while (attribute.find()) {
            values.add(unescape(attribute.group(2)));
        }
        return values;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String explorerUrl(String document) {
        return EXPLORER + "?query=" + URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
