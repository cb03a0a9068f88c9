package io.newsgraph.chart;

import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Draws a series of figures as SVG: time on x (a dot for one day, a line across a longer period),
 * the value on y, and the way each figure was reported in the shape of its mark. Figures per day,
 * week, month or year and totals over a period are never put on one scale: each rate (and unit)
 * gets a panel of its own. A pure function of its input: no clock, no locale, no randomness, and
 * the figures drawn in the order given, so that the same figures give the same bytes.
 */
public final class SeriesChart {

    /** One reported figure, as the chart needs it. */
    public record Figure(String key, Approximation approximation, Double value, Double low, Double high, String unit,
            Rate rate, LocalDate periodStart, LocalDate periodEnd, LocalDate placedOn, String excerpt, String source,
            String reportedBy) {
    }

    /**
     * What to draw. {@code figures} in the order to draw them (the series order: oldest period
     * first); {@code notes} are printed under the chart, one line each.
     */
    public record Chart(String title, String subtitle, List<Figure> figures, List<String> notes) {
    }

    static final int WIDTH = 880;
    private static final int LEFT = 92;
    private static final int RIGHT = 28;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int HEADER = 122;
    private static final int PANEL_HEADING = 26;
    private static final int PLOT_HEIGHT = 230;
    private static final int PANEL_FOOT = 52;
    private static final int PANEL = PANEL_HEADING + PLOT_HEIGHT + PANEL_FOOT;
    private static final int NOTE_LINE = 18;
    private static final int DODGE = 13;
    private static final int ARROW = 26;
    /** Beyond this many figures in a panel, value labels would overlap: the tooltips alone give the values. */
    private static final int MAX_LABELLED = 16;

    private static final String INK = "#1b1f24";
    private static final String MUTED = "#4a5563";
    private static final String GRID = "#e3e8ee";
    private static final String AXIS = "#8a95a3";
    private static final String VALUE = "#0b61a4";
    private static final String RANGE = "#17805a";
    private static final String BOUND = "#c2410c";
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    private SeriesChart() {
    }

    public static String render(Chart chart) {
        return new Drawing(chart).draw();
    }

    /** A short image saying why no chart is drawn, for error responses. */
    public static String message(String heading, List<String> lines) {
        int height = 56 + lines.size() * 20;
        Svg svg = new Svg();
        svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", height,
                "viewBox", "0 0 " + WIDTH + " " + height, "role", "img", "aria-labelledby", "message-title",
                "font-family", FONT, "font-size", 14);
        svg.text("title", heading + ": " + String.join("; ", lines), "id", "message-title");
        svg.empty("rect", "width", WIDTH, "height", height, "fill", "#fff7ed", "stroke", BOUND);
        svg.text("text", heading, "x", 20, "y", 30, "font-size", 16, "font-weight", "bold", "fill", INK);
        for (int i = 0; i < lines.size(); i++) {
            svg.text("text", lines.get(i), "x", 20, "y", 56 + i * 20, "fill", INK);
        }
        return svg.finish();
    }

    /** The way a figure was reported, as class name and words. */
    static String kind(Approximation approximation) {
        return switch (approximation) {
            case EXACT -> "exact";
            case APPROXIMATE -> "approximate";
            case RANGE -> "range";
            case AT_LEAST -> "at-least";
            case AT_MOST -> "at-most";
        };
    }

    /** The figure as a person would write it: 11,200, ~10,000, 5,000–6,000, ≥ 500, ≤ 10,000. */
    static String label(Figure f) {
        return switch (f.approximation()) {
            case EXACT -> number(f.value());
            case APPROXIMATE -> "~" + number(f.value());
            case RANGE -> number(f.low()) + "–" + number(f.high());
            case AT_LEAST -> "≥ " + number(f.low());
            case AT_MOST -> "≤ " + number(f.high());
        };
    }

    /** What one value counts: "people per day", or "people in total" for a total over the period. */
    static String measure(String unit, Rate rate) {
        if (rate == null) {
            return unit + " in total";
        }
        return unit + switch (rate) {
            case PER_DAY -> " per day";
            case PER_WEEK -> " per week";
            case PER_MONTH -> " per month";
            case PER_YEAR -> " per year";
        };
    }

    static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "21–27 Sep 2022", "30 Sep – 2 Oct 2022", "until 21 Sep 2022 (start not reported)", ... */
    static String period(Figure f) {
        LocalDate start = f.periodStart();
        LocalDate end = f.periodEnd();
        if (start == null && end == null) {
            return "period not reported (placed on " + day(f.placedOn()) + ")";
        }
        if (start == null) {
            return "until " + day(end) + " (start not reported)";
        }
        if (end == null) {
            return "from " + day(start) + " (end not reported)";
        }
        if (start.equals(end)) {
            return day(start);
        }
        if (start.getYear() != end.getYear()) {
            return day(start) + " – " + day(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.getDayOfMonth() + " " + MONTHS[start.getMonthValue() - 1] + " – " + day(end);
        }
        return start.getDayOfMonth() + "–" + day(end);
    }

    /** The tooltip of a mark: the figure, the sentence it was reported in, and where. */
    static String tooltip(Figure f) {
        String words = switch (f.approximation()) {
            case EXACT -> "exact";
            case APPROXIMATE -> "approximate";
            case RANGE -> "a range";
            case AT_LEAST -> "at least, a lower bound";
            case AT_MOST -> "at most, an upper bound";
        };
        StringBuilder text = new StringBuilder()
                .append(label(f)).append(' ').append(measure(f.unit(), f.rate())).append(" (").append(words).append("), ")
                .append(period(f)).append('\n')
                .append('“').append(f.excerpt()).append('”').append('\n');
        if (f.reportedBy() != null) {
            text.append("Reported by ").append(f.reportedBy()).append(" in: ");
        } else {
            text.append("Source: ");
        }
        return text.append(f.source()).toString();
    }

    /** Figures that share a unit and a rate, on one scale. */
    private record Panel(String unit, Rate rate, List<Figure> figures) {
    }

    private static final class Drawing {

        private final Chart chart;
        private final Svg svg = new Svg();
        private final List<Panel> panels;
        private final LocalDate first;
        private final long days;

        Drawing(Chart chart) {
            this.chart = chart;
            this.panels = panels(chart.figures());
            LocalDate min = null;
            LocalDate max = null;
            boolean openStart = false;
            boolean openEnd = false;
            for (Figure f : chart.figures()) {
                for (LocalDate d : new LocalDate[] {f.periodStart(), f.periodEnd(),
                    f.periodStart() == null && f.periodEnd() == null ? f.placedOn() : null}) {
                    if (d != null) {
                        min = min == null || d.isBefore(min) ? d : min;
                        max = max == null || d.isAfter(max) ? d : max;
                    }
                }
                openStart |= f.periodStart() == null && f.periodEnd() != null;
                openEnd |= f.periodEnd() == null && f.periodStart() != null;
            }
            if (min == null) {
                min = max = LocalDate.of(2000, 1, 1); // no figures: no axis is drawn
            }
            // A day of margin on each side; two more for the dashed part of periods whose start or end was not reported.
            min = min.minusDays(openStart ? 3 : 1);
            max = max.plusDays(openEnd ? 3 : 1);
            long span = ChronoUnit.DAYS.between(min, max) + 1;
            if (span < 5) { // a single day alone would fill the whole width
                long pad = (5 - span + 1) / 2;
                min = min.minusDays(pad);
                max = max.plusDays(pad);
            }
            this.first = min;
            this.days = ChronoUnit.DAYS.between(min, max) + 1;
        }

        private static List<Panel> panels(List<Figure> figures) {
            Map<String, Panel> byKey = new LinkedHashMap<>();
            figures.stream()
                    .sorted(Comparator.comparing((Figure f) -> f.rate() == null ? Rate.values().length : f.rate().ordinal())
                            .thenComparing(Figure::unit))
                    .map(f -> new Panel(f.unit(), f.rate(), new ArrayList<>()))
                    .forEach(p -> byKey.putIfAbsent(p.unit() + "|" + p.rate(), p));
            for (Figure f : figures) {
                byKey.get(f.unit() + "|" + f.rate()).figures().add(f);
            }
            return List.copyOf(byKey.values());
        }

        String draw() {
            int body = panels.isEmpty() ? 120 : panels.size() * PANEL;
            int height = HEADER + body + 16 + chart.notes().size() * NOTE_LINE;
            svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", height,
                    "viewBox", "0 0 " + WIDTH + " " + height, "role", "img", "aria-labelledby", "chart-title chart-desc",
                    "font-family", FONT, "font-size", 12, "fill", INK).newline();
            svg.text("title", chart.title(), "id", "chart-title").newline();
            svg.text("desc", chart.subtitle() + ". Each mark's tooltip gives the sentence the figure was reported in.",
                    "id", "chart-desc").newline();
            svg.empty("rect", "width", WIDTH, "height", height, "fill", "#ffffff").newline();
            svg.text("text", chart.title(), "x", 20, "y", 32, "font-size", 20, "font-weight", "bold").newline();
            svg.text("text", chart.subtitle(), "x", 20, "y", 54, "font-size", 13, "fill", MUTED).newline();
            legend(76);
            int top = HEADER;
            if (panels.isEmpty()) {
                svg.empty("rect", "x", LEFT, "y", top, "width", PLOT_WIDTH, "height", 100, "fill", "#f3f6fa",
                        "stroke", GRID);
                svg.text("text", "No figures match: try without from, to or rate, or another metric or country.",
                        "x", LEFT + PLOT_WIDTH / 2, "y", top + 55, "text-anchor", "middle", "font-size", 14, "fill", MUTED)
                        .newline();
            }
            for (Panel panel : panels) {
                panel(panel, top);
                top += PANEL;
            }
            int y = top + 16;
            for (String note : chart.notes()) {
                svg.text("text", note, "x", 20, "y", y, "font-size", 11, "fill", MUTED).newline();
                y += NOTE_LINE;
            }
            return svg.finish();
        }

        private void legend(int y) {
            svg.start("g", "class", "legend", "font-size", 12).newline();
            double x = 20;
            x = legendItem(x, y, Approximation.EXACT, "exact");
            x = legendItem(x, y, Approximation.APPROXIMATE, "approximate (about, nearly)");
            x = legendItem(x, y, Approximation.RANGE, "range (low to high)");
            x = legendItem(x, y, Approximation.AT_LEAST, "at least (lower bound)");
            legendItem(x, y, Approximation.AT_MOST, "at most (upper bound)");
            int y2 = y + 24;
            svg.start("g", "class", "legend-item period");
            svg.empty("line", "x1", 20, "y1", y2, "x2", 44, "y2", y2, "stroke", VALUE, "stroke-width", 2.5);
            svg.empty("line", "x1", 20, "y1", y2 - 4, "x2", 20, "y2", y2 + 4, "stroke", VALUE, "stroke-width", 1.5);
            svg.empty("line", "x1", 44, "y1", y2 - 4, "x2", 44, "y2", y2 + 4, "stroke", VALUE, "stroke-width", 1.5);
            svg.text("text", "days of a longer period", "x", 52, "y", y2 + 4);
            svg.end().newline();
            svg.start("g", "class", "legend-item open-period");
            svg.empty("line", "x1", 214, "y1", y2, "x2", 238, "y2", y2, "stroke", VALUE, "stroke-width", 2.5,
                    "stroke-dasharray", "5 4");
            svg.text("text", "start or end of the period not reported", "x", 246, "y", y2 + 4);
            svg.end().newline();
            svg.text("text", "Hover a mark for the sentence it was reported in.", "x", WIDTH - RIGHT, "y", y2 + 4,
                    "text-anchor", "end", "fill", MUTED);
            svg.end().newline();
        }

        private double legendItem(double x, int y, Approximation approximation, String text) {
            svg.start("g", "class", "legend-item " + kind(approximation));
            glyph(approximation, x + 7, y, y - 7, y + 7, colour(approximation));
            svg.text("text", text, "x", x + 20, "y", y + 4);
            svg.end().newline();
            return x + 20 + text.length() * 6.3 + 22;
        }

        private void panel(Panel panel, int top) {
            Scale y = Scale.of(panel.figures(), top + PANEL_HEADING, PLOT_HEIGHT);
            int plotTop = top + PANEL_HEADING;
            int plotBottom = plotTop + PLOT_HEIGHT;
            svg.start("g", "class", "panel", "data-unit", panel.unit(), "data-rate",
                    panel.rate() == null ? "TOTAL" : panel.rate().name()).newline();
            String heading = panel.rate() == null
                    ? "Totals over each figure's whole period (not daily rates): " + measure(panel.unit(), null)
                    : "Rates: " + measure(panel.unit(), panel.rate());
            if (panel.figures().size() > MAX_LABELLED) {
                heading += " (" + panel.figures().size() + " figures: hover a mark for its value)";
            }
            svg.text("text", heading, "x", LEFT, "y", top + 16, "font-size", 13, "font-weight", "bold").newline();
            for (BigDecimal tick : y.ticks()) {
                double py = y.at(tick.doubleValue());
                svg.empty("line", "x1", LEFT, "y1", py, "x2", LEFT + PLOT_WIDTH, "y2", py, "stroke", GRID);
                svg.text("text", number(tick.doubleValue()), "x", LEFT - 8, "y", py + 4, "text-anchor", "end",
                        "fill", MUTED);
            }
            svg.newline();
            svg.text("text", measure(panel.unit(), panel.rate()), "transform",
                    "translate(18 " + Svg.number(plotTop + PLOT_HEIGHT / 2.0) + ") rotate(-90)", "text-anchor", "middle",
                    "fill", MUTED).newline();
            xAxis(plotTop, plotBottom);
            svg.empty("line", "x1", LEFT, "y1", plotBottom, "x2", LEFT + PLOT_WIDTH, "y2", plotBottom, "stroke", AXIS);
            svg.empty("line", "x1", LEFT, "y1", plotTop, "x2", LEFT, "y2", plotBottom, "stroke", AXIS).newline();
            marks(panel, y, plotTop, plotBottom);
            svg.end().newline();
        }

        private void xAxis(int plotTop, int plotBottom) {
            double dayWidth = (double) PLOT_WIDTH / days;
            LocalDate last = first.plusDays(days - 1);
            int[] daySteps = {1, 2, 7, 14};
            int step = 0;
            for (int s : daySteps) {
                if (dayWidth * s >= 52) {
                    step = s;
                    break;
                }
            }
            if (step > 0) {
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
                    double x = dayCentre(d);
                    svg.empty("line", "x1", x, "y1", plotTop, "x2", x, "y2", plotBottom, "stroke", GRID);
                    svg.empty("line", "x1", x, "y1", plotBottom, "x2", x, "y2", plotBottom + 5, "stroke", AXIS);
                    svg.text("text", d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1], "x", x, "y", plotBottom + 18,
                            "text-anchor", "middle", "fill", MUTED);
                }
            } else {
                int months = 1;
                for (int m : new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200}) {
                    months = m;
                    if (dayWidth * 30.4 * m >= 64) {
                        break;
                    }
                }
                // Steps of a year or more start on a 1 January, shorter ones on the first of a month.
                LocalDate d = months >= 12 ? first.withDayOfYear(1) : first.withDayOfMonth(1);
                d = d.isBefore(first) ? d.plusMonths(Math.min(months, 12)) : d;
                for (; !d.isAfter(last); d = d.plusMonths(months)) {
                    double x = x(d);
                    svg.empty("line", "x1", x, "y1", plotTop, "x2", x, "y2", plotBottom, "stroke", GRID);
                    svg.empty("line", "x1", x, "y1", plotBottom, "x2", x, "y2", plotBottom + 5, "stroke", AXIS);
                    svg.text("text", MONTHS[d.getMonthValue() - 1] + " " + d.getYear(), "x", x, "y", plotBottom + 18,
                            "text-anchor", "middle", "fill", MUTED);
                }
            }
            String years = first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                    : first.getYear() + "–" + last.getYear();
            svg.text("text", "Days covered (" + years + "): a dot for one day, a line across the days of a longer period",
                    "x", LEFT + PLOT_WIDTH / 2, "y", plotBottom + 38, "text-anchor", "middle", "fill", MUTED).newline();
        }

        private void marks(Panel panel, Scale y, int plotTop, int plotBottom) {
            // Marks at the same place on the time axis are set side by side, so that none hides another.
            Map<String, List<Figure>> byAnchor = new LinkedHashMap<>();
            for (Figure f : panel.figures()) {
                byAnchor.computeIfAbsent(Svg.number(anchor(f)), k -> new ArrayList<>()).add(f);
            }
            for (List<Figure> group : byAnchor.values()) {
                // One label per distinct text (identical figures share it: "~10,000 (2 reports)"). When the
                // group holds several texts, they go beside their marks, left and right, not above.
                Map<String, List<Double>> labelPositions = new LinkedHashMap<>();
                Map<String, Figure> labelled = new LinkedHashMap<>();
                List<Double> offsets = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) {
                    Figure f = group.get(i);
                    double ax = anchor(f) + (i - (group.size() - 1) / 2.0) * DODGE;
                    offsets.add(ax);
                    labelPositions.computeIfAbsent(label(f), k -> new ArrayList<>()).add(ax);
                    labelled.putIfAbsent(label(f), f);
                }
                List<String> texts = new ArrayList<>(labelled.keySet());
                for (int i = 0; i < group.size(); i++) {
                    Figure f = group.get(i);
                    boolean labels = labelled.get(label(f)) == f && panel.figures().size() <= MAX_LABELLED;
                    int side = texts.size() == 1 ? 0 : texts.indexOf(label(f)) < texts.size() / 2.0 ? -1 : 1;
                    mark(f, offsets.get(i), y, plotTop, plotBottom, labels ? labelPositions.get(label(f)) : null, side);
                }
            }
        }

        /** {@code side}: where the label goes, -1 left of the mark, 1 right of it, 0 its usual place. */
        private void mark(Figure f, double ax, Scale y, int plotTop, int plotBottom, List<Double> labelAt, int side) {
            String colour = colour(f.approximation());
            svg.start("g", "class", "mark " + kind(f.approximation()), "data-figure", f.key());
            svg.text("title", tooltip(f));
            extent(f, y, colour);
            double top = y.at(f.high() != null ? f.high() : f.value() != null ? f.value() : f.low());
            double bottom = y.at(f.low() != null ? f.low() : f.value() != null ? f.value() : f.high());
            double glyphTop = f.approximation() == Approximation.AT_LEAST ? Math.max(plotTop, top - ARROW) : top;
            double glyphBottom = f.approximation() == Approximation.AT_MOST ? Math.min(plotBottom, bottom + ARROW) : bottom;
            glyph(f.approximation(), ax, f.approximation() == Approximation.AT_LEAST ? bottom : top, glyphTop, glyphBottom,
                    colour);
            // A transparent target larger than the glyph, so that its tooltip is easy to reach.
            svg.empty("rect", "x", ax - 9, "y", glyphTop - 9, "width", 18, "height", glyphBottom - glyphTop + 18,
                    "fill", "#ffffff", "fill-opacity", 0);
            if (labelAt != null) {
                double lx = labelAt.stream().mapToDouble(Double::doubleValue).average().orElse(ax);
                String text = label(f) + (labelAt.size() > 1 ? " (" + labelAt.size() + " reports)" : "");
                double spread = (labelAt.size() - 1) * DODGE / 2.0;
                double at = f.approximation() == Approximation.RANGE ? (top + bottom) / 2
                        : f.approximation() == Approximation.AT_LEAST ? bottom : top;
                // Beside a mark, a label sits just above the line its period draws (a range's, at its middle).
                double beside = f.approximation() == Approximation.RANGE ? at + 4 : at - 7;
                if (side < 0) {
                    valueLabel(text, lx - spread - 9, beside, "end", colour);
                } else if (side > 0 || f.approximation() == Approximation.RANGE) {
                    valueLabel(text, lx + spread + 9, beside, "start", colour);
                } else if (f.approximation() == Approximation.AT_LEAST) {
                    valueLabel(text, lx, bottom + 20, "middle", colour);
                } else {
                    valueLabel(text, lx, top - 11, "middle", colour);
                }
            }
            svg.end().newline();
        }

        private void valueLabel(String text, double x, double y, String anchor, String colour) {
            svg.text("text", text, "x", x, "y", y, "text-anchor", anchor, "font-weight", "bold", "fill", colour,
                    "stroke", "#ffffff", "stroke-width", 3, "stroke-linejoin", "round", "paint-order", "stroke");
        }

        /** The days a figure covers: a line at its value (a band for a range); dashed where an end is not reported. */
        private void extent(Figure f, Scale y, String colour) {
            LocalDate start = f.periodStart();
            LocalDate end = f.periodEnd();
            if (start == null && end == null || Objects.equals(start, end)) {
                return; // a single day (or a figure without a period): the glyph alone
            }
            boolean open = start == null || end == null;
            double x0 = start == null ? LEFT : x(start);
            double x1 = end == null ? LEFT + PLOT_WIDTH : x(end.plusDays(1));
            String dash = open ? "5 4" : null;
            if (f.approximation() == Approximation.RANGE) {
                double top = y.at(f.high());
                double bottom = y.at(f.low());
                svg.empty("rect", "x", x0, "y", top, "width", x1 - x0, "height", bottom - top, "fill", colour,
                        "fill-opacity", 0.12, "stroke", colour, "stroke-opacity", 0.6, "stroke-dasharray", dash);
                return;
            }
            double v = y.at(f.value() != null ? f.value() : f.low() != null ? f.low() : f.high());
            svg.empty("line", "x1", x0, "y1", v, "x2", x1, "y2", v, "stroke", colour, "stroke-width", 2.5,
                    "stroke-opacity", 0.75, "stroke-dasharray", dash);
            if (start != null) {
                svg.empty("line", "x1", x0, "y1", v - 5, "x2", x0, "y2", v + 5, "stroke", colour, "stroke-width", 1.5);
            }
            if (end != null) {
                svg.empty("line", "x1", x1, "y1", v - 5, "x2", x1, "y2", v + 5, "stroke", colour, "stroke-width", 1.5);
            }
        }

        /**
         * The mark itself, at {@code x}: a filled dot (exact), a ring (approximate), a bar from low
         * to high (range), a bar at the bound with an arrow up (at least) or down (at most).
         * {@code at} is the value's height; {@code top}/{@code bottom} the extent of the glyph.
         */
        private void glyph(Approximation approximation, double x, double at, double top, double bottom, String colour) {
            switch (approximation) {
                case EXACT -> svg.empty("circle", "cx", x, "cy", at, "r", 5.5, "fill", colour, "stroke", colour,
                        "stroke-width", 1.5);
                case APPROXIMATE -> svg.empty("circle", "cx", x, "cy", at, "r", 5.5, "fill", "#ffffff", "stroke", colour,
                        "stroke-width", 2.2);
                case RANGE -> {
                    svg.empty("line", "x1", x, "y1", top, "x2", x, "y2", bottom, "stroke", colour, "stroke-width", 3.5);
                    svg.empty("line", "x1", x - 6, "y1", top, "x2", x + 6, "y2", top, "stroke", colour, "stroke-width", 2.5);
                    svg.empty("line", "x1", x - 6, "y1", bottom, "x2", x + 6, "y2", bottom, "stroke", colour,
                            "stroke-width", 2.5);
                }
                case AT_LEAST -> arrow(x, bottom, top, colour);
                case AT_MOST -> arrow(x, top, bottom, colour);
            }
        }

        /** A bar across the bound at {@code from} and an arrow from it to {@code to}. */
        private void arrow(double x, double from, double to, String colour) {
            double direction = Math.signum(to - from);
            svg.empty("line", "x1", x - 7, "y1", from, "x2", x + 7, "y2", from, "stroke", colour, "stroke-width", 3);
            svg.empty("line", "x1", x, "y1", from, "x2", x, "y2", to - direction * 6, "stroke", colour, "stroke-width", 2);
            svg.empty("path", "d", "M" + Svg.number(x - 5) + " " + Svg.number(to - direction * 8) + " L" + Svg.number(x)
                    + " " + Svg.number(to) + " L" + Svg.number(x + 5) + " " + Svg.number(to - direction * 8) + " Z",
                    "fill", colour);
        }

        private static String colour(Approximation approximation) {
            return switch (approximation) {
                case EXACT, APPROXIMATE -> VALUE;
                case RANGE -> RANGE;
                case AT_LEAST, AT_MOST -> BOUND;
            };
        }

        /** Where on x a figure's mark goes: the middle of its period, or the day that is known. */
        private double anchor(Figure f) {
            LocalDate start = f.periodStart();
            LocalDate end = f.periodEnd();
            if (start != null && end != null) {
                return (x(start) + x(end.plusDays(1))) / 2;
            }
            LocalDate known = start != null ? start : end != null ? end : f.placedOn();
            return dayCentre(known);
        }

        private double x(LocalDate date) {
            return LEFT + (double) PLOT_WIDTH * ChronoUnit.DAYS.between(first, date) / days;
        }

        private double dayCentre(LocalDate date) {
            return x(date) + (double) PLOT_WIDTH / days / 2;
        }
    }

    /** A panel's value axis: from zero (or the lowest value, if negative) to a round number above the highest. */
    private record Scale(double min, double max, BigDecimal step, double top, double height) {

        static Scale of(List<Figure> figures, double top, double height) {
            double low = 0;
            double high = 0;
            for (Figure f : figures) {
                for (Double v : new Double[] {f.value(), f.low(), f.high()}) {
                    if (v != null) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
            if (high <= low) {
                high = low + 1;
            }
            // Headroom above the highest mark, for its label or arrow.
            double padded = high + (high - low) * 0.14;
            BigDecimal step = niceStep((padded - low) / 6);
            double s = step.doubleValue();
            double min = low < 0 ? Math.floor(low / s) * s : 0;
            double max = Math.ceil(padded / s) * s;
            return new Scale(min, max, step, top, height);
        }

        /** 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
        private static BigDecimal niceStep(double rough) {
            int exponent = (int) Math.floor(Math.log10(rough));
            double fraction = rough / Math.pow(10, exponent);
            String mantissa = fraction <= 1 ? "1" : fraction <= 2 ? "2" : fraction <= 2.5 ? "2.5" : fraction <= 5 ? "5" : "10";
            return new BigDecimal(mantissa).scaleByPowerOfTen(exponent);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            BigDecimal tick = BigDecimal.valueOf(min).divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
            while (tick.doubleValue() <= max + step.doubleValue() / 1000) {
                ticks.add(tick);
                tick = tick.add(step);
            }
            return ticks;
        }

        double at(double value) {
            return top + height - (value - min) / (max - min) * height;
        }
    }
}
