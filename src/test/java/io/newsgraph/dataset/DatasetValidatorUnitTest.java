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
import java.util.HashSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The kinds, as the application has them, in section order. */
    static final Kinds KINDS = new Kinds(List.of(new Sources(), new Countries(), new Organizations(), new Officials(),
            new Places(), new Events(), new Statements(), new Statistics()));

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Problem> problemsOf(Dataset dataset) {
        DatasetValidator validator = new DatasetValidator(STORED, SourceEntity.class, LocalDate.of(2026, 12, 1), new HashSet<>(),
                null);
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
        assertEquals(List.of("statistics[0].value", "statistics[0].low", "statistics[1].high", "statistics[2].high",
                "statistics[2].value"), fields(problems));
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
}
