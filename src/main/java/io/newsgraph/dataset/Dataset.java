package io.newsgraph.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The dataset format of DESIGN.md: facts in and out, references by key, countries by alpha-2
 * code. Dates and enum values are kept as text here so that validation can report every bad one
 * with its path instead of stopping at the first.
 */
@RegisterForReflection(targets = {Dataset.class, Dataset.SourceEntry.class, Dataset.CountryEntry.class,
        Dataset.OrganizationEntry.class, Dataset.OfficialEntry.class, Dataset.PositionEntry.class,
        Dataset.PlaceEntry.class, Dataset.EventEntry.class, Dataset.StatementEntry.class, Dataset.StatisticEntry.class})
public record Dataset(
        List<SourceEntry> sources,
        List<CountryEntry> countries,
        List<OrganizationEntry> organizations,
        List<OfficialEntry> officials,
        List<PlaceEntry> places,
        List<EventEntry> events,
        List<StatementEntry> statements,
        List<StatisticEntry> statistics) {

    public Dataset {
        sources = orEmpty(sources);
        countries = orEmpty(countries);
        organizations = orEmpty(organizations);
        officials = orEmpty(officials);
        places = orEmpty(places);
        events = orEmpty(events);
        statements = orEmpty(statements);
        statistics = orEmpty(statistics);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record SourceEntry(String key, String title, String publisher, String url, String publishedOn,
            String language, String text) {
    }

    /** A country's name (optional: the ISO name is kept when absent) and its land borders. */
    public record CountryEntry(String code, String name, List<String> neighbors) {
        public CountryEntry {
            neighbors = orEmpty(neighbors);
        }
    }

    public record OrganizationEntry(String key, String name, String kind, String country) {
    }

    /** {@code country} is optional: by default, the country of the official's current (or first) position. */
    public record OfficialEntry(String key, String name, List<String> aliases, List<PositionEntry> positions,
            String country) {
        public OfficialEntry {
            aliases = orEmpty(aliases);
            positions = orEmpty(positions);
        }
    }

    public record PositionEntry(String title, String country, String organization, String start, String end) {
    }

    public record PlaceEntry(String key, String name, String kind, String country) {
    }

    public record EventEntry(String key, String name, String description, String startDate, String endDate,
            String country, String initiatedBy) {
    }

    public record StatementEntry(String key, String text, String kind, String speaker, String saidOn, String source,
            String excerpt, List<String> countries, List<String> places, List<String> events) {
        public StatementEntry {
            countries = orEmpty(countries);
            places = orEmpty(places);
            events = orEmpty(events);
        }
    }

    public record StatisticEntry(String key, String metric, String description, Double value, Double low, Double high,
            String approximation, String unit, String rate, String periodStart, String periodEnd, String country,
            String originCountry, String place, String reportedBy, String statement, String source, String excerpt,
            List<String> events) {
        public StatisticEntry {
            events = orEmpty(events);
        }
    }
}
