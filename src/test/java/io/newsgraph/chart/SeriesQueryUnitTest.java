package io.newsgraph.chart;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.newsgraph.examples.ShippedExamples;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which series a GraphQL document asks for, so that the landing page can link its chart. */
class SeriesQueryUnitTest {

    static Optional<String> chartOf(String document) {
        return SeriesQuery.ofDocument(document).map(s -> s.query().url());
    }

    @Test
    void theShippedExamplesThatAskForASeries() {
        SeriesQuery.InDocument georgia = SeriesQuery.ofDocument(ShippedExamples.document("georgia-arrivals-series")).get();
        assertThat(georgia.query().url(), equalTo("/charts/series.svg?country=GE&metric=arrivals&originCountry=RU"));
        assertThat("the answer is the series", georgia.whole(), is(true));
        SeriesQuery.InDocument dossier = SeriesQuery.ofDocument(ShippedExamples.document("kazakhstan-dossier")).get();
        assertThat(dossier.query().url(), equalTo("/charts/series.svg?country=KZ&metric=arrivals"));
        assertThat("a part of the answer", dossier.whole(), is(false));
        for (String none : new String[] {"tokayev-statements", "text-search", "kazakhstan-timeline"}) {
            assertThat(none, chartOf(ShippedExamples.document(none)), equalTo(Optional.empty()));
        }
    }

    @Test
    void everyFilterArgumentCarriesOver() {
        assertThat(chartOf("{ statistics(filter: { countryCode: \"KAZ\", metric: \"arrivals\", rate: PER_DAY,"
                + " from: \"2022-09-21\", to: \"2022-09-30\", originCountryCode: \"RU\" }) { nodes { value } } }"),
                equalTo(Optional.of("/charts/series.svg?country=KAZ&metric=arrivals&originCountry=RU&from=2022-09-21"
                        + "&to=2022-09-30&rate=PER_DAY")));
        assertThat(chartOf("query { country(code: \"GE\") { ... on Country { statistics(filter: { metric: \"new cases\" })"
                + " { totalCount } } } }"), equalTo(Optional.of("/charts/series.svg?country=GE&metric=new%20cases")));
    }

    @Test
    void documentsWithoutALiteralSeriesGiveNone() {
        assertThat(chartOf("query($m: String) { statistics(filter: { countryCode: \"GE\", metric: $m }) { totalCount } }"),
                equalTo(Optional.empty()));
        assertThat(chartOf("{ statistics(filter: { metric: \"arrivals\" }) { totalCount } }"), equalTo(Optional.empty()));
        assertThat(chartOf("{ statistics { totalCount } }"), equalTo(Optional.empty()));
        assertThat(chartOf("{ statistics(filter: { countryCode: \"GE\", metric: \"arrivals\", from: \"soon\" }) { totalCount } }"),
                equalTo(Optional.empty()));
        assertThat(chartOf("{ not valid"), equalTo(Optional.empty()));
    }
}
