package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Officials;
import io.newsgraph.actor.Organizations;
import io.newsgraph.common.KeyedEntity;
import io.newsgraph.country.Countries;
import io.newsgraph.event.Events;
import io.newsgraph.place.Places;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.source.Sources;
import io.newsgraph.statement.Statements;
import io.newsgraph.statistic.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.Dataset.CountryEntry;
import io.newsgraph.dataset.Dataset.EvidenceEntry;
import io.newsgraph.dataset.Dataset.OfficialEntry;
import io.newsgraph.dataset.Dataset.PositionEntry;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The dataset's rules, without a database: what the database already holds is a fixed {@link DatasetValidator.Known}
 * (three countries, one stored source with its text, one actor). Every problem is reported, each at its JSON path.
 */
class DatasetValidatorUnitTest {

    static final String TEXT = "Some 10,000 Russians a day crossed into Georgia, the ministry said.";

    /** What the database holds in these tests. */
    static final DatasetValidator.Known STORED = new DatasetValidator.Known() {
        final Set<String> countries = Set.of("GE", "KZ", "RU");
        final Map<String, String> sources = Map.of("stored-report", TEXT);

        @Override
        public boolean country(String code) {
            return countries.contains(code);
        }

        @Override
        public boolean has(Class<? extends KeyedEntity> type, String key) {
            if (type == SourceEntity.class) {
                return sources.containsKey(key);
            }
            return ActorEntity.class.isAssignableFrom(type) && key.equals("georgia-interior-ministry");
        }

        @Override
        public String sourceText(String key) {
            return sources.get(key);
        }
    };

    /** Bean Validation without Quarkus; its interpolator needs no expression language. */
    static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    /** The kinds, as the application has them, in section order. */
    static final Kinds KINDS = new Kinds(List.of(new Sources(), new Countries(), new Organizations(), new Officials(),
            new Places(), new Events(), new Statements(), new Statistics()));

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Problem> problemsOf(Dataset dataset) {
        DatasetValidator validator = new DatasetValidator(VALIDATION, STORED, TODAY, new HashSet<>(), null);
        List<Problem> problems = new ArrayList<>();
        for (Kind<?, ?> kind : KINDS.all()) {
            List entries = kind.section().of(dataset);
            if (entries != null && !entries.isEmpty()) {
                problems.addAll(validator.check((Kind) kind, entries, 0));
            }
        }
        return problems;
    }

    static Dataset of(List<SourceEntry> sources, List<StatementEntry> statements, List<StatisticEntry> statistics) {
        return new Dataset(sources, null, null, null, null, null, statements, statistics);
    }

    static StatisticEntry figure(String key, Double value, Double low, Double high, Approximation approximation, String excerpt) {
        return new StatisticEntry(key, "arrivals", "Some 10,000 a day", value, low, high, approximation, "people", Rate.PER_DAY,
                LocalDate.of(2022, 9, 21), LocalDate.of(2022, 9, 27), "GE", "RU", null, "georgia-interior-ministry", null,
                "stored-report", excerpt, null, null);
    }

    static StatementEntry statement(String key, String speaker, String source, String excerpt, List<String> countries) {
        return new StatementEntry(key, "Russians keep crossing.", StatementKind.PARAPHRASE, speaker, LocalDate.of(2022, 9, 27),
                source, excerpt, countries, null, null, null);
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aConsistentDatasetHasNoProblems() {
        SourceEntry source = new SourceEntry("new-report", "Crossings", null, null, LocalDate.of(2022, 9, 28), "en",
                "Kazakhstan counted 98,000 arrivals.");
        assertEquals(List.of(), problemsOf(of(List.of(source),
                List.of(statement("s-1", "georgia-interior-ministry", "new-report", "98,000 arrivals", List.of("KZ"))),
                List.of(figure("f-1", 10_000.0, null, null, Approximation.APPROXIMATE, "Some 10,000 Russians a day")))));
    }

    @Test
    void theNumbersMustMatchTheApproximation() {
        List<Problem> problems = problemsOf(of(null, null, List.of(
                figure("exact", null, 1.0, null, Approximation.EXACT, "Some 10,000"),
                figure("range", null, 6_000.0, 5_000.0, Approximation.RANGE, "Some 10,000"),
                figure("at-most", 3.0, null, null, Approximation.AT_MOST, "Some 10,000"))));
        assertEquals(List.of("statistics[0].value", "statistics[0].low", "statistics[1].high", "statistics[2].value",
                "statistics[2].high"), fields(problems));
        assertEquals("is required when approximation is EXACT", problems.get(0).message());
        assertEquals("must be left out when approximation is EXACT", problems.get(1).message());
    }

    @Test
    void anExcerptMustOccurVerbatimInItsSource() {
        List<Problem> problems = problemsOf(of(null, null,
                List.of(figure("f", 10_000.0, null, null, Approximation.EXACT, "Some 12,000 Russians"))));
        assertEquals(List.of("statistics[0].excerpt"), fields(problems));
    }

    @Test
    void referencesToWhatExistsNowhereAreMissingReferences() {
        List<Problem> problems = problemsOf(of(null,
                List.of(statement("s", "nobody", "unknown-report", "Some 10,000", List.of("GE", "XX", "de"))), null));
        assertEquals(List.of("statements[0].speaker", "statements[0].source", "statements[0].countries[1]",
                "statements[0].countries[2]"), fields(problems));
        assertTrue(problems.get(0).missingReference() && problems.get(1).missingReference());
    }

    @Test
    void keysMustBeKeysAndUniqueInTheDataset() {
        SourceEntry a = new SourceEntry("Report One", "A", null, null, LocalDate.of(2022, 9, 28), "en", null);
        SourceEntry b = new SourceEntry("report", "B", null, null, LocalDate.of(2022, 9, 28), "en", null);
        SourceEntry c = new SourceEntry("report", "C", null, null, LocalDate.of(2022, 9, 28), "english!", null);
        List<Problem> problems = problemsOf(of(List.of(a, b, c), null, null));
        assertEquals(List.of("sources[0].key", "sources[2].key", "sources[2].language"), fields(problems));
    }

    @Test
    void laterSectionsMayReferToEarlierOnesOfTheSameDataset() {
        SourceEntry source = new SourceEntry("fresh", "Fresh", null, null, LocalDate.of(2022, 9, 28), "en", "It said so.");
        StatisticEntry cited = new StatisticEntry("f", "arrivals", "some", 1.0, null, null, Approximation.EXACT, "people", null,
                null, LocalDate.of(2022, 9, 28), "KZ", null, null, null, "s", "fresh", "It said so.", null, null);
        assertEquals(List.of(), problemsOf(of(List.of(source),
                List.of(statement("s", null, "fresh", "said so", null)), List.of(cited))));
    }

    @Test
    void problemsInsideAnEntryAreReportedAtTheirNestedPaths() {
        OfficialEntry official = new OfficialEntry("an-official", "An official", List.of("Tokayev", " "), Arrays.asList(
                new PositionEntry("President", "KZ", null, LocalDate.of(2019, 6, 12), null),
                new PositionEntry(null, "XX", null, LocalDate.of(2022, 10, 1), LocalDate.of(2022, 1, 1)),
                null), "KZ");
        CountryEntry country = new CountryEntry("GE", null, List.of("RU", "GE"));
        List<Problem> problems = problemsOf(new Dataset(null, List.of(country), null, List.of(official), null, null, null,
                null));
        assertEquals(List.of(
                new Problem("countries[0].neighbors[1]", "a country cannot border itself"),
                new Problem("officials[0].aliases[1]", "is required"),
                new Problem("officials[0].positions[1].country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
                new Problem("officials[0].positions[1].end", "must not be before start (2022-10-01)"),
                new Problem("officials[0].positions[1].title", "is required"),
                new Problem("officials[0].positions[2]", "must not be null")), problems);
    }

    @Test
    void evidenceMustFrameTheExcerptInTheSourcesText() {
        String excerpt = "Some 10,000 Russians a day";
        List<Problem> problems = problemsOf(of(null, null, List.of(
                framed("framed", excerpt, new EvidenceEntry(0, excerpt.length(), 0.9)),
                framed("shifted", excerpt, new EvidenceEntry(1, excerpt.length() + 1, null)),
                framed("short", excerpt, new EvidenceEntry(0, 10, null)),
                framed("backwards", excerpt, new EvidenceEntry(5, 2, null)),
                framed("unsure", excerpt, new EvidenceEntry(0, excerpt.length(), 1.5)),
                framed("open", excerpt, new EvidenceEntry(0, null, null)))));
        assertEquals(List.of(
                new Problem("statistics[1].evidence", "does not frame the excerpt in the source's text"),
                new Problem("statistics[2].evidence", "spans 10 characters but the excerpt has 26"),
                new Problem("statistics[3].evidence", "start must be at least 0 and end greater than start"),
                new Problem("statistics[4].evidence.confidence", "must be between 0 and 1"),
                new Problem("statistics[5].evidence.end", "is required")), problems);
    }

    @Test
    void lengthsFormatsAndDaysAreCheckedAgainstTheirLimits() {
        SourceEntry source = new SourceEntry("long", "x".repeat(SourceEntity.TITLE_LENGTH + 1), " ", null,
                LocalDate.of(2202, 9, 28), "english!", null);
        List<Problem> problems = problemsOf(of(List.of(source), null, null));
        assertEquals(List.of(
                new Problem("sources[0].title", "is 501 characters long; at most 500 are allowed"),
                new Problem("sources[0].publisher", "must be null or not blank"),
                new Problem("sources[0].publishedOn", "2202-09-28 is out of range: dates run from 1800-01-01 to 2027-12-31"),
                new Problem("sources[0].language", "must be a language tag such as 'en' or 'pt-BR'")), problems);
    }

    static StatisticEntry framed(String key, String excerpt, EvidenceEntry evidence) {
        return new StatisticEntry(key, "arrivals", "Some 10,000 a day", 10_000.0, null, null, Approximation.APPROXIMATE,
                "people", Rate.PER_DAY, null, null, "GE", null, null, null, null, "stored-report", excerpt, null, evidence);
    }
}
