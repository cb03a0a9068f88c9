package io.newsgraph.seed;

import static io.newsgraph.GraphQLClient.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed article (Georgia and Kazakhstan, 27 September 2022) as a journalist finds it through the
 * public GraphQL API: every quote and every figure, their provenance, and the entities around them.
 *
 * <p>Expected values are written out here from the article and the seed inventory, never read from
 * the dataset file. The tests only read: the database is shared by every test of the run.
 */
@QuarkusTest
public class SeedFactsTest {

    static final String SOURCE_ID = "georgia-kazakhstan-russian-arrivals-2022-09-27";
    static final String SOURCE_TITLE =
            "Georgia and Kazakhstan confirm a sharp increase in arrivals of Russians since Russia's mobilization";

    static final String MOBILIZATION = "russia-mobilization-2022-09-21";
    static final String ANNEXATION_VOTES = "ukraine-annexation-votes-2022";

    static final String TOKAYEV = "kassym-jomart-tokayev";
    static final String PUTIN = "vladimir-putin";
    static final String GEORGIA_MINISTRY = "georgia-interior-ministry";
    static final String KAZAKHSTAN_MINISTRY = "kazakhstan-interior-ministry";
    static final String NORTH_OSSETIA_AUTHORITIES = "north-ossetia-authorities";
    static final String NORTH_OSSETIA_MINISTRY = "north-ossetia-interior-ministry";
    static final String UKRAINE_GOVERNMENT = "ukraine-government";
    static final String RUSSIA_GOVERNMENT = "russia-government";

    static final String OFFICIAL = "Official";
    static final String ORGANIZATION = "Organization";

    /** Page size used when paging through connections, small enough to need several pages. */
    static final int PAGE = 5;

    // ------------------------------------------------------------------------------------------
    // The 17 statements of the article
    // ------------------------------------------------------------------------------------------

    static Stream<StatementFact> statements() {
        return Stream.of(
                statement("georgia-confirms-increase-in-russian-arrivals")
                        .foundBy("text", "Georgia confirmed sharp increase")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, GEORGIA_MINISTRY).saidOn("2022-09-27")
                        .text("Georgia confirmed a sharp increase in arrivals of Russians since the mobilization"
                                + " decreed in Russia on September 21.")
                        .excerpt("Georgia and Kazakhstan, two neighboring countries of Russia, confirmed on Tuesday a"
                                + " sharp increase in arrivals of Russians since the mobilization decreed on September"
                                + " 21 by President Vladimir Putin.")
                        .countries("GE", "RU").events(MOBILIZATION),
                statement("kazakhstan-confirms-increase-in-russian-arrivals")
                        .foundBy("text", "confirmed increase", "speakerId", KAZAKHSTAN_MINISTRY)
                        .kind("PARAPHRASE").speaker(ORGANIZATION, KAZAKHSTAN_MINISTRY).saidOn("2022-09-27")
                        .text("Kazakhstan confirmed a sharp increase in arrivals of Russians since the mobilization"
                                + " decreed in Russia on September 21.")
                        .excerpt("Georgia and Kazakhstan, two neighboring countries of Russia, confirmed on Tuesday a"
                                + " sharp increase in arrivals of Russians since the mobilization decreed on September"
                                + " 21 by President Vladimir Putin.")
                        .countries("KZ", "RU").events(MOBILIZATION),
                statement("moscow-reiterates-nuclear-threats")
                        .foundBy("text", "nuclear threats", "countryCode", "UA")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, RUSSIA_GOVERNMENT).saidOn("2022-09-27")
                        .text("Moscow reiterated its nuclear threats on the last day of the annexation votes in"
                                + " Ukraine.")
                        .excerpt("Moscow reiterates its nuclear threats on the last day of annexation votes in Ukraine")
                        .countries("RU", "UA").events(ANNEXATION_VOTES),
                statement("georgia-russian-arrivals-nearly-doubled")
                        .foundBy("text", "nearly doubled")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, GEORGIA_MINISTRY).saidOn("2022-09-27")
                        .text("Arrivals of Russians to Georgia nearly doubled, to nearly 10,000 a day, following the"
                                + " announcement of the mobilization in Russia.")
                        .excerpt("Arrivals of Russians to Georgia nearly doubled to nearly 10,000 a day following the"
                                + " announcement, the Caucasian country’s interior ministry said.")
                        .countries("GE", "RU").events(MOBILIZATION)
                        .statistics("georgia-russian-arrivals-growth-after-mobilization",
                                "georgia-russian-arrivals-nearly-10000-a-day"),
                statement("georgia-ministry-quote-some-10000-a-day")
                        .foundBy("text", "11,200 on Sunday", "kind", "DIRECT_QUOTE")
                        .kind("DIRECT_QUOTE").speaker(ORGANIZATION, GEORGIA_MINISTRY).saidOn("2022-09-27")
                        .text("The number has increased to some 10,000 a day. For example, they were 11,200 on Sunday"
                                + " and less than 10,000 on Monday")
                        .excerpt("“The number has increased to some 10,000 a day. For example, they were 11,200 on"
                                + " Sunday and less than 10,000 on Monday”, once morest “5,000 to 6,000” just before the"
                                + " announcement of the mobilization in Russia on September 21, the ministry indicated.")
                        .countries("GE", "RU").events(MOBILIZATION)
                        .statistics("georgia-russian-arrivals-some-10000-a-day", "georgia-russian-arrivals-2022-09-25",
                                "georgia-russian-arrivals-2022-09-26"),
                statement("georgia-ministry-5000-to-6000-before-mobilization")
                        .foundBy("text", "5,000 to 6,000")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, GEORGIA_MINISTRY).saidOn("2022-09-27")
                        .text("Just before the announcement of the mobilization in Russia on September 21, arrivals of"
                                + " Russians to Georgia were 5,000 to 6,000 a day.")
                        .excerpt("once morest “5,000 to 6,000” just before the announcement of the mobilization in"
                                + " Russia on September 21, the ministry indicated")
                        .countries("GE", "RU").events(MOBILIZATION)
                        .statistics("georgia-russian-arrivals-before-mobilization"),
                statement("north-ossetia-tense-situation-at-verkhni-lars")
                        .foundBy("speakerId", NORTH_OSSETIA_AUTHORITIES, "placeId", "verkhni-lars-checkpoint")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, NORTH_OSSETIA_AUTHORITIES).saidOn(null)
                        .text("The situation at the Verkhni Lars checkpoint, on Russia's border with Georgia, is"
                                + " tense.")
                        .excerpt("On the border with Georgia, authorities in Russia’s North Ossetia region admitted to"
                                + " a “tense situation” at the Verkhni Lars checkpoint.")
                        .countries("RU", "GE").places("verkhni-lars-checkpoint", "north-ossetia")
                        .events(MOBILIZATION),
                statement("north-ossetia-military-mobilization-commission")
                        .foundBy("text", "military mobilization commission")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, NORTH_OSSETIA_MINISTRY).saidOn(null)
                        .text("A military mobilization commission will soon be installed in the border area to recruit"
                                + " reservists who are trying to leave.")
                        .excerpt("The local Ministry of the Interior has announced the forthcoming installation of a"
                                + " “military mobilization commission” in the border area in order to recruit reservists"
                                + " who are trying to leave.")
                        .countries("RU", "GE").places("north-ossetia").events(MOBILIZATION),
                statement("kazakhstan-98000-russian-arrivals-since-2022-09-21")
                        .foundBy("text", "98,000", "countryCode", "KZ")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, KAZAKHSTAN_MINISTRY).saidOn("2022-09-27")
                        .text("98,000 Russian citizens have arrived in Kazakhstan since September 21.")
                        .excerpt("For its part, the Interior Ministry of Kazakhstan, a former Soviet republic in Central"
                                + " Asia, indicated that 98,000 Russian citizens had arrived in the country since"
                                + " September 21.")
                        .countries("KZ", "RU").events(MOBILIZATION)
                        .statistics("kazakhstan-russian-arrivals-since-2022-09-21"),
                statement("tokayev-kazakhstan-will-protect-fleeing-russians")
                        .foundBy("text", "protect Russians flee", "speakerId", TOKAYEV)
                        .kind("PARAPHRASE").speaker(OFFICIAL, TOKAYEV).saidOn("2022-09-27")
                        .text("Kazakhstan will protect the Russians who flee to Kazakhstan to escape mobilization.")
                        .excerpt("Kazakh President Kassym-Jomart Tokayev assured him on Tuesday that his country, a"
                                + " traditional ally of Moscow, but which has distanced itself since the offensive in"
                                + " Ukraine, would protect the Russians who flee to Kazakhstan to escape mobilization.")
                        .countries("KZ", "RU").events(MOBILIZATION),
                statement("tokayev-many-people-come-from-russia")
                        .foundBy("text", "hopeless situation")
                        .kind("DIRECT_QUOTE").speaker(OFFICIAL, TOKAYEV).saidOn("2022-09-27")
                        .text("In recent days, many people come to us from Russia. Most are forced to leave because of"
                                + " a hopeless situation")
                        .excerpt("“In recent days, many people come to us from Russia. Most are forced to leave because"
                                + " of a hopeless situation,” said Tokayev.")
                        .countries("KZ", "RU").events(MOBILIZATION),
                statement("tokayev-take-care-of-them")
                        .foundBy("text", "take care of them")
                        .kind("DIRECT_QUOTE").speaker(OFFICIAL, TOKAYEV).saidOn("2022-09-27")
                        .text("We have to take care of them, ensure their safety")
                        .excerpt("“We have to take care of them, ensure their safety,” he added.")
                        .countries("KZ", "RU").events(MOBILIZATION),
                statement("tokayev-condemns-conflict-in-ukraine")
                        .foundBy("text", "condemned conflict", "speakerId", TOKAYEV, "kind", "PARAPHRASE")
                        .kind("PARAPHRASE").speaker(OFFICIAL, TOKAYEV).saidOn("2022-09-27")
                        .text("Kazakhstan's president again condemned the conflict in Ukraine and called for respect"
                                + " for territorial integrity.")
                        .excerpt("The Kazakh president also once once more condemned the conflict in Ukraine, and"
                                + " called for respect for territorial integrity")
                        .countries("UA", "RU").events(ANNEXATION_VOTES),
                statement("kyiv-referendums-are-simulacra")
                        .foundBy("text", "simulacra")
                        .kind("PARAPHRASE").speaker(ORGANIZATION, UKRAINE_GOVERNMENT).saidOn(null)
                        .text("The referendums Russia is organizing in four Ukrainian regions to formalize their"
                                + " annexation are simulacra.")
                        .excerpt("Russia is organizing “referendums” denounced as “simulacra” by kyiv in four Ukrainian"
                                + " regions to formalize their annexation")
                        .countries("UA", "RU").events(ANNEXATION_VOTES),
                statement("tokayev-territorial-integrity-inalienable")
                        .foundBy("text", "territorial integrity inalienable")
                        .kind("DIRECT_QUOTE").speaker(OFFICIAL, TOKAYEV).saidOn("2022-09-27")
                        .text("The territorial integrity of a State must be inalienable, it is a key principle")
                        .excerpt("“The territorial integrity of a State must be inalienable, it is a key principle”, he"
                                + " recalled.")
                        .countries("UA", "RU").events(ANNEXATION_VOTES),
                statement("tokayev-major-war-in-immediate-vicinity")
                        .foundBy("text", "major war immediate vicinity")
                        .kind("DIRECT_QUOTE").speaker(OFFICIAL, TOKAYEV).saidOn("2022-09-27")
                        .text("In our immediate vicinity, a major war is underway. We must remember this, thinking first"
                                + " and foremost regarding our safety")
                        .excerpt("“In our immediate vicinity, a major war is underway. We must remember this, thinking"
                                + " first and foremost regarding our safety,” Tokayev added.")
                        .countries("KZ", "UA", "RU"),
                statement("russia-claims-genocide-of-russian-speakers")
                        .foundBy("text", "genocide", "speakerId", RUSSIA_GOVERNMENT)
                        .kind("PARAPHRASE").speaker(ORGANIZATION, RUSSIA_GOVERNMENT).saidOn(null)
                        .text("Russia claimed that Russian speakers living in the east of Ukraine were victims of"
                                + " genocide, an accusation the article calls unfounded.")
                        .excerpt("Russia invaded Ukraine claiming in particular that Russian speakers living in the east"
                                + " of this country were victims of “genocide”, an unfounded accusation.")
                        .countries("RU", "UA"));
    }

    // ------------------------------------------------------------------------------------------
    // The 8 figures of the article
    // ------------------------------------------------------------------------------------------

    static Stream<StatisticFact> statistics() {
        return Stream.of(
                statistic("georgia-russian-arrivals-growth-after-mobilization")
                        .foundBy("countryCode", "GE", "metric", "arrivals-growth")
                        .metric("arrivals-growth").unit("ratio")
                        .quantity("APPROXIMATE", 2.0, null, null).rate(null).period("2022-09-21", "2022-09-27")
                        .country("GE").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, GEORGIA_MINISTRY).statement("georgia-russian-arrivals-nearly-doubled")
                        .description("Growth of arrivals of Russians in Georgia following the announcement of the"
                                + " mobilization in Russia (\"nearly doubled\"): ratio of daily arrivals after the"
                                + " announcement to daily arrivals before it")
                        .excerpt("Arrivals of Russians to Georgia nearly doubled to nearly 10,000 a day following the"
                                + " announcement")
                        .events(MOBILIZATION),
                statistic("georgia-russian-arrivals-nearly-10000-a-day")
                        .foundBy("countryCode", "GE", "originCountryCode", "RU", "metric", "arrivals", "rate", "PER_DAY",
                                "from", "2022-09-21", "to", "2022-09-27")
                        .metric("arrivals").unit("people")
                        .quantity("APPROXIMATE", 10000.0, null, null).rate("PER_DAY").period("2022-09-21", "2022-09-27")
                        .country("GE").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, GEORGIA_MINISTRY).statement("georgia-russian-arrivals-nearly-doubled")
                        .description("Daily arrivals of Russians in Georgia following the announcement of the"
                                + " mobilization in Russia (\"nearly 10,000 a day\")")
                        .excerpt("Arrivals of Russians to Georgia nearly doubled to nearly 10,000 a day following the"
                                + " announcement")
                        .events(MOBILIZATION),
                statistic("georgia-russian-arrivals-some-10000-a-day")
                        .foundBy("reportedById", GEORGIA_MINISTRY, "metric", "arrivals", "from", "2022-09-27")
                        .metric("arrivals").unit("people")
                        .quantity("APPROXIMATE", 10000.0, null, null).rate("PER_DAY").period("2022-09-21", "2022-09-27")
                        .country("GE").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, GEORGIA_MINISTRY).statement("georgia-ministry-quote-some-10000-a-day")
                        .description("Daily arrivals of Russians in Georgia after the announcement of the mobilization"
                                + " in Russia, as quoted from the interior ministry (\"some 10,000 a day\")")
                        .excerpt("The number has increased to some 10,000 a day.")
                        .events(MOBILIZATION),
                statistic("georgia-russian-arrivals-2022-09-25")
                        .foundBy("countryCode", "GE", "metric", "arrivals", "from", "2022-09-25", "to", "2022-09-25")
                        .metric("arrivals").unit("people")
                        .quantity("EXACT", 11200.0, null, null).rate("PER_DAY").period("2022-09-25", "2022-09-25")
                        .country("GE").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, GEORGIA_MINISTRY).statement("georgia-ministry-quote-some-10000-a-day")
                        .description("Arrivals of Russians in Georgia on Sunday 25 September 2022 (\"11,200 on"
                                + " Sunday\")")
                        .excerpt("they were 11,200 on Sunday")
                        .events(MOBILIZATION),
                statistic("georgia-russian-arrivals-2022-09-26")
                        .foundBy("countryCode", "GE", "metric", "arrivals", "from", "2022-09-26", "to", "2022-09-26")
                        .metric("arrivals").unit("people")
                        .quantity("AT_MOST", null, null, 10000.0).rate("PER_DAY").period("2022-09-26", "2022-09-26")
                        .country("GE").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, GEORGIA_MINISTRY).statement("georgia-ministry-quote-some-10000-a-day")
                        .description("Arrivals of Russians in Georgia on Monday 26 September 2022 (\"less than 10,000 on"
                                + " Monday\")")
                        .excerpt("less than 10,000 on Monday")
                        .events(MOBILIZATION),
                statistic("georgia-russian-arrivals-before-mobilization")
                        .foundBy("countryCode", "GE", "originCountryCode", "RU", "metric", "arrivals",
                                "to", "2022-09-20")
                        .metric("arrivals").unit("people")
                        .quantity("RANGE", null, 5000.0, 6000.0).rate("PER_DAY").period(null, "2022-09-21")
                        .country("GE").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, GEORGIA_MINISTRY)
                        .statement("georgia-ministry-5000-to-6000-before-mobilization")
                        .description("Daily arrivals of Russians in Georgia just before the announcement of the"
                                + " mobilization in Russia on 21 September 2022 (\"5,000 to 6,000\"); the start of the"
                                + " period is not reported")
                        .excerpt("once morest “5,000 to 6,000” just before the announcement of the mobilization in Russia"
                                + " on September 21")
                        .events(MOBILIZATION),
                statistic("kazakhstan-russian-arrivals-since-2022-09-21")
                        .foundBy("countryCode", "KZ", "metric", "arrivals")
                        .metric("arrivals").unit("people")
                        .quantity("EXACT", 98000.0, null, null).rate(null).period("2022-09-21", "2022-09-27")
                        .country("KZ").originCountry("RU").place(null)
                        .reportedBy(ORGANIZATION, KAZAKHSTAN_MINISTRY)
                        .statement("kazakhstan-98000-russian-arrivals-since-2022-09-21")
                        .description("Russian citizens who arrived in Kazakhstan since 21 September 2022, as reported on"
                                + " 27 September 2022 (\"98,000\")")
                        .excerpt("98,000 Russian citizens had arrived in the country since September 21")
                        .events(MOBILIZATION),
                statistic("ukraine-regions-holding-annexation-votes")
                        .foundBy("countryCode", "UA", "eventId", ANNEXATION_VOTES)
                        .metric("regions").unit("regions")
                        .quantity("EXACT", 4.0, null, null).rate(null).period("2022-09-27", "2022-09-27")
                        .country("UA").originCountry(null).place(null)
                        .reportedBy(null, null).statement(null)
                        .description("Ukrainian regions in which Russia is organizing “referendums” to formalize their"
                                + " annexation (\"four Ukrainian regions\"), as of 27 September 2022")
                        .excerpt("Russia is organizing “referendums” denounced as “simulacra” by kyiv in four Ukrainian"
                                + " regions to formalize their annexation")
                        .events(ANNEXATION_VOTES));
    }

    // ------------------------------------------------------------------------------------------
    // 2. Every quote and every figure, found the way a journalist would
    // ------------------------------------------------------------------------------------------

    @Test
    void theSeedHasSeventeenStatementsAndEightFigures() {
        assertThat(statements().map(f -> f.id).collect(Collectors.toSet()), hasSize(17));
        assertThat(statistics().map(f -> f.id).collect(Collectors.toSet()), hasSize(8));
        assertThat(pageThrough("seed/source-statements-page", "data.source.statements", "id", SOURCE_ID).keySet(),
                containsInAnyOrder(statements().map(f -> f.id).toArray()));
        assertThat(pageThrough("seed/source-statistics-page", "data.source.statistics", "id", SOURCE_ID).keySet(),
                containsInAnyOrder(statistics().map(f -> f.id).toArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void findsEveryStatement(StatementFact fact) {
        List<Map<String, Object>> found = data("seed/statements-search", "filter", fact.filter, "first", 100)
                .getList("data.statements.nodes");
        for (Map<String, Object> node : found) {
            assertMatchesStatementFilter(node, fact.filter);
        }
        Map<String, Object> node = byId(found, fact.id, "statements(filter: " + fact.filter + ")");

        assertThat(at(node, "text"), is(fact.text));
        assertThat(at(node, "kind"), is(fact.kind));
        assertThat(at(node, "speaker.__typename"), is(fact.speakerType));
        assertThat(at(node, "speaker.id"), is(fact.speakerId));
        assertThat(at(node, "saidOn"), is(fact.saidOn));
        assertThat(at(node, "source.id"), is(SOURCE_ID));
        assertThat(at(node, "source.title"), is(SOURCE_TITLE));
        assertThat(at(node, "excerpt"), is(fact.excerpt));
        assertThat(ids(node, "countries", "code"), containsInAnyOrder(fact.countries.toArray()));
        assertThat(ids(node, "places", "id"), containsInAnyOrder(fact.places.toArray()));
        assertThat(ids(node, "events", "id"), containsInAnyOrder(fact.events.toArray()));
        assertThat(ids(node, "statistics", "id"), containsInAnyOrder(fact.statistics.toArray()));

        // The same statement, addressed by its id, is the same in every field.
        assertEquals(node, data("seed/statement", "id", fact.id).getMap("data.statement"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statistics")
    void findsEveryFigure(StatisticFact fact) {
        List<Map<String, Object>> found = data("seed/statistics-search", "filter", fact.filter, "first", 100)
                .getList("data.statistics.nodes");
        for (Map<String, Object> node : found) {
            assertMatchesStatisticFilter(node, fact.filter);
        }
        Map<String, Object> node = byId(found, fact.id, "statistics(filter: " + fact.filter + ")");

        assertThat(at(node, "metric"), is(fact.metric));
        assertThat(at(node, "description"), is(fact.description));
        assertThat(number(at(node, "value")), is(fact.value));
        assertThat(number(at(node, "low")), is(fact.low));
        assertThat(number(at(node, "high")), is(fact.high));
        assertThat(at(node, "approximation"), is(fact.approximation));
        assertThat(at(node, "unit"), is(fact.unit));
        assertThat(at(node, "rate"), is(fact.rate));
        assertThat(at(node, "periodStart"), is(fact.periodStart));
        assertThat(at(node, "periodEnd"), is(fact.periodEnd));
        assertThat(at(node, "country.code"), is(fact.country));
        assertThat(at(node, "originCountry.code"), is(fact.originCountry));
        assertThat(at(node, "place.id"), is(fact.place));
        assertThat(at(node, "reportedBy.__typename"), is(fact.reportedByType));
        assertThat(at(node, "reportedBy.id"), is(fact.reportedById));
        assertThat(at(node, "statement.id"), is(fact.statement));
        assertThat(at(node, "source.id"), is(SOURCE_ID));
        assertThat(at(node, "source.title"), is(SOURCE_TITLE));
        assertThat(at(node, "excerpt"), is(fact.excerpt));
        assertThat(ids(node, "events", "id"), containsInAnyOrder(fact.events.toArray()));

        assertEquals(node, data("seed/statistic", "id", fact.id).getMap("data.statistic"));
    }

    // ------------------------------------------------------------------------------------------
    // 3. Provenance: every excerpt occurs verbatim in its source's stored text
    // ------------------------------------------------------------------------------------------

    @Test
    void theSourceIsTheArticleItself() {
        JsonPath json = data("seed/source", "id", SOURCE_ID);
        assertThat(json.getString("data.source.id"), is(SOURCE_ID));
        assertThat(json.getString("data.source.title"), is(SOURCE_TITLE));
        assertThat(json.get("data.source.publisher"), nullValue());
        assertThat(json.get("data.source.url"), nullValue());
        assertThat(json.getString("data.source.publishedOn"), is("2022-09-27"));
        assertThat(json.getString("data.source.language"), is("en"));
        String article = resource("seed-article.txt");
        assertThat(article.length(), is(2850));
        assertEquals(article, json.getString("data.source.text"));
    }

    @Test
    void everyStatementExcerptOccursVerbatimInItsSource() {
        Map<String, Map<String, Object>> all = pageThrough("seed/statements-page", "data.statements");
        assertThat(all.keySet(), hasItems(statements().map(f -> f.id).toArray(String[]::new)));
        assertExcerptsInSourceText(all);
    }

    @Test
    void everyFigureExcerptOccursVerbatimInItsSource() {
        Map<String, Map<String, Object>> all = pageThrough("seed/statistics-page", "data.statistics");
        assertThat(all.keySet(), hasItems(statistics().map(f -> f.id).toArray(String[]::new)));
        assertExcerptsInSourceText(all);
    }

    @Test
    void everyExcerptOfTheArticleOccursInTheArticle() {
        String article = resource("seed-article.txt");
        Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
        facts.putAll(pageThrough("seed/source-statements-page", "data.source.statements", "id", SOURCE_ID));
        facts.putAll(pageThrough("seed/source-statistics-page", "data.source.statistics", "id", SOURCE_ID));
        assertThat(facts.size(), is(17 + 8));
        for (Map.Entry<String, Map<String, Object>> fact : facts.entrySet()) {
            assertThat(fact.getKey(), article, containsString((String) fact.getValue().get("excerpt")));
        }
    }

    // ------------------------------------------------------------------------------------------
    // 4. The Kazakhstan dossier, in one request
    // ------------------------------------------------------------------------------------------

    @Test
    void kazakhstanDossierInOneRequest() {
        JsonPath json = data("seed/country-dossier", "code", "KZ", "since", "2022-09-21", "metric", "arrivals");
        Map<String, Object> kz = json.getMap("data.country");
        assertThat(at(kz, "code"), is("KZ"));
        assertThat(at(kz, "name"), is("Kazakhstan"));

        List<Map<String, Object>> neighbors = list(kz, "neighbors");
        assertThat(at(byCode(neighbors, "RU"), "name"), is("Russia"));

        Map<String, Object> tokayev = byId(list(kz, "officials"), TOKAYEV, "country(code: KZ).officials");
        assertThat(at(tokayev, "__typename"), is(OFFICIAL));
        assertThat(at(tokayev, "name"), is("Kassym-Jomart Tokayev"));
        assertThat(at(tokayev, "title"), is("President"));

        List<StatementFact> expected = statements().filter(f -> TOKAYEV.equals(f.speakerId)).toList();
        assertThat(expected, hasSize(6));
        List<Map<String, Object>> said = list(tokayev, "statements.nodes");
        assertThat(at(tokayev, "statements.totalCount"), is(6));
        assertThat(ids(said, "id"), containsInAnyOrder(expected.stream().map(f -> f.id).toArray()));
        for (StatementFact fact : expected) {
            Map<String, Object> statement = byId(said, fact.id, "Tokayev's statements");
            assertThat(at(statement, "text"), is(fact.text));
            assertThat(at(statement, "kind"), is(fact.kind));
            assertThat(at(statement, "saidOn"), is("2022-09-27"));
            assertThat(at(statement, "source.id"), is(SOURCE_ID));
            assertThat(at(statement, "source.title"), is(SOURCE_TITLE));
            assertThat(at(statement, "excerpt"), is(fact.excerpt));
        }
        // "We have to take care of them, ensure their safety"
        assertThat(at(byId(said, "tokayev-take-care-of-them", "Tokayev's statements"), "kind"), is("DIRECT_QUOTE"));

        List<Map<String, Object>> figures = list(kz, "statistics.nodes");
        assertThat(figures, everyItem(notNullValue()));
        for (Map<String, Object> figure : figures) {
            assertThat(at(figure, "metric"), is("arrivals"));
        }
        Map<String, Object> arrivals = byId(figures, "kazakhstan-russian-arrivals-since-2022-09-21",
                "country(code: KZ).statistics");
        assertThat(number(at(arrivals, "value")), is(98000.0));
        assertThat(at(arrivals, "approximation"), is("EXACT"));
        assertThat(at(arrivals, "unit"), is("people"));
        assertThat(at(arrivals, "rate"), nullValue());
        assertThat(at(arrivals, "periodStart"), is("2022-09-21"));
        assertThat(at(arrivals, "periodEnd"), is("2022-09-27"));
        assertThat(at(arrivals, "originCountry.code"), is("RU"));
        assertThat(at(arrivals, "reportedBy.__typename"), is(ORGANIZATION));
        assertThat(at(arrivals, "reportedBy.id"), is(KAZAKHSTAN_MINISTRY));
        assertThat(at(arrivals, "reportedBy.name"), is("Interior Ministry of Kazakhstan"));
        assertThat(at(arrivals, "source.id"), is(SOURCE_ID));
        assertThat(at(arrivals, "source.title"), is(SOURCE_TITLE));
        assertThat(at(arrivals, "excerpt"), is("98,000 Russian citizens had arrived in the country since September 21"));
    }

    // ------------------------------------------------------------------------------------------
    // 5. The entities around the facts
    // ------------------------------------------------------------------------------------------

    @Test
    void tokayevIsPresidentOfKazakhstanAlsoKnownAsTokayev() {
        Map<String, Object> tokayev = data("seed/official", "id", TOKAYEV).getMap("data.official");
        assertThat(at(tokayev, "__typename"), is(OFFICIAL));
        assertThat(at(tokayev, "id"), is(TOKAYEV));
        assertThat(at(tokayev, "name"), is("Kassym-Jomart Tokayev"));
        assertThat(at(tokayev, "title"), is("President"));
        assertThat(list(tokayev, "aliases"), contains("Tokayev"));
        assertThat(at(tokayev, "country.code"), is("KZ"));
        List<Map<String, Object>> positions = list(tokayev, "positions");
        assertThat(positions, hasSize(1));
        assertThat(at(positions.get(0), "title"), is("President"));
        assertThat(at(positions.get(0), "country.code"), is("KZ"));
        assertThat(at(positions.get(0), "country.name"), is("Kazakhstan"));
        assertThat(at(positions.get(0), "organization"), nullValue());
        assertThat(at(positions.get(0), "start"), nullValue());
        assertThat(at(positions.get(0), "end"), nullValue());
        assertThat(at(tokayev, "statements.totalCount"), is(6));
        assertThat(ids(tokayev, "statements.nodes", "id"), containsInAnyOrder(
                "tokayev-kazakhstan-will-protect-fleeing-russians", "tokayev-many-people-come-from-russia",
                "tokayev-take-care-of-them", "tokayev-condemns-conflict-in-ukraine",
                "tokayev-territorial-integrity-inalienable", "tokayev-major-war-in-immediate-vicinity"));
        assertThat(at(tokayev, "statistics.totalCount"), is(0));

        // A journalist who only knows "Tokayev" (the article's short form) finds him by his alias, in any case.
        assertThat(ids(data("seed/officials-search", "filter", Map.of("name", "tokayev"))
                .getList("data.officials.nodes"), "id"), hasItem(TOKAYEV));
        assertThat(ids(data("seed/officials-search", "filter", Map.of("countryCode", "KZ"))
                .getList("data.officials.nodes"), "id"), hasItem(TOKAYEV));
    }

    @Test
    void putinIsPresidentOfRussiaWithoutAliases() {
        Map<String, Object> putin = data("seed/official", "id", PUTIN).getMap("data.official");
        assertThat(at(putin, "__typename"), is(OFFICIAL));
        assertThat(at(putin, "name"), is("Vladimir Putin"));
        assertThat(at(putin, "title"), is("President"));
        assertThat(list(putin, "aliases"), empty());
        assertThat(at(putin, "country.code"), is("RU"));
        List<Map<String, Object>> positions = list(putin, "positions");
        assertThat(positions, hasSize(1));
        assertThat(at(positions.get(0), "title"), is("President"));
        assertThat(at(positions.get(0), "country.code"), is("RU"));
        assertThat(at(positions.get(0), "organization"), nullValue());
        assertThat(at(positions.get(0), "start"), nullValue());
        assertThat(at(positions.get(0), "end"), nullValue());
        // The article quotes nothing from Putin: he only decreed the mobilization.
        assertThat(at(putin, "statements.totalCount"), is(0));
        assertThat(at(putin, "statistics.totalCount"), is(0));
        assertThat(ids(data("seed/officials-search", "filter", Map.of("name", "Putin"))
                .getList("data.officials.nodes"), "id"), hasItem(PUTIN));
    }

    static Stream<OrganizationFact> organizations() {
        return Stream.of(
                new OrganizationFact(GEORGIA_MINISTRY, "Interior Ministry of Georgia", "MINISTRY", "GE",
                        List.of("georgia-confirms-increase-in-russian-arrivals", "georgia-russian-arrivals-nearly-doubled",
                                "georgia-ministry-quote-some-10000-a-day",
                                "georgia-ministry-5000-to-6000-before-mobilization"),
                        List.of("georgia-russian-arrivals-growth-after-mobilization",
                                "georgia-russian-arrivals-nearly-10000-a-day", "georgia-russian-arrivals-some-10000-a-day",
                                "georgia-russian-arrivals-2022-09-25", "georgia-russian-arrivals-2022-09-26",
                                "georgia-russian-arrivals-before-mobilization")),
                new OrganizationFact(KAZAKHSTAN_MINISTRY, "Interior Ministry of Kazakhstan", "MINISTRY", "KZ",
                        List.of("kazakhstan-confirms-increase-in-russian-arrivals",
                                "kazakhstan-98000-russian-arrivals-since-2022-09-21"),
                        List.of("kazakhstan-russian-arrivals-since-2022-09-21")),
                new OrganizationFact(NORTH_OSSETIA_AUTHORITIES, "Authorities of North Ossetia", "REGIONAL_AUTHORITY",
                        "RU", List.of("north-ossetia-tense-situation-at-verkhni-lars"), List.of()),
                new OrganizationFact(NORTH_OSSETIA_MINISTRY, "Ministry of the Interior of North Ossetia", "MINISTRY",
                        "RU", List.of("north-ossetia-military-mobilization-commission"), List.of()),
                new OrganizationFact(UKRAINE_GOVERNMENT, "Government of Ukraine", "GOVERNMENT", "UA",
                        List.of("kyiv-referendums-are-simulacra"), List.of()),
                new OrganizationFact(RUSSIA_GOVERNMENT, "Government of Russia", "GOVERNMENT", "RU",
                        List.of("moscow-reiterates-nuclear-threats", "russia-claims-genocide-of-russian-speakers"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizations")
    void organizationsWithTheirKindAndWhatTheyReported(OrganizationFact fact) {
        Map<String, Object> organization = data("seed/organization", "id", fact.id()).getMap("data.organization");
        assertThat(at(organization, "__typename"), is(ORGANIZATION));
        assertThat(at(organization, "id"), is(fact.id()));
        assertThat(at(organization, "name"), is(fact.name()));
        assertThat(at(organization, "kind"), is(fact.kind()));
        assertThat(at(organization, "country.code"), is(fact.country()));
        assertThat(at(organization, "statements.totalCount"), is(fact.statements().size()));
        assertThat(ids(organization, "statements.nodes", "id"), containsInAnyOrder(fact.statements().toArray()));
        assertThat(at(organization, "statistics.totalCount"), is(fact.statistics().size()));
        assertThat(ids(organization, "statistics.nodes", "id"), containsInAnyOrder(fact.statistics().toArray()));

        // Found by a word of its name and by its country.
        String word = fact.name().split(" ")[fact.name().split(" ").length - 1];
        assertThat(ids(data("seed/organizations-search", "filter", Map.of("name", word.toLowerCase(Locale.ROOT)))
                .getList("data.organizations.nodes"), "id"), hasItem(fact.id()));
        assertThat(ids(data("seed/organizations-search", "filter", Map.of("countryCode", fact.country()))
                .getList("data.organizations.nodes"), "id"), hasItem(fact.id()));
    }

    @Test
    void verkhniLarsIsACheckpointInRussia() {
        JsonPath json = data("seed/place", "id", "verkhni-lars-checkpoint");
        assertThat(json.getString("data.place.id"), is("verkhni-lars-checkpoint"));
        assertThat(json.getString("data.place.name"), is("Verkhni Lars checkpoint"));
        assertThat(json.getString("data.place.kind"), is("CHECKPOINT"));
        assertThat(json.getString("data.place.country.code"), is("RU"));
        assertThat(json.getList("data.statements.nodes.id"),
                containsInAnyOrder("north-ossetia-tense-situation-at-verkhni-lars"));

        assertThat(data("seed/places-search", "filter", Map.of("countryCode", "RU", "kind", "CHECKPOINT"))
                .getList("data.places.nodes.id"), hasItem("verkhni-lars-checkpoint"));
        assertThat(data("seed/places-search", "filter", Map.of("name", "verkhni lars"))
                .getList("data.places.nodes.id"), hasItem("verkhni-lars-checkpoint"));
    }

    @Test
    void northOssetiaIsARegionOfRussia() {
        JsonPath json = data("seed/place", "id", "north-ossetia");
        assertThat(json.getString("data.place.id"), is("north-ossetia"));
        assertThat(json.getString("data.place.name"), is("North Ossetia"));
        assertThat(json.getString("data.place.kind"), is("REGION"));
        assertThat(json.getString("data.place.country.code"), is("RU"));
        assertThat(json.getList("data.statements.nodes.id"), containsInAnyOrder(
                "north-ossetia-tense-situation-at-verkhni-lars", "north-ossetia-military-mobilization-commission"));

        assertThat(data("seed/places-search", "filter", Map.of("countryCode", "RU", "kind", "REGION"))
                .getList("data.places.nodes.id"), hasItem("north-ossetia"));
    }

    @Test
    void mobilizationOf21SeptemberWasInitiatedByPutin() {
        Map<String, Object> event = data("seed/event", "id", MOBILIZATION).getMap("data.event");
        assertThat(at(event, "id"), is(MOBILIZATION));
        assertThat(at(event, "name"), is("Mobilization in Russia"));
        assertThat(at(event, "description"), is("Mobilization in Russia decreed on 21 September 2022 by President"
                + " Vladimir Putin; its announcement was followed by a sharp increase in arrivals of Russians in Georgia"
                + " and Kazakhstan."));
        assertThat(at(event, "startDate"), is("2022-09-21"));
        assertThat(at(event, "endDate"), nullValue());
        assertThat(at(event, "country.code"), is("RU"));
        assertThat(at(event, "initiatedBy.__typename"), is(OFFICIAL));
        assertThat(at(event, "initiatedBy.id"), is(PUTIN));
        assertThat(at(event, "initiatedBy.name"), is("Vladimir Putin"));

        Object[] statements = statements().filter(f -> f.events.contains(MOBILIZATION)).map(f -> f.id).toArray();
        assertThat(statements.length, is(11));
        assertThat(at(event, "statements.totalCount"), is(11));
        assertThat(ids(event, "statements.nodes", "id"), containsInAnyOrder(statements));
        Object[] figures = statistics().filter(f -> f.events.contains(MOBILIZATION)).map(f -> f.id).toArray();
        assertThat(figures.length, is(7));
        assertThat(at(event, "statistics.totalCount"), is(7));
        assertThat(ids(event, "statistics.nodes", "id"), containsInAnyOrder(figures));

        assertThat(data("seed/events-search", "filter", Map.of("countryCode", "RU", "from", "2022-09-21",
                "to", "2022-09-21")).getList("data.events.nodes.id"), hasItem(MOBILIZATION));
        assertThat(data("seed/events-search", "filter", Map.of("name", "mobilization"))
                .getList("data.events.nodes.id"), hasItem(MOBILIZATION));
    }

    @Test
    void annexationVotesWereOrganizedByRussiaInUkraine() {
        Map<String, Object> event = data("seed/event", "id", ANNEXATION_VOTES).getMap("data.event");
        assertThat(at(event, "name"), is("Annexation votes in four Ukrainian regions"));
        assertThat(at(event, "description"), is("“Referendums” organized by Russia in four Ukrainian regions to"
                + " formalize their annexation, denounced as “simulacra” by Kyiv. The article gives no start date: it"
                + " only reports Tuesday 27 September 2022 as the last day of the votes, so both dates are set to that"
                + " day."));
        assertThat(at(event, "startDate"), is("2022-09-27"));
        assertThat(at(event, "endDate"), is("2022-09-27"));
        assertThat(at(event, "country.code"), is("UA"));
        assertThat(at(event, "initiatedBy.__typename"), is(ORGANIZATION));
        assertThat(at(event, "initiatedBy.id"), is(RUSSIA_GOVERNMENT));
        assertThat(ids(event, "statements.nodes", "id"), containsInAnyOrder("moscow-reiterates-nuclear-threats",
                "tokayev-condemns-conflict-in-ukraine", "kyiv-referendums-are-simulacra",
                "tokayev-territorial-integrity-inalienable"));
        assertThat(ids(event, "statistics.nodes", "id"), containsInAnyOrder("ukraine-regions-holding-annexation-votes"));

        assertThat(data("seed/events-search", "filter", Map.of("countryCode", "UA"))
                .getList("data.events.nodes.id"), hasItem(ANNEXATION_VOTES));
    }

    @Test
    void georgiaAndRussiaAreNeighborsBothWays() {
        assertSymmetricBorder("GE", "Georgia", "RU", "Russia");
    }

    @Test
    void kazakhstanAndRussiaAreNeighborsBothWays() {
        assertSymmetricBorder("KZ", "Kazakhstan", "RU", "Russia");
    }

    @Test
    void russiaBordersBothGeorgiaAndKazakhstan() {
        JsonPath json = data("seed/borders", "code", "RU");
        assertThat(json.getString("data.country.name"), is("Russia"));
        assertThat(json.getList("data.country.neighbors.code"), hasItems("GE", "KZ"));
        assertThat(json.getList("data.countries.nodes.code"), hasItems("GE", "KZ"));
        // Looked up by its alpha-3 code, in lower case, Russia is the same country.
        assertThat(data("seed/borders", "code", "rus").getList("data.country.neighbors.code"), hasItems("GE", "KZ"));
    }

    @Test
    void actorResolvesOfficialsAndOrganizationsInOneKeySpace() {
        Map<String, Object> tokayev = data("seed/actor", "id", TOKAYEV).getMap("data.actor");
        assertThat(at(tokayev, "__typename"), is(OFFICIAL));
        assertThat(at(tokayev, "id"), is(TOKAYEV));
        assertThat(at(tokayev, "name"), is("Kassym-Jomart Tokayev"));
        assertThat(at(tokayev, "title"), is("President"));
        assertThat(list(tokayev, "aliases"), contains("Tokayev"));
        assertThat(at(tokayev, "country.code"), is("KZ"));

        Map<String, Object> ministry = data("seed/actor", "id", GEORGIA_MINISTRY).getMap("data.actor");
        assertThat(at(ministry, "__typename"), is(ORGANIZATION));
        assertThat(at(ministry, "id"), is(GEORGIA_MINISTRY));
        assertThat(at(ministry, "name"), is("Interior Ministry of Georgia"));
        assertThat(at(ministry, "kind"), is("MINISTRY"));
        assertThat(at(ministry, "country.code"), is("GE"));
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    private static void assertSymmetricBorder(String a, String nameA, String b, String nameB) {
        JsonPath fromA = data("seed/borders", "code", a);
        assertThat(fromA.getString("data.country.name"), is(nameA));
        Map<String, Object> neighborB = byCode(fromA.getList("data.country.neighbors"), b);
        assertThat(at(neighborB, "name"), is(nameB));
        assertThat(ids(neighborB, "neighbors", "code"), hasItem(a));
        assertThat(fromA.getList("data.countries.nodes.code"), hasItem(b));

        JsonPath fromB = data("seed/borders", "code", b);
        Map<String, Object> neighborA = byCode(fromB.getList("data.country.neighbors"), a);
        assertThat(at(neighborA, "name"), is(nameA));
        assertThat(ids(neighborA, "neighbors", "code"), hasItem(b));
        assertThat(fromB.getList("data.countries.nodes.code"), hasItem(a));
    }

    /** Checks each fact's excerpt against the text of its source, reading each source once. */
    private static void assertExcerptsInSourceText(Map<String, Map<String, Object>> facts) {
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, Map<String, Object>> fact : facts.entrySet()) {
            String sourceId = (String) at(fact.getValue(), "source.id");
            assertThat(fact.getKey() + " has a source", sourceId, notNullValue());
            String text = texts.computeIfAbsent(sourceId,
                    id -> data("seed/source", "id", id).getString("data.source.text"));
            if (text != null) {
                assertThat(fact.getKey() + " excerpt in " + sourceId, text,
                        containsString((String) fact.getValue().get("excerpt")));
            } else {
                assertThat(fact.getKey() + " is a seed fact whose source has no text",
                        SOURCE_ID.equals(sourceId), is(false));
            }
        }
        assertThat(texts.get(SOURCE_ID), equalTo(resource("seed-article.txt")));
    }

    /**
     * Pages through a connection with {@code first}/{@code after} until {@code hasNextPage} is false,
     * checking that no node comes twice and that the pages add up to {@code totalCount}.
     */
    private static Map<String, Map<String, Object>> pageThrough(String document, String connection,
            Object... variables) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        String after = null;
        Integer total = null;
        for (int page = 0; page < 1000; page++) {
            Object[] vars = Arrays.copyOf(variables, variables.length + 4);
            vars[variables.length] = "first";
            vars[variables.length + 1] = PAGE;
            vars[variables.length + 2] = "after";
            vars[variables.length + 3] = after;
            JsonPath json = data(document, vars);
            List<Map<String, Object>> nodes = json.getList(connection + ".nodes");
            assertThat(nodes.size() <= PAGE, is(true));
            for (Map<String, Object> node : nodes) {
                Object previous = all.put((String) node.get("id"), node);
                assertThat("node " + node.get("id") + " returned twice", previous, nullValue());
            }
            Integer count = json.getInt(connection + ".totalCount");
            if (total != null) {
                assertThat("totalCount is stable across pages", count, is(total));
            }
            total = count;
            if (!json.getBoolean(connection + ".pageInfo.hasNextPage")) {
                assertThat(all.size(), is(total));
                return all;
            }
            assertThat(nodes, hasSize(PAGE));
            after = json.getString(connection + ".pageInfo.endCursor");
            assertThat(after, notNullValue());
        }
        return fail("more than 1000 pages in " + connection);
    }

    private static void assertMatchesStatementFilter(Map<String, Object> node, Map<String, Object> filter) {
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            String value = (String) condition.getValue();
            String what = node.get("id") + " matches " + condition;
            switch (condition.getKey()) {
                case "text" -> {
                    String text = ((String) node.get("text")).toLowerCase(Locale.ROOT);
                    for (String word : value.toLowerCase(Locale.ROOT).split("\\s+")) {
                        assertThat(what, text, containsString(word));
                    }
                }
                case "speakerId" -> assertThat(what, at(node, "speaker.id"), is(value));
                case "kind" -> assertThat(what, at(node, "kind"), is(value));
                case "countryCode" -> assertThat(what, ids(node, "countries", "code"), hasItem(value));
                case "placeId" -> assertThat(what, ids(node, "places", "id"), hasItem(value));
                case "eventId" -> assertThat(what, ids(node, "events", "id"), hasItem(value));
                case "sourceId" -> assertThat(what, at(node, "source.id"), is(value));
                default -> fail("no check for statement filter " + condition.getKey());
            }
        }
    }

    private static void assertMatchesStatisticFilter(Map<String, Object> node, Map<String, Object> filter) {
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            String value = (String) condition.getValue();
            String what = node.get("id") + " matches " + condition;
            switch (condition.getKey()) {
                case "metric" -> assertThat(what, at(node, "metric"), is(value));
                case "countryCode" -> assertThat(what, at(node, "country.code"), is(value));
                case "originCountryCode" -> assertThat(what, at(node, "originCountry.code"), is(value));
                case "reportedById" -> assertThat(what, at(node, "reportedBy.id"), is(value));
                case "sourceId" -> assertThat(what, at(node, "source.id"), is(value));
                case "placeId" -> assertThat(what, at(node, "place.id"), is(value));
                case "rate" -> assertThat(what, at(node, "rate"), is(value));
                case "eventId" -> assertThat(what, ids(node, "events", "id"), hasItem(value));
                // from/to: the period overlaps [from, to]; a missing bound of the period is open.
                case "from" -> {
                    String end = (String) at(node, "periodEnd");
                    assertTrue(end == null || !LocalDate.parse(end).isBefore(LocalDate.parse(value)), what);
                }
                case "to" -> {
                    String start = (String) at(node, "periodStart");
                    assertTrue(start == null || !LocalDate.parse(start).isAfter(LocalDate.parse(value)), what);
                }
                default -> fail("no check for statistic filter " + condition.getKey());
            }
        }
    }

    private static Map<String, Object> byId(List<Map<String, Object>> nodes, String id, String where) {
        return byKey(nodes, "id", id, where);
    }

    private static Map<String, Object> byCode(List<Map<String, Object>> nodes, String code) {
        return byKey(nodes, "code", code, "countries");
    }

    private static Map<String, Object> byKey(List<Map<String, Object>> nodes, String field, String key,
            String where) {
        List<Map<String, Object>> matches = nodes.stream().filter(n -> key.equals(n.get(field))).toList();
        assertThat(key + " found once in " + where + ", which returned " + ids(nodes, field), matches, hasSize(1));
        return matches.get(0);
    }

    /** The value at a dotted path of nested JSON objects; null as soon as a step is null. */
    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> node, String path) {
        Object current = node;
        for (String step : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            assertThat("JSON object at " + step + " of " + path, current instanceof Map, is(true));
            Map<String, Object> map = (Map<String, Object>) current;
            assertThat("field " + step + " of " + path + " is in the response", map.containsKey(step), is(true));
            current = map.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> node, String path) {
        Object value = at(node, path);
        assertThat(path, value, notNullValue());
        return (List<T>) value;
    }

    private static List<Object> ids(Map<String, Object> node, String path, String field) {
        return ids(list(node, path), field);
    }

    private static List<Object> ids(List<Map<String, Object>> nodes, String field) {
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> item : nodes) {
            ids.add(item.get(field));
        }
        return ids;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static String resource(String name) {
        try (InputStream in = SeedFactsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alternating names and values, in order. */
    private static Map<String, Object> filterOf(Object... entries) {
        Map<String, Object> filter = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            filter.put((String) entries[i], entries[i + 1]);
        }
        return filter;
    }

    // ------------------------------------------------------------------------------------------
    // Expected facts, written out
    // ------------------------------------------------------------------------------------------

    static StatementFact statement(String id) {
        return new StatementFact(id);
    }

    static StatisticFact statistic(String id) {
        return new StatisticFact(id);
    }

    /** A statement as the article reports it, and the filter a journalist would use to find it. */
    static final class StatementFact {
        final String id;
        Map<String, Object> filter;
        String kind;
        String speakerType;
        String speakerId;
        String saidOn;
        String text;
        String excerpt;
        Set<String> countries = Set.of();
        List<String> places = List.of();
        List<String> events = List.of();
        List<String> statistics = List.of();

        StatementFact(String id) {
            this.id = id;
        }

        StatementFact foundBy(Object... filter) {
            this.filter = filterOf(filter);
            return this;
        }

        StatementFact kind(String kind) {
            this.kind = kind;
            return this;
        }

        StatementFact speaker(String type, String id) {
            this.speakerType = type;
            this.speakerId = id;
            return this;
        }

        StatementFact saidOn(String date) {
            this.saidOn = date;
            return this;
        }

        StatementFact text(String text) {
            this.text = text;
            return this;
        }

        StatementFact excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        StatementFact countries(String... codes) {
            this.countries = new LinkedHashSet<>(List.of(codes));
            return this;
        }

        StatementFact places(String... ids) {
            this.places = List.of(ids);
            return this;
        }

        StatementFact events(String... ids) {
            this.events = List.of(ids);
            return this;
        }

        StatementFact statistics(String... ids) {
            this.statistics = List.of(ids);
            return this;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** A figure as the article reports it, and the filter a journalist would use to find it. */
    static final class StatisticFact {
        final String id;
        Map<String, Object> filter;
        String metric;
        String description;
        Double value;
        Double low;
        Double high;
        String approximation;
        String unit;
        String rate;
        String periodStart;
        String periodEnd;
        String country;
        String originCountry;
        String place;
        String reportedByType;
        String reportedById;
        String statement;
        String excerpt;
        List<String> events = List.of();

        StatisticFact(String id) {
            this.id = id;
        }

        StatisticFact foundBy(Object... filter) {
            this.filter = filterOf(filter);
            return this;
        }

        StatisticFact metric(String metric) {
            this.metric = metric;
            return this;
        }

        StatisticFact description(String description) {
            this.description = description;
            return this;
        }

        StatisticFact quantity(String approximation, Double value, Double low, Double high) {
            this.approximation = approximation;
            this.value = value;
            this.low = low;
            this.high = high;
            return this;
        }

        StatisticFact unit(String unit) {
            this.unit = unit;
            return this;
        }

        StatisticFact rate(String rate) {
            this.rate = rate;
            return this;
        }

        StatisticFact period(String start, String end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        StatisticFact country(String code) {
            this.country = code;
            return this;
        }

        StatisticFact originCountry(String code) {
            this.originCountry = code;
            return this;
        }

        StatisticFact place(String id) {
            this.place = id;
            return this;
        }

        StatisticFact reportedBy(String type, String id) {
            this.reportedByType = type;
            this.reportedById = id;
            return this;
        }

        StatisticFact statement(String id) {
            this.statement = id;
            return this;
        }

        StatisticFact excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        StatisticFact events(String... ids) {
            this.events = List.of(ids);
            return this;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** An organization of the article, with what it said and the figures it reported. */
    record OrganizationFact(String id, String name, String kind, String country, List<String> statements,
            List<String> statistics) {
        @Override
        public String toString() {
            return id;
        }
    }
}
