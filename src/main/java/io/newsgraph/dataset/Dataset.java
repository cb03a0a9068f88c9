package io.newsgraph.dataset;

import io.newsgraph.actor.OrganizationKind;
import io.newsgraph.place.PlaceKind;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Rate;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The dataset format (docs/ARCHITECTURE.md, "The dataset format"): facts in and out, references by key, countries by alpha-2
 * code. The same records are the GraphQL inputs of the create mutations and of importDataset, so
 * a fact written through the API and one loaded from a file pass the same validation and writer.
 */
@Input("DatasetInput")
@Type("Dataset")
@Description("Facts to import, in the dataset format: entities refer to each other by key, countries by alpha-2 code."
        + " Importing is all-or-nothing and idempotent: entities are matched by key.")
// Jackson builds these records and reads these enums reflectively (DatasetReader); a native
// executable keeps only what is registered.
@RegisterForReflection(targets = {Dataset.class, Dataset.SourceEntry.class, Dataset.CountryEntry.class,
        Dataset.OrganizationEntry.class, Dataset.OfficialEntry.class, Dataset.PositionEntry.class,
        Dataset.PlaceEntry.class, Dataset.EventEntry.class, Dataset.StatementEntry.class, Dataset.StatisticEntry.class,
        Dataset.EvidenceEntry.class,
        OrganizationKind.class, PlaceKind.class, StatementKind.class, Approximation.class, Rate.class})
public record Dataset(
        @Description("Sources: articles, press releases, broadcasts.") List<@NonNull SourceEntry> sources,
        @Description("Country names and land borders.") List<@NonNull CountryEntry> countries,
        @Description("Official bodies.") List<@NonNull OrganizationEntry> organizations,
        @Description("Officials, with their positions.") List<@NonNull OfficialEntry> officials,
        @Description("Named places.") List<@NonNull PlaceEntry> places,
        @Description("Events.") List<@NonNull EventEntry> events,
        @Description("Statements.") List<@NonNull StatementEntry> statements,
        @Description("Reported figures.") List<@NonNull StatisticEntry> statistics) {

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

    @Input("SourceInput")
    @Type("DatasetSource")
    @Description("A source: where facts were reported.")
    public record SourceEntry(
            @Description(KEY) String key,
            @NonNull @Description("Title or headline.") String title,
            @Description("Who published it.") String publisher,
            @Description("Where it can be read.") String url,
            @NonNull @Description("Publication date.") LocalDate publishedOn,
            @NonNull @Description("Language, as a tag such as `en`.") String language,
            @Description("Full text; when given, every excerpt of the source's facts must occur in it.") String text) {
    }

    @Input("CountryInput")
    @Type("DatasetCountry")
    @Description("A country's English name and land borders. Countries themselves always exist.")
    public record CountryEntry(
            @NonNull @Description("ISO 3166-1 alpha-2 code.") String code,
            @Description("English name; omitted keeps the current one.") String name,
            @Description("Alpha-2 codes of countries sharing a land border; borders are symmetric and only ever added by imports.")
            List<@NonNull String> neighbors) {
        public CountryEntry {
            neighbors = orEmpty(neighbors);
        }
    }

    @Input("OrganizationInput")
    @Type("DatasetOrganization")
    @Description("An official body.")
    public record OrganizationEntry(
            @Description(ACTOR_KEY) String key,
            @NonNull @Description("Full name.") String name,
            @NonNull @Description("What kind of body it is.") OrganizationKind kind,
            @Description("Alpha-2 code of its country.") String country) {
    }

    @Input("OfficialInput")
    @Type("DatasetOfficial")
    @Description("A person who holds or held public office.")
    public record OfficialEntry(
            @Description(ACTOR_KEY) String key,
            @NonNull @Description("Full name.") String name,
            @Description("Other names the official goes by.") List<@NonNull String> aliases,
            @Description("Offices held; replaces the official's list as a whole.") List<@NonNull PositionEntry> positions,
            @Description("Alpha-2 code of the official's country; by default the country of the current (or first) position.")
            String country) {
        public OfficialEntry {
            aliases = orEmpty(aliases);
            positions = orEmpty(positions);
        }
    }

    @Input("PositionInput")
    @Type("DatasetPosition")
    @Description("An office held by an official.")
    public record PositionEntry(
            @NonNull @Description("Title of the office, e.g. `President`.") String title,
            @Description("Alpha-2 code of the country where it is held.") String country,
            @Description("Key of the organization it belongs to.") String organization,
            @Description("When the official took office.") LocalDate start,
            @Description("When the official left office; omitted while it is held.") LocalDate end) {
    }

    @Input("PlaceInput")
    @Type("DatasetPlace")
    @Description("A named place inside a country.")
    public record PlaceEntry(
            @Description(KEY) String key,
            @NonNull @Description("Name.") String name,
            @NonNull @Description("What kind of place it is.") PlaceKind kind,
            @NonNull @Description("Alpha-2 code of its country.") String country) {
    }

    @Input("EventInput")
    @Type("DatasetEvent")
    @Description("Something that happened, that facts refer to.")
    public record EventEntry(
            @Description(KEY) String key,
            @NonNull @Description("Short name.") String name,
            @Description("What happened.") String description,
            @NonNull @Description("The day it happened or began.") LocalDate startDate,
            @Description("The day it ended.") LocalDate endDate,
            @Description("Alpha-2 code of the country where it happened.") String country,
            @Description("Key of the official or organization that set it off.") String initiatedBy) {
    }

    @Input("StatementInput")
    @Type("DatasetStatement")
    @Description("Something an actor said, with its source and the verbatim excerpt that reports it.")
    public record StatementEntry(
            @Description(KEY) String key,
            @NonNull @Description("What was said: the quoted words, or a faithful rephrasing.") String text,
            @NonNull @Description("Direct quote or paraphrase.") StatementKind kind,
            @Description("Key of the official or organization who said it.") String speaker,
            @Description("The day it was said, if the source says.") LocalDate saidOn,
            @NonNull @Description("Key of the source that reported it.") String source,
            @NonNull @Description("The sentence of the source that reports it, verbatim.") String excerpt,
            @Description("Alpha-2 codes of the countries it is about.") List<@NonNull String> countries,
            @Description("Keys of the places it concerns.") List<@NonNull String> places,
            @Description("Keys of the events it refers to.") List<@NonNull String> events,
            @Description(EVIDENCE) EvidenceEntry evidence) {
        public StatementEntry {
            countries = orEmpty(countries);
            places = orEmpty(places);
            events = orEmpty(events);
        }
    }

    @Input("StatisticInput")
    @Type("DatasetStatistic")
    @Description("A figure as reported. Which of value, low and high are set follows the approximation:"
            + " EXACT/APPROXIMATE value; AT_LEAST low; AT_MOST high; RANGE low and high.")
    public record StatisticEntry(
            @Description(KEY) String key,
            @NonNull @Description("What is counted, lowercase kebab-case, e.g. `arrivals`.") String metric,
            @NonNull @Description("The figure in words.") String description,
            @Description("The figure, for EXACT and APPROXIMATE.") Double value,
            @Description("Lower bound, for AT_LEAST and RANGE.") Double low,
            @Description("Upper bound, for AT_MOST and RANGE.") Double high,
            @NonNull @Description("How precisely it was reported.") Approximation approximation,
            @NonNull @Description("What one counts, e.g. `people`.") String unit,
            @Description("Per day, week, month or year; omitted for a total over the period.") Rate rate,
            @Description("First day of the period.") LocalDate periodStart,
            @Description("Last day of the period.") LocalDate periodEnd,
            @NonNull @Description("Alpha-2 code of the country where it was observed.") String country,
            @Description("Alpha-2 code of the country counted people or goods come from.") String originCountry,
            @Description("Key of the place where it was observed.") String place,
            @Description("Key of the official or organization that reported it.") String reportedBy,
            @Description("Key of the statement that states it.") String statement,
            @NonNull @Description("Key of the source that reported it.") String source,
            @NonNull @Description("The sentence of the source that reports it, verbatim.") String excerpt,
            @Description("Keys of the events it refers to.") List<@NonNull String> events,
            @Description(EVIDENCE) EvidenceEntry evidence) {
        public StatisticEntry {
            events = orEmpty(events);
        }
    }

    @Input("EvidenceInput")
    @Type("DatasetEvidence")
    @Description("Where the excerpt of a fact stands in its source's text, and how sure the proposer that found it was.")
    public record EvidenceEntry(
            @NonNull @Description("Offset of the excerpt's first character in the source's text (UTF-16 code units, from 0).") Integer start,
            @NonNull @Description("Offset just past the excerpt's last character; the excerpt is text[start, end).") Integer end,
            @Description("How sure the proposer was, from 0 to 1; omitted for facts entered by hand.") Double confidence) {
    }

    static final String EVIDENCE = "Where the excerpt stands in the source's text; when given, the excerpt must be exactly"
            + " that span of the stored text.";

    static final String KEY = "Key: a lowercase slug, unique among its type. Required in datasets; generated from the name"
            + " or title when a create mutation leaves it out.";
    static final String ACTOR_KEY = "Key: a lowercase slug, unique among officials and organizations together. Required in"
            + " datasets; generated from the name when a create mutation leaves it out.";
}
