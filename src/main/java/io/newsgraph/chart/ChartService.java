package io.newsgraph.chart;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.common.Batch;
import io.newsgraph.common.OrderDirection;
import io.newsgraph.common.References;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statistic.Statistic;
import io.newsgraph.statistic.StatisticConnection;
import io.newsgraph.statistic.StatisticOrder;
import io.newsgraph.statistic.StatisticOrderField;
import io.newsgraph.statistic.StatisticService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Charts of figure series. The figures are the answer of the {@code statistics} query with the
 * series example's arguments (the chart's filter, oldest period first, a page of 100): the same
 * service, the same filter, the same errors, only named after the chart's parameters.
 */
@ApplicationScoped
public class ChartService {

    /** As many figures as one page of the API holds; more would not be readable on one chart anyway. */
    static final int MAX_FIGURES = 100;

    /** Filter fields of the statistics query, named as the chart's parameters. */
    private static final Map<String, String> PARAMETERS = Map.of("filter.countryCode", "country",
            "filter.originCountryCode", "originCountry", "filter.metric", "metric", "filter.rate", "rate",
            "filter.from", "from", "filter.to", "to");

    @Inject
    StatisticService statistics;

    /** The series as SVG; NOT_FOUND for an unknown country or metric. */
    public String series(SeriesQuery query) {
        List<Problem> problems = new ArrayList<>();
        Country country = country(query.country(), "country", problems);
        Country origin = query.originCountry() == null ? null : country(query.originCountry(), "originCountry", problems);
        if (!statistics.hasMetric(query.metric())) {
            problems.add(Problem.notFound("metric", "no figure counts '" + query.metric() + "'"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.rejecting(problems);
        }
        StatisticOrder oldestFirst = new StatisticOrder();
        oldestFirst.field = StatisticOrderField.PERIOD_END;
        oldestFirst.direction = OrderDirection.ASC;
        StatisticConnection page;
        int total;
        try {
            page = statistics.list(query.filter(), oldestFirst, MAX_FIGURES, null);
            total = page.getPageInfo().hasNextPage() ? Connection.totalCounts(List.of(page)).get(0) : page.getNodes().size();
        } catch (DomainException e) {
            throw DomainException.rejecting(e.getProblems().stream()
                    .map(p -> p.at(PARAMETERS.getOrDefault(p.field(), p.field()))).toList());
        }
        return SeriesChart.render(chart(query, country, origin, page.getNodes(), total));
    }

    private static Country country(String code, String parameter, List<Problem> problems) {
        try {
            return References.requireCountry(code, parameter);
        } catch (DomainException e) {
            problems.addAll(e.getProblems());
            return null;
        }
    }

    private static SeriesChart.Chart chart(SeriesQuery query, Country country, Country origin, List<Statistic> nodes,
            int total) {
        Map<Long, SourceEntity> sources = Batch.byPk(SourceEntity.class, nodes.stream().map(s -> s.sourceId).toList());
        Map<Long, ActorEntity> reporters = Batch.byPk(ActorEntity.class, nodes.stream().map(s -> s.reportedById).toList());
        List<SeriesChart.Figure> figures = new ArrayList<>(nodes.size());
        Set<Long> sourcesUsed = new HashSet<>();
        for (Statistic s : nodes) {
            SourceEntity source = sources.get(s.sourceId);
            sourcesUsed.add(s.sourceId);
            ActorEntity reporter = s.reportedById == null ? null : reporters.get(s.reportedById);
            figures.add(new SeriesChart.Figure(s.key, s.approximation, s.value, s.low, s.high, s.unit, s.rate,
                    s.periodStart, s.periodEnd, s.sortDate, s.excerpt, sourceLine(source),
                    reporter == null ? null : reporter.name));
        }
        String title = words(query.metric()) + " in " + country.name + (origin == null ? "" : " from " + origin.name);
        StringBuilder subtitle = new StringBuilder();
        subtitle.append(figures.size() == 1 ? "1 figure" : figures.size() + " figures").append(" as reported");
        if (!figures.isEmpty()) {
            subtitle.append(", by ").append(sourcesUsed.size() == 1 ? "1 source" : sourcesUsed.size() + " sources");
        }
        if (query.rate() != null) {
            subtitle.append(", ").append(SeriesChart.measure("", query.rate()).strip()).append(" only");
        }
        if (query.from() != null || query.to() != null) {
            subtitle.append(", periods overlapping ")
                    .append(query.from() == null ? "…" : SeriesChart.day(query.from())).append(" – ")
                    .append(query.to() == null ? "…" : SeriesChart.day(query.to()));
        }
        List<String> notes = new ArrayList<>();
        if (total > figures.size()) {
            notes.add("Only the first " + figures.size() + " of " + total
                    + " figures are drawn (oldest period first): narrow the period with from and to.");
        }
        notes.add("newsgraph, GET " + query.url() + ": figures as their sources reported them, never estimated.");
        return new SeriesChart.Chart(title, subtitle.toString(), figures, notes);
    }

    /** "Title (publisher), 27 Sep 2022". */
    private static String sourceLine(SourceEntity source) {
        if (source == null) {
            return "an unknown source";
        }
        return source.title + (source.publisher == null ? "" : " (" + source.publisher + ")") + ", "
                + SeriesChart.day(source.publishedOn);
    }

    /** "arrivals-growth" gives "Arrivals growth". */
    static String words(String metric) {
        String spaced = metric.replace('-', ' ');
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
