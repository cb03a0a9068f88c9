package io.newsgraph.chart;

import static io.newsgraph.chart.ChartDocuments.SVG_NS;
import static io.newsgraph.chart.ChartDocuments.baseY;
import static io.newsgraph.chart.ChartDocuments.children;
import static io.newsgraph.chart.ChartDocuments.kind;
import static io.newsgraph.chart.ChartDocuments.labels;
import static io.newsgraph.chart.ChartDocuments.marks;
import static io.newsgraph.chart.ChartDocuments.number;
import static io.newsgraph.chart.ChartDocuments.panel;
import static io.newsgraph.chart.ChartDocuments.panels;
import static io.newsgraph.chart.ChartDocuments.parse;
import static io.newsgraph.chart.ChartDocuments.tipY;
import static io.newsgraph.chart.ChartDocuments.title;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.newsgraph.GraphQLClient;
import io.newsgraph.examples.ShippedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * GET /charts/series.svg against the seed: well-formed SVG, one mark per figure of the series
 * query, each drawn after the way it was reported, the same bytes every time, 404 for what does
 * not exist and 400 for parameters that are not valid; and the landing page showing and linking it.
 */
@QuarkusTest
public class ChartTest {

    static final String GEORGIA = "/charts/series.svg?country=GE&metric=arrivals&originCountry=RU";

    static final String BEFORE = "georgia-russian-arrivals-before-mobilization";
    static final String NEARLY = "georgia-russian-arrivals-nearly-10000-a-day";
    static final String SOME = "georgia-russian-arrivals-some-10000-a-day";
    static final String SUNDAY = "georgia-russian-arrivals-2022-09-25";
    static final String MONDAY = "georgia-russian-arrivals-2022-09-26";
    static final String KAZAKHSTAN = "kazakhstan-russian-arrivals-since-2022-09-21";

    @Test
    void theGeorgiaSeriesDrawsEachFigureAsReported() throws IOException {
        byte[] body = svg(GEORGIA, 200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "chart-georgia.svg"), body); // to look at
        Document svg = parse(body);
        Map<String, Element> marks = marks(svg);
        assertThat(marks.keySet(), contains(BEFORE, SUNDAY, MONDAY, NEARLY, SOME)); // oldest period first
        assertThat(kind(marks.get(BEFORE)), equalTo("mark range"));
        assertThat(kind(marks.get(NEARLY)), equalTo("mark approximate"));
        assertThat(kind(marks.get(SOME)), equalTo("mark approximate"));
        assertThat(kind(marks.get(SUNDAY)), equalTo("mark exact"));
        assertThat(kind(marks.get(MONDAY)), equalTo("mark at-most"));

        // 5,000 to 6,000: a bar from low to high; ~10,000: a ring; 11,200: a filled dot; < 10,000: an arrow down.
        assertThat(labels(svg), hasItem("5,000–6,000"));
        assertThat(labels(svg), hasItem("~10,000 (2 reports)"));
        assertThat(labels(svg), hasItem("11,200"));
        assertThat(labels(svg), hasItem("≤ 10,000"));
        assertThat(children(marks.get(BEFORE), "circle").size(), is(0));
        List<Element> bar = children(marks.get(BEFORE), "line");
        assertThat("the range's bar is vertical and spans low to high", bar.stream().anyMatch(l ->
                l.getAttribute("x1").equals(l.getAttribute("x2")) && number(l, "y2") - number(l, "y1") > 10), is(true));
        assertThat(children(marks.get(NEARLY), "circle").get(0).getAttribute("fill"), equalTo("#ffffff"));
        assertThat(children(marks.get(SUNDAY), "circle").get(0).getAttribute("fill"), not(equalTo("#ffffff")));
        Element arrowHead = children(marks.get(MONDAY), "path").get(0);
        assertThat("the arrow of an upper bound points down", tipY(arrowHead) > baseY(arrowHead), is(true));
        // The exact Sunday is drawn higher (smaller y) than the bound of Monday.
        assertThat(number(children(marks.get(SUNDAY), "circle").get(0), "cy"),
                is(lessThan(baseY(arrowHead))));

        for (Element mark : marks.values()) {
            String tooltip = title(mark);
            assertThat(tooltip, containsString("Georgia and Kazakhstan confirm a sharp increase in arrivals of Russians"));
        }
        assertThat(title(marks.get(SUNDAY)), containsString("“they were 11,200 on Sunday”"));
        assertThat(title(marks.get(MONDAY)), containsString("less than 10,000 on Monday"));
        assertThat(title(marks.get(MONDAY)), containsString("Reported by "));
        assertThat(svg.getDocumentElement().getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent(),
                equalTo("Arrivals in Georgia from Russia"));
        assertThat(panels(svg), contains("PER_DAY"));
        assertThat(body.length, greaterThan(2000));
    }

    @Test
    void oneMarkPerFigureOfTheSeriesExample() {
        JsonPath json = GraphQLClient.execute(ShippedExamples.document("georgia-arrivals-series")).extract().jsonPath();
        assertThat(json.get("errors"), nullValue());
        List<String> excerpts = json.getList("data.statistics.nodes.excerpt");
        Map<String, Element> marks = marks(parse(svg(GEORGIA, 200)));
        assertThat(marks.size(), is(json.getInt("data.statistics.totalCount")));
        List<String> tooltips = marks.values().stream().map(ChartDocuments::title).toList();
        for (int i = 0; i < excerpts.size(); i++) {
            assertThat("mark " + i + " is figure " + i + " of the series", tooltips.get(i),
                    containsString("“" + excerpts.get(i) + "”"));
        }
        List<String> approximations = json.getList("data.statistics.nodes.approximation");
        List<String> classes = marks.values().stream().map(ChartDocuments::kind).toList();
        for (int i = 0; i < approximations.size(); i++) {
            assertThat(classes.get(i), equalTo("mark " + approximations.get(i).toLowerCase().replace('_', '-')));
        }
    }

    @Test
    void theSameFiguresGiveTheSameBytes() {
        Response first = given().when().get(GEORGIA);
        Response second = given().when().get(GEORGIA);
        assertThat(first.statusCode(), is(200));
        assertThat(Arrays.equals(first.asByteArray(), second.asByteArray()), is(true));
        String etag = first.header("ETag");
        assertThat(etag, notNullValue());
        assertThat(second.header("ETag"), equalTo(etag));
        given().header("If-None-Match", etag).when().get(GEORGIA).then().statusCode(304);
    }

    @Test
    void totalsAreDrawnApartFromRates() {
        Document svg = parse(svg("/charts/series.svg?country=KZ&metric=arrivals", 200));
        assertThat(marks(svg).keySet(), contains(KAZAKHSTAN));
        assertThat(panels(svg), contains("TOTAL"));
        Element panel = panel(svg, "TOTAL");
        assertThat(marks(panel).keySet(), contains(KAZAKHSTAN));
        assertThat(panel.getTextContent(), containsString("Totals over each figure's whole period (not daily rates)"));
        assertThat(labels(svg), hasItem("98,000"));
    }

    @ParameterizedTest
    @CsvSource({
        "'&rate=PER_DAY', 5",
        "'&rate=per_day', 5",
        "'&rate=PER_WEEK', 0",
        "'&from=2022-09-26', 3", // Monday and the two weekly rates overlap; Sunday and the days before end earlier
        "'&to=2022-09-21', 3", // the days before the mobilization and the two rates starting on the 21st
        "'&from=2022-09-25&to=2022-09-25', 3",
    })
    void theSeriesFilterApplies(String parameters, int figures) {
        Document svg = parse(svg(GEORGIA + parameters, 200));
        assertThat(parameters, marks(svg).size(), is(figures));
        if (figures == 0) {
            assertThat(svg.getDocumentElement().getTextContent(), containsString("No figures match"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "country=XX&metric=arrivals | country: Country 'XX' does not exist",
        "country=GE&metric=unicorns | metric: no figure counts 'unicorns'",
        "country=GE&metric=arrivals&originCountry=QQ | originCountry: Country 'QQ' does not exist",
    })
    void unknownCountryOrMetricIsNotFound(String parameters, String message) {
        Document svg = parse(svg("/charts/series.svg?" + parameters, 404));
        assertThat(svg.getDocumentElement().getTextContent(), containsString(message));
        assertThat(marks(svg).size(), is(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "metric=arrivals | country: required",
        "country=GE | metric: required",
        "country=GE&metric= | metric: required",
        "country=GE&metric=arrivals&from=2022-13-01 | from: '2022-13-01' is not a date",
        "country=GE&metric=arrivals&to=yesterday | to: 'yesterday' is not a date",
        "country=GE&metric=arrivals&from=2022-09-27&to=2022-09-21 | to: must not be before from",
        "country=GE&metric=arrivals&rate=DAILY | rate: 'DAILY' is not a rate",
        "country=G1&metric=arrivals | country: 'G1' is not a country code",
    })
    void badParametersAreRefused(String parameters, String message) {
        Document svg = parse(svg("/charts/series.svg?" + parameters, 400));
        assertThat(svg.getDocumentElement().getTextContent(), containsString(message));
    }

    @Test
    void everyProblemIsToldAtOnce() {
        String text = parse(svg("/charts/series.svg?from=soon&rate=hourly", 400)).getDocumentElement().getTextContent();
        for (String parameter : List.of("country:", "metric:", "from:", "rate:")) {
            assertThat(text, containsString(parameter));
        }
    }

    @Test
    void theLandingPageShowsTheSeriesAndLinksEveryChart() {
        String html = given().accept("text/html").when().get("/").then().statusCode(200).extract().asString();
        String chart = "/charts/series.svg?country=GE&amp;metric=arrivals&amp;originCountry=RU";
        assertThat(html, containsString("<img src=\"" + chart + "\""));
        assertThat(html, containsString("href=\"" + chart + "\""));
        // The dossier holds Kazakhstan's arrivals as one of its lists: a link, no picture.
        assertThat(html, containsString("href=\"/charts/series.svg?country=KZ&amp;metric=arrivals\""));
        assertThat(html, not(containsString("<img src=\"/charts/series.svg?country=KZ")));
        given().when().get("/charts/series.svg?country=KZ&metric=arrivals").then().statusCode(200);
        assertThat(html.split("class=\"chart-link\"", -1).length - 1, is(2));
    }

    static byte[] svg(String path, int status) {
        Response response = given().when().get(path);
        assertThat(path, response.statusCode(), is(status));
        assertThat(path, response.contentType(), startsWith("image/svg+xml"));
        assertThat(path, response.header("X-Content-Type-Options"), equalTo("nosniff"));
        return response.asByteArray();
    }
}
