package io.newsgraph.chart;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.statistic.Rate;
import io.newsgraph.statistic.StatisticFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which figures a series chart draws: the parameters of {@code GET /charts/series.svg}, which are
 * those of the {@code statistics} query's filter that make a series (a metric in a country,
 * optionally from an origin country, of one rate, overlapping a window of days).
 */
public record SeriesQuery(String country, String metric, String originCountry, LocalDate from, LocalDate to, Rate rate) {

    public static final String PATH = "/charts/series.svg";

    /** Checks the parameters as sent, reporting every problem at once (BAD_USER_INPUT). */
    public static SeriesQuery parse(String country, String metric, String originCountry, String from, String to,
            String rate) {
        List<Problem> problems = new ArrayList<>();
        if (blank(country)) {
            problems.add(new Problem("country", "required: the country the figures were observed in, e.g. GE"));
        }
        if (blank(metric)) {
            problems.add(new Problem("metric", "required: what the figures count, e.g. arrivals"));
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add(new Problem("to", "must not be before from (" + fromDate + "), was " + toDate));
        }
        Rate parsedRate = rate(rate, problems);
        if (!problems.isEmpty()) {
            throw new BadUserInputException(problems);
        }
        return new SeriesQuery(country.strip(), metric.strip(), blank(originCountry) ? null : originCountry.strip(),
                fromDate, toDate, parsedRate);
    }

    /** The filter of the {@code statistics} query that selects these figures. */
    public StatisticFilter filter() {
        StatisticFilter filter = new StatisticFilter();
        filter.countryCode = country;
        filter.metric = metric;
        filter.originCountryCode = originCountry;
        filter.from = from;
        filter.to = to;
        filter.rate = rate;
        return filter;
    }

    /** The chart's address, parameters in a fixed order. */
    public String url() {
        StringBuilder url = new StringBuilder(PATH).append("?country=").append(encode(country))
                .append("&metric=").append(encode(metric));
        if (originCountry != null) {
            url.append("&originCountry=").append(encode(originCountry));
        }
        if (from != null) {
            url.append("&from=").append(from);
        }
        if (to != null) {
            url.append("&to=").append(to);
        }
        if (rate != null) {
            url.append("&rate=").append(rate);
        }
        return url.toString();
    }

    /**
     * A series found in a GraphQL document; {@code whole} when the document's answer is that series
     * (its {@code statistics} field is at the root), not a part of something larger.
     */
    public record InDocument(SeriesQuery query, boolean whole) {
    }

    /**
     * The series a GraphQL document asks for, if it asks for one: a {@code statistics} field whose
     * filter names a metric as a literal, in a country named by the filter's {@code countryCode} or
     * by an enclosing {@code country(code: …)}. The first such field wins. Documents that pass
     * these through variables, or ask for no such list, give none.
     */
    public static Optional<InDocument> ofDocument(String document) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        List<FragmentDefinition> fragments = parsed.getDefinitionsOfType(FragmentDefinition.class);
        for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            Optional<InDocument> found = find(operation.getSelectionSet(), null, fragments, 0);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<InDocument> find(SelectionSet set, String enclosingCountry, List<FragmentDefinition> fragments,
            int depth) {
        if (set == null || depth > 20) {
            return Optional.empty();
        }
        for (Selection<?> selection : set.getSelections()) {
            Optional<InDocument> found = Optional.empty();
            if (selection instanceof Field field) {
                if (field.getName().equals("statistics")) {
                    found = fromStatistics(field, enclosingCountry).map(q -> new InDocument(q, depth == 0));
                }
                if (found.isEmpty()) {
                    String country = field.getName().equals("country") ? literal(argument(field, "code")) : null;
                    found = find(field.getSelectionSet(), country != null ? country : enclosingCountry, fragments, depth + 1);
                }
            } else if (selection instanceof InlineFragment inline) {
                found = find(inline.getSelectionSet(), enclosingCountry, fragments, depth + 1);
            } else if (selection instanceof graphql.language.FragmentSpread spread) {
                for (FragmentDefinition fragment : fragments) {
                    if (fragment.getName().equals(spread.getName()) && found.isEmpty()) {
                        found = find(fragment.getSelectionSet(), enclosingCountry, fragments, depth + 1);
                    }
                }
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<SeriesQuery> fromStatistics(Field statistics, String enclosingCountry) {
        if (!(argument(statistics, "filter") instanceof ObjectValue filter)) {
            return Optional.empty();
        }
        String metric = literal(field(filter, "metric"));
        String country = literal(field(filter, "countryCode"));
        if (country == null) {
            country = enclosingCountry;
        }
        if (metric == null || country == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(country, metric, literal(field(filter, "originCountryCode")),
                    literal(field(filter, "from")), literal(field(filter, "to")), literal(field(filter, "rate"))));
        } catch (BadUserInputException e) {
            return Optional.empty();
        }
    }

    private static Value<?> argument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                return argument.getValue();
            }
        }
        return null;
    }

    private static Value<?> field(ObjectValue object, String name) {
        for (ObjectField field : object.getObjectFields()) {
            if (field.getName().equals(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static String literal(Value<?> value) {
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        return value instanceof EnumValue enumValue ? enumValue.getName() : null;
    }

    private static LocalDate date(String name, String value, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, "'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2022-09-21"));
            return null;
        }
    }

    private static Rate rate(String value, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Rate.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("rate", "'" + value + "' is not a rate: use one of "
                    + String.join(", ", Arrays.stream(Rate.values()).map(Rate::name).toList())
                    + " (without it, every rate and the totals are drawn)"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
