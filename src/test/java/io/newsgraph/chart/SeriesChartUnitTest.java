package io.newsgraph.chart;

import static io.newsgraph.chart.ChartDocuments.baseY;
import static io.newsgraph.chart.ChartDocuments.children;
import static io.newsgraph.chart.ChartDocuments.kind;
import static io.newsgraph.chart.ChartDocuments.labels;
import static io.newsgraph.chart.ChartDocuments.marks;
import static io.newsgraph.chart.ChartDocuments.panel;
import static io.newsgraph.chart.ChartDocuments.panels;
import static io.newsgraph.chart.ChartDocuments.parse;
import static io.newsgraph.chart.ChartDocuments.tipY;
import static io.newsgraph.chart.ChartDocuments.title;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.newsgraph.chart.SeriesChart.Chart;
import io.newsgraph.chart.SeriesChart.Figure;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The drawing itself, without a server: panels, marks, text, and the same bytes for the same figures. */
class SeriesChartUnitTest {

    static final LocalDate D1 = LocalDate.of(2024, 3, 1);

    static Figure figure(String key, Approximation approximation, Double value, Double low, Double high, Rate rate,
            LocalDate start, LocalDate end) {
        return new Figure(key, approximation, value, low, high, "people", rate, start, end,
                end != null ? end : start != null ? start : D1, "The minister said so.", "Border report, 1 Mar 2024",
                null);
    }

    static Chart chart(Figure... figures) {
        return new Chart("Arrivals in Testland", figures.length + " figures", List.of(figures), List.of("a note"));
    }

    @Test
    void ratesAndTotalsGetPanelsOfTheirOwn() {
        Document svg = parse(SeriesChart.render(chart(
                figure("total", Approximation.EXACT, 98000.0, null, null, null, D1, D1.plusDays(6)),
                figure("daily", Approximation.APPROXIMATE, 10000.0, null, null, Rate.PER_DAY, D1, D1.plusDays(6)),
                figure("weekly", Approximation.AT_LEAST, null, 50000.0, null, Rate.PER_WEEK, D1, D1.plusDays(6)),
                figure("day", Approximation.EXACT, 11200.0, null, null, Rate.PER_DAY, D1.plusDays(3), D1.plusDays(3)))));
        assertThat(panels(svg), contains("PER_DAY", "PER_WEEK", "TOTAL"));
        assertThat(marks(panel(svg, "PER_DAY")).keySet(), contains("daily", "day"));
        assertThat(marks(panel(svg, "PER_WEEK")).keySet(), contains("weekly"));
        assertThat(marks(panel(svg, "TOTAL")).keySet(), contains("total"));
        assertThat(panel(svg, "TOTAL").getTextContent(), containsString("people in total"));
        assertThat(panel(svg, "PER_WEEK").getTextContent(), containsString("people per week"));
        Element lowerBound = marks(svg).get("weekly");
        assertThat(kind(lowerBound), equalTo("mark at-least"));
        Element head = children(lowerBound, "path").get(0);
        assertThat("the arrow of a lower bound points up", tipY(head), lessThan(baseY(head)));
        assertThat(labels(svg), hasItem("≥ 50,000"));
    }

    @Test
    void unknownEndsAreDashed() {
        Document svg = parse(SeriesChart.render(chart(
                figure("open-end", Approximation.EXACT, 7.0, null, null, Rate.PER_DAY, D1, null),
                figure("open-start", Approximation.RANGE, null, 1.0, 2.0, Rate.PER_DAY, null, D1))));
        Element openEnd = marks(svg).get("open-end");
        assertThat(children(openEnd, "line").get(0).getAttribute("stroke-dasharray"), equalTo("5 4"));
        assertThat(title(openEnd), containsString("from 1 Mar 2024 (end not reported)"));
        Element openStart = marks(svg).get("open-start");
        assertThat(children(openStart, "rect").get(0).getAttribute("stroke-dasharray"), equalTo("5 4"));
        assertThat(title(openStart), containsString("until 1 Mar 2024 (start not reported)"));
    }

    @Test
    void textIsEscaped() {
        Figure tricky = new Figure("tricky", Approximation.EXACT, 3.0, null, null, "<b>&\"units\"", Rate.PER_DAY, D1, D1,
                D1, "He said \"<3 & more\" \u0007twice", "A & B <news>", "O'Brien & Co");
        String svg = SeriesChart.render(new Chart("<script>alert(1)</script>", "a & b", List.of(tricky), List.of()));
        Document document = parse(svg);
        assertThat(svg, containsString("&lt;script&gt;"));
        String tooltip = title(marks(document).get("tricky"));
        assertThat(tooltip, containsString("“He said \"<3 & more\" twice”"));
        assertThat(tooltip, containsString("Reported by O'Brien & Co in: A & B <news>"));
    }

    @Test
    void theSameFiguresGiveTheSameBytesInAnyLocale() {
        Chart chart = chart(
                figure("a", Approximation.EXACT, 1234567.891, null, null, Rate.PER_DAY, D1, D1),
                figure("b", Approximation.RANGE, null, 0.25, 2.5, Rate.PER_DAY, D1, D1.plusDays(40)),
                figure("c", Approximation.AT_MOST, null, null, 10000.0, null, null, null));
        Locale before = Locale.getDefault();
        String root;
        String german;
        String arabic;
        try {
            Locale.setDefault(Locale.ROOT);
            root = SeriesChart.render(chart);
            Locale.setDefault(Locale.GERMANY);
            german = SeriesChart.render(chart);
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            arabic = SeriesChart.render(chart);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(german, equalTo(root));
        assertThat(arabic, equalTo(root));
        assertThat(SeriesChart.render(chart), equalTo(root));
        assertThat(labels(parse(root)), hasItem("1,234,567.89"));
    }

    @Test
    void marksAtTheSamePlaceAreSetSideBySide() {
        Document svg = parse(SeriesChart.render(chart(
                figure("one", Approximation.APPROXIMATE, 10000.0, null, null, Rate.PER_DAY, D1, D1.plusDays(6)),
                figure("two", Approximation.APPROXIMATE, 10000.0, null, null, Rate.PER_DAY, D1, D1.plusDays(6)))));
        double x1 = Double.parseDouble(children(marks(svg).get("one"), "circle").get(0).getAttribute("cx"));
        double x2 = Double.parseDouble(children(marks(svg).get("two"), "circle").get(0).getAttribute("cx"));
        assertThat(x1, lessThan(x2));
        assertThat(labels(svg), contains("~10,000 (2 reports)"));
    }

    @Test
    void crowdedPanelsLeaveTheValuesToTheTooltips() {
        Figure[] many = new Figure[20];
        for (int i = 0; i < many.length; i++) {
            LocalDate year = LocalDate.of(1990 + i, 1, 1);
            many[i] = figure("y" + i, Approximation.EXACT, 1000.0 + i, null, null, Rate.PER_YEAR, year, year.plusMonths(11));
        }
        Document svg = parse(SeriesChart.render(chart(many)));
        assertThat(marks(svg).size(), is(20));
        assertThat(labels(svg).size(), is(0));
        assertThat(panel(svg, "PER_YEAR").getTextContent(), containsString("20 figures: hover a mark for its value"));
        assertThat(title(marks(svg).get("y7")), containsString("1,007 people per year (exact), 1 Jan – 1 Dec 1997"));
    }

    @Test
    void noFiguresSaySo() {
        Document svg = parse(SeriesChart.render(chart()));
        assertThat(marks(svg).size(), is(0));
        assertThat(svg.getDocumentElement().getTextContent(), containsString("No figures match"));
    }

    @Test
    void numbersHaveOneFormat() {
        assertThat(Svg.number(12.0), equalTo("12"));
        assertThat(Svg.number(-0.04), equalTo("0"));
        assertThat(Svg.number(3.14159), equalTo("3.1"));
        assertThat(Svg.number(-2.25), equalTo("-2.2"));
        assertThat(SeriesChart.number(98000), equalTo("98,000"));
        assertThat(SeriesChart.number(0.5), equalTo("0.5"));
        assertThat(SeriesChart.period(figure("p", Approximation.EXACT, 1.0, null, null, null,
                LocalDate.of(2022, 9, 30), LocalDate.of(2022, 10, 2))), equalTo("30 Sep – 2 Oct 2022"));
        assertThat(SeriesChart.period(figure("p", Approximation.EXACT, 1.0, null, null, null,
                LocalDate.of(2022, 9, 21), LocalDate.of(2022, 9, 27))), equalTo("21–27 Sep 2022"));
    }
}
