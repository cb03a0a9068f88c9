package io.newsgraph.dataset;

import io.newsgraph.common.Keys;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.statistic.Approximation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a dataset, a section at a time in {@link Section} order and a chunk at a time, and
 * collects every problem with its JSON path ({@code statistics[3].high}). References may point at
 * entries of an earlier section of the dataset or at what the database already holds
 * ({@link Known}); the keys seen so far are all it keeps, so a dataset of any size can be checked.
 */
final class DatasetValidator {

    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    private static final Pattern METRIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** What the database holds already, for references that the dataset does not define. */
    interface Known {
        boolean country(String code);

        boolean source(String key);

        /** The stored text of a source; null when it has none or is not stored. */
        String sourceText(String key);

        boolean actor(String key);

        boolean organization(String key);

        boolean place(String key);

        boolean event(String key);

        boolean statement(String key);
    }

    private final Known known;
    private final LocalDate latest;
    private final List<Problem> problems = new ArrayList<>();

    /** Texts of the dataset's sources that were not written (so {@link Known} cannot tell). */
    private final Map<String, String> unwrittenTexts = new HashMap<>();
    private final Set<String> sources = new HashSet<>();
    private final Set<String> actors = new HashSet<>();
    private final Set<String> organizations = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    private final Set<String> events = new HashSet<>();
    private final Set<String> statements = new HashSet<>();
    private final Set<String> statistics = new HashSet<>();

    /** Paths the reader already reported (a bad enum value or date, read as null); not reported again. */
    private final Set<String> alreadyReported;

    DatasetValidator(Known known, LocalDate today, Set<String> alreadyReported) {
        this.known = known;
        this.alreadyReported = alreadyReported;
        this.latest = LocalDate.of(today.getYear() + 1, 12, 31);
    }

    /** Every problem of a whole dataset. */
    List<Problem> validate(Dataset d) {
        for (Section section : Section.values()) {
            check(section, section.of(d), 0);
        }
        return problems;
    }

    /**
     * Checks a chunk of one section, whose first entry has index {@code offset} in its list, and
     * returns the problems it found. Sections must come in {@link Section} order.
     */
    @SuppressWarnings("unchecked")
    List<Problem> check(Section section, List<?> entries, int offset) {
        int before = problems.size();
        collectKeys(section, entries, offset);
        switch (section) {
            case SOURCES -> sources((List<Dataset.SourceEntry>) entries, offset);
            case COUNTRIES -> countries((List<Dataset.CountryEntry>) entries, offset);
            case ORGANIZATIONS -> organizations((List<Dataset.OrganizationEntry>) entries, offset);
            case OFFICIALS -> officials((List<Dataset.OfficialEntry>) entries, offset);
            case PLACES -> places((List<Dataset.PlaceEntry>) entries, offset);
            case EVENTS -> events((List<Dataset.EventEntry>) entries, offset);
            case STATEMENTS -> statements((List<Dataset.StatementEntry>) entries, offset);
            case STATISTICS -> statistics((List<StatisticEntry>) entries, offset);
        }
        return List.copyOf(problems.subList(before, problems.size()));
    }

    /** Sources that will not be written keep their texts here, for the excerpts that cite them. */
    void notWritten(List<Dataset.SourceEntry> sources) {
        for (Dataset.SourceEntry source : sources) {
            if (source != null && source.key() != null && source.text() != null) {
                unwrittenTexts.put(source.key(), source.text());
            }
        }
    }

    private void sources(List<Dataset.SourceEntry> entries, int offset) {
        each(entries, offset, "sources", (e, p) -> {
            text(p + ".title", e.title(), true, 500);
            text(p + ".publisher", e.publisher(), false, 300);
            text(p + ".url", e.url(), false, 2000);
            date(p + ".publishedOn", e.publishedOn(), true);
            if (text(p + ".language", e.language(), true, 35) && !LANGUAGE.matcher(e.language()).matches()) {
                problem(p + ".language", "must be a language tag such as 'en' or 'pt-BR'");
            }
            text(p + ".text", e.text(), false, 1_000_000);
        });
    }

    private void countries(List<Dataset.CountryEntry> entries, int offset) {
        each(entries, offset, "countries", (e, p) -> {
            country(p + ".code", e.code(), true);
            text(p + ".name", e.name(), false, 200);
            for (int i = 0; i < e.neighbors().size(); i++) {
                String n = e.neighbors().get(i);
                if (country(p + ".neighbors[" + i + "]", n, true) && n.equals(e.code())) {
                    problem(p + ".neighbors[" + i + "]", "a country cannot border itself");
                }
            }
        });
    }

    private void organizations(List<Dataset.OrganizationEntry> entries, int offset) {
        each(entries, offset, "organizations", (e, p) -> {
            text(p + ".name", e.name(), true, 300);
            required(p + ".kind", e.kind(), true);
            country(p + ".country", e.country(), false);
        });
    }

    private void officials(List<Dataset.OfficialEntry> entries, int offset) {
        each(entries, offset, "officials", (e, p) -> {
            text(p + ".name", e.name(), true, 300);
            for (int i = 0; i < e.aliases().size(); i++) {
                text(p + ".aliases[" + i + "]", e.aliases().get(i), true, 300);
            }
            country(p + ".country", e.country(), false);
            for (int i = 0; i < e.positions().size(); i++) {
                var position = e.positions().get(i);
                String pp = p + ".positions[" + i + "]";
                if (position == null) {
                    problem(pp, "must not be null");
                    continue;
                }
                text(pp + ".title", position.title(), true, 300);
                country(pp + ".country", position.country(), false);
                reference(pp + ".organization", position.organization(), false, "organization", organizations::contains,
                        known::organization);
                period(pp + ".start", date(pp + ".start", position.start(), false), pp + ".end",
                        date(pp + ".end", position.end(), false));
            }
        });
    }

    private void places(List<Dataset.PlaceEntry> entries, int offset) {
        each(entries, offset, "places", (e, p) -> {
            text(p + ".name", e.name(), true, 300);
            required(p + ".kind", e.kind(), true);
            country(p + ".country", e.country(), true);
        });
    }

    private void events(List<Dataset.EventEntry> entries, int offset) {
        each(entries, offset, "events", (e, p) -> {
            text(p + ".name", e.name(), true, 300);
            text(p + ".description", e.description(), false, 5000);
            period(p + ".startDate", date(p + ".startDate", e.startDate(), true), p + ".endDate",
                    date(p + ".endDate", e.endDate(), false));
            country(p + ".country", e.country(), false);
            reference(p + ".initiatedBy", e.initiatedBy(), false, "actor", actors::contains, known::actor);
        });
    }

    private void statements(List<Dataset.StatementEntry> entries, int offset) {
        each(entries, offset, "statements", (e, p) -> {
            text(p + ".text", e.text(), true, 10_000);
            required(p + ".kind", e.kind(), true);
            reference(p + ".speaker", e.speaker(), false, "actor", actors::contains, known::actor);
            date(p + ".saidOn", e.saidOn(), false);
            provenance(p, e.source(), e.excerpt(), e.evidence());
            for (int i = 0; i < e.countries().size(); i++) {
                country(p + ".countries[" + i + "]", e.countries().get(i), true);
            }
            for (int i = 0; i < e.places().size(); i++) {
                reference(p + ".places[" + i + "]", e.places().get(i), true, "place", places::contains, known::place);
            }
            for (int i = 0; i < e.events().size(); i++) {
                reference(p + ".events[" + i + "]", e.events().get(i), true, "event", events::contains, known::event);
            }
        });
    }

    private void statistics(List<StatisticEntry> entries, int offset) {
        each(entries, offset, "statistics", (e, p) -> {
            if (text(p + ".metric", e.metric(), true, 100) && !METRIC.matcher(e.metric()).matches()) {
                problem(p + ".metric", "must be a lowercase kebab-case noun such as 'arrivals'");
            }
            text(p + ".description", e.description(), true, 2000);
            quantity(p, e);
            text(p + ".unit", e.unit(), true, 50);
            period(p + ".periodStart", date(p + ".periodStart", e.periodStart(), false), p + ".periodEnd",
                    date(p + ".periodEnd", e.periodEnd(), false));
            country(p + ".country", e.country(), true);
            country(p + ".originCountry", e.originCountry(), false);
            reference(p + ".place", e.place(), false, "place", places::contains, known::place);
            reference(p + ".reportedBy", e.reportedBy(), false, "actor", actors::contains, known::actor);
            reference(p + ".statement", e.statement(), false, "statement", statements::contains, known::statement);
            provenance(p, e.source(), e.excerpt(), e.evidence());
            for (int i = 0; i < e.events().size(); i++) {
                reference(p + ".events[" + i + "]", e.events().get(i), true, "event", events::contains, known::event);
            }
        });
    }

    /** Keys first: duplicates are reported once, and later sections may refer to them. */
    private void collectKeys(Section section, List<?> entries, int offset) {
        Set<String> keys = switch (section) {
            case SOURCES -> sources;
            case ORGANIZATIONS, OFFICIALS -> actors;
            case PLACES -> places;
            case EVENTS -> events;
            case STATEMENTS -> statements;
            case STATISTICS -> statistics;
            case COUNTRIES -> null;
        };
        if (keys == null) {
            return;
        }
        each(entries, offset, section.field, (e, p) -> {
            String key = section.keyOf(e);
            if (key(p, key, keys) && section == Section.ORGANIZATIONS) {
                organizations.add(key);
            }
        });
    }

    private boolean key(String path, String key, Set<String> seen) {
        if (key == null) {
            problem(path + ".key", "is required");
            return false;
        }
        if (!Keys.isValid(key)) {
            problem(path + ".key", "'" + key + "' is not a key: lowercase letters, digits and hyphens, starting with a"
                    + " letter or digit, at most " + Keys.MAX_LENGTH + " characters");
            return false;
        }
        if (!seen.add(key)) {
            problem(path + ".key", "'" + key + "' is used twice in this dataset"
                    + (seen == actors ? " (officials and organizations share one key space)" : ""));
            return false;
        }
        return true;
    }

    private void provenance(String path, String source, String excerpt, Dataset.EvidenceEntry evidence) {
        boolean hasSource = reference(path + ".source", source, true, "source", sources::contains, known::source);
        String text = null;
        if (text(path + ".excerpt", excerpt, true, 10_000) && hasSource) {
            text = unwrittenTexts.containsKey(source) ? unwrittenTexts.get(source) : known.sourceText(source);
            if (text != null && !text.contains(excerpt)) {
                problem(path + ".excerpt", "does not occur verbatim in the text of source '" + source + "'");
            }
        }
        if (evidence != null) {
            evidence(path + ".evidence", evidence, excerpt, text);
        }
    }

    /** Offsets must frame the excerpt exactly, so that a reviewer's highlight is the excerpt itself. */
    private void evidence(String path, Dataset.EvidenceEntry e, String excerpt, String text) {
        if (e.start() == null || e.end() == null) {
            required(path + ".start", e.start(), true);
            required(path + ".end", e.end(), true);
            return;
        }
        if (e.start() < 0 || e.end() <= e.start()) {
            problem(path, "start must be at least 0 and end greater than start");
        } else if (excerpt != null && e.end() - e.start() != excerpt.length()) {
            problem(path, "spans " + (e.end() - e.start()) + " characters but the excerpt has " + excerpt.length());
        } else if (text != null && (e.end() > text.length() || !text.substring(e.start(), e.end()).equals(excerpt))) {
            problem(path, "does not frame the excerpt in the source's text");
        }
        if (e.confidence() != null && !(e.confidence() >= 0 && e.confidence() <= 1)) {
            problem(path + ".confidence", "must be between 0 and 1");
        }
    }

    private void quantity(String p, StatisticEntry e) {
        Approximation approximation = required(p + ".approximation", e.approximation(), true);
        for (var number : List.of(Map.entry(".value", nullSafe(e.value())), Map.entry(".low", nullSafe(e.low())),
                Map.entry(".high", nullSafe(e.high())))) {
            if (!Double.isFinite(number.getValue())) {
                problem(p + number.getKey(), "must be a finite number");
            }
        }
        if (approximation == null) {
            return;
        }
        switch (approximation) {
            case EXACT, APPROXIMATE -> {
                required(p + ".value", e.value(), approximation);
                absent(p + ".low", e.low(), approximation);
                absent(p + ".high", e.high(), approximation);
            }
            case AT_LEAST -> {
                required(p + ".low", e.low(), approximation);
                absent(p + ".value", e.value(), approximation);
                absent(p + ".high", e.high(), approximation);
            }
            case AT_MOST -> {
                required(p + ".high", e.high(), approximation);
                absent(p + ".value", e.value(), approximation);
                absent(p + ".low", e.low(), approximation);
            }
            case RANGE -> {
                required(p + ".low", e.low(), approximation);
                required(p + ".high", e.high(), approximation);
                absent(p + ".value", e.value(), approximation);
                if (e.low() != null && e.high() != null && e.low() > e.high()) {
                    problem(p + ".high", "must not be less than low (" + e.low() + ") in a RANGE");
                }
            }
        }
    }

    private static double nullSafe(Double number) {
        return number == null ? 0 : number;
    }

    private void required(String path, Double number, Approximation approximation) {
        if (number == null) {
            problem(path, "is required when approximation is " + approximation);
        }
    }

    private void absent(String path, Double number, Approximation approximation) {
        if (number != null) {
            problem(path, "must be left out when approximation is " + approximation);
        }
    }

    private boolean text(String path, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(path, "is required");
            } else if (value != null) {
                problem(path, "must be null or not blank");
            }
            return false;
        }
        if (value.length() > maxLength) {
            problem(path, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            return false;
        }
        return true;
    }

    private LocalDate date(String path, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            problem(path, date + " is out of range: dates run from " + EARLIEST + " to " + latest);
            return null;
        }
        return date;
    }

    private void period(String startPath, LocalDate start, String endPath, LocalDate end) {
        if (start != null && end != null && start.isAfter(end)) {
            problem(endPath, "must not be before " + startPath.substring(startPath.lastIndexOf('.') + 1) + " (" + start + ")");
        }
    }

    private boolean country(String path, String code, boolean required) {
        if (code == null) {
            if (required) {
                problem(path, "is required");
            }
            return false;
        }
        if (!COUNTRY.matcher(code).matches() || !known.country(code)) {
            problem(path, "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
            return false;
        }
        return true;
    }

    private <T> T required(String path, T value, boolean required) {
        if (value == null && required) {
            problem(path, "is required");
        }
        return value;
    }

    private boolean reference(String path, String key, boolean required, String what, Predicate<String> inDataset,
            Predicate<String> inDatabase) {
        if (key == null) {
            if (required) {
                problem(path, "is required");
            }
            return false;
        }
        if (!inDataset.test(key) && !(Keys.isValid(key) && inDatabase.test(key))) {
            if (!alreadyReported.contains(path)) {
                problems.add(Problem.notFound(path, "no " + what + " has the key '" + key + "'"));
            }
            return false;
        }
        return true;
    }

    private void problem(String path, String message) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, message));
        }
    }

    private <T> void each(List<T> entries, int offset, String name, Check<T> check) {
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            String path = name + "[" + (offset + i) + "]";
            if (entry == null) {
                problem(path, "must not be null");
            } else {
                check.apply(entry, path);
            }
        }
    }

    @FunctionalInterface
    private interface Check<T> {
        void apply(T entry, String path);
    }
}
