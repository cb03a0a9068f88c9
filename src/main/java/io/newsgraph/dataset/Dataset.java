package io.newsgraph.dataset;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.actor.OrganizationKind;
import io.newsgraph.actor.Position;
import io.newsgraph.country.Country;
import io.newsgraph.country.NotItsOwnNeighbor;
import io.newsgraph.dataset.rules.CountryCode;
import io.newsgraph.dataset.rules.Day;
import io.newsgraph.dataset.rules.Offsets;
import io.newsgraph.dataset.rules.Period;
import io.newsgraph.dataset.rules.Reference;
import io.newsgraph.dataset.rules.Text;
import io.newsgraph.dataset.rules.Verbatim;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.place.PlaceKind;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementKind;
import io.newsgraph.statistic.Approximation;
import io.newsgraph.statistic.Quantity;
import io.newsgraph.statistic.Rate;
import io.newsgraph.statistic.Statistic;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
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
 * Their field rules are Bean Validation constraints ({@link io.newsgraph.dataset.rules}, and the
 * kinds' own next to their entities), each length the one of its column.
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
            @NonNull @Text(max = SourceEntity.TITLE_LENGTH) @Description("Title or headline.") String title,
            @Text(max = SourceEntity.PUBLISHER_LENGTH, required = false) @Description("Who published it.") String publisher,
            @Text(max = SourceEntity.URL_LENGTH, required = false) @Description("Where it can be read.") String url,
            @NonNull @NotNull(message = REQUIRED) @Day @Description("Publication date.") LocalDate publishedOn,
            @NonNull @Text(max = SourceEntity.LANGUAGE_LENGTH, format = LANGUAGE_TAG,
                    formatMessage = "must be a language tag such as 'en' or 'pt-BR'")
            @Description("Language, as a tag such as `en`.") String language,
            @Text(max = SourceEntity.TEXT_LENGTH, required = false)
            @Description("Full text; when given, every excerpt of the source's facts must occur in it.") String text) {
    }

    @Input("CountryInput")
    @Type("DatasetCountry")
    @Description("A country's English name and land borders. Countries themselves always exist.")
    @NotItsOwnNeighbor
    public record CountryEntry(
            @NonNull @NotNull(message = REQUIRED) @CountryCode @Description("ISO 3166-1 alpha-2 code.") String code,
            @Text(max = Country.NAME_LENGTH, required = false) @Description("English name; omitted keeps the current one.")
            String name,
            @Description("Alpha-2 codes of countries sharing a land border; borders are symmetric and only ever added by imports.")
            List<@NonNull @NotNull(message = REQUIRED) @CountryCode String> neighbors) {
        public CountryEntry {
            neighbors = orEmpty(neighbors);
        }
    }

    @Input("OrganizationInput")
    @Type("DatasetOrganization")
    @Description("An official body.")
    public record OrganizationEntry(
            @Description(ACTOR_KEY) String key,
            @NonNull @Text(max = ActorEntity.NAME_LENGTH) @Description("Full name.") String name,
            @NonNull @NotNull(message = REQUIRED) @Description("What kind of body it is.") OrganizationKind kind,
            @CountryCode @Description("Alpha-2 code of its country.") String country) {
    }

    @Input("OfficialInput")
    @Type("DatasetOfficial")
    @Description("A person who holds or held public office.")
    public record OfficialEntry(
            @Description(ACTOR_KEY) String key,
            @NonNull @Text(max = ActorEntity.NAME_LENGTH) @Description("Full name.") String name,
            @Description("Other names the official goes by.") List<@NonNull @Text(max = Official.ALIAS_LENGTH) String> aliases,
            @Description("Offices held; replaces the official's list as a whole.")
            List<@NonNull @NotNull(message = "must not be null") @Valid PositionEntry> positions,
            @CountryCode
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
    @Period(start = "start", end = "end")
    public record PositionEntry(
            @NonNull @Text(max = Position.TITLE_LENGTH) @Description("Title of the office, e.g. `President`.") String title,
            @CountryCode @Description("Alpha-2 code of the country where it is held.") String country,
            @Reference(to = Organization.class, what = "organization") @Description("Key of the organization it belongs to.")
            String organization,
            @Day @Description("When the official took office.") LocalDate start,
            @Day @Description("When the official left office; omitted while it is held.") LocalDate end) {
    }

    @Input("PlaceInput")
    @Type("DatasetPlace")
    @Description("A named place inside a country.")
    public record PlaceEntry(
            @Description(KEY) String key,
            @NonNull @Text(max = Place.NAME_LENGTH) @Description("Name.") String name,
            @NonNull @NotNull(message = REQUIRED) @Description("What kind of place it is.") PlaceKind kind,
            @NonNull @NotNull(message = REQUIRED) @CountryCode @Description("Alpha-2 code of its country.") String country) {
    }

    @Input("EventInput")
    @Type("DatasetEvent")
    @Description("Something that happened, that facts refer to.")
    @Period(start = "startDate", end = "endDate")
    public record EventEntry(
            @Description(KEY) String key,
            @NonNull @Text(max = Event.NAME_LENGTH) @Description("Short name.") String name,
            @Text(max = Event.DESCRIPTION_LENGTH, required = false) @Description("What happened.") String description,
            @NonNull @NotNull(message = REQUIRED) @Day @Description("The day it happened or began.") LocalDate startDate,
            @Day @Description("The day it ended.") LocalDate endDate,
            @CountryCode @Description("Alpha-2 code of the country where it happened.") String country,
            @Reference(to = ActorEntity.class, what = "actor")
            @Description("Key of the official or organization that set it off.") String initiatedBy) {
    }

    @Input("StatementInput")
    @Type("DatasetStatement")
    @Description("Something an actor said, with its source and the verbatim excerpt that reports it.")
    @Verbatim
    public record StatementEntry(
            @Description(KEY) String key,
            @NonNull @Text(max = Statement.TEXT_LENGTH)
            @Description("What was said: the quoted words, or a faithful rephrasing.") String text,
            @NonNull @NotNull(message = REQUIRED) @Description("Direct quote or paraphrase.") StatementKind kind,
            @Reference(to = ActorEntity.class, what = "actor") @Description("Key of the official or organization who said it.")
            String speaker,
            @Day @Description("The day it was said, if the source says.") LocalDate saidOn,
            @NonNull @NotNull(message = REQUIRED) @Reference(to = SourceEntity.class, what = "source")
            @Description("Key of the source that reported it.") String source,
            @NonNull @Text(max = SourceEntity.EXCERPT_LENGTH)
            @Description("The sentence of the source that reports it, verbatim.") String excerpt,
            @Description("Alpha-2 codes of the countries it is about.")
            List<@NonNull @NotNull(message = REQUIRED) @CountryCode String> countries,
            @Description("Keys of the places it concerns.")
            List<@NonNull @NotNull(message = REQUIRED) @Reference(to = Place.class, what = "place") String> places,
            @Description("Keys of the events it refers to.")
            List<@NonNull @NotNull(message = REQUIRED) @Reference(to = Event.class, what = "event") String> events,
            @Valid @Description(EVIDENCE) EvidenceEntry evidence) implements Verbatim.Cited {
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
    @Quantity
    @Period(start = "periodStart", end = "periodEnd")
    @Verbatim
    public record StatisticEntry(
            @Description(KEY) String key,
            @NonNull @Text(max = Statistic.METRIC_LENGTH, format = "[a-z0-9]+(-[a-z0-9]+)*",
                    formatMessage = "must be a lowercase kebab-case noun such as 'arrivals'")
            @Description("What is counted, lowercase kebab-case, e.g. `arrivals`.") String metric,
            @NonNull @Text(max = Statistic.DESCRIPTION_LENGTH) @Description("The figure in words.") String description,
            @Description("The figure, for EXACT and APPROXIMATE.") Double value,
            @Description("Lower bound, for AT_LEAST and RANGE.") Double low,
            @Description("Upper bound, for AT_MOST and RANGE.") Double high,
            @NonNull @NotNull(message = REQUIRED) @Description("How precisely it was reported.") Approximation approximation,
            @NonNull @Text(max = Statistic.UNIT_LENGTH) @Description("What one counts, e.g. `people`.") String unit,
            @Description("Per day, week, month or year; omitted for a total over the period.") Rate rate,
            @Day @Description("First day of the period.") LocalDate periodStart,
            @Day @Description("Last day of the period.") LocalDate periodEnd,
            @NonNull @NotNull(message = REQUIRED) @CountryCode
            @Description("Alpha-2 code of the country where it was observed.") String country,
            @CountryCode @Description("Alpha-2 code of the country counted people or goods come from.") String originCountry,
            @Reference(to = Place.class, what = "place") @Description("Key of the place where it was observed.") String place,
            @Reference(to = ActorEntity.class, what = "actor")
            @Description("Key of the official or organization that reported it.") String reportedBy,
            @Reference(to = Statement.class, what = "statement") @Description("Key of the statement that states it.")
            String statement,
            @NonNull @NotNull(message = REQUIRED) @Reference(to = SourceEntity.class, what = "source")
            @Description("Key of the source that reported it.") String source,
            @NonNull @Text(max = SourceEntity.EXCERPT_LENGTH)
            @Description("The sentence of the source that reports it, verbatim.") String excerpt,
            @Description("Keys of the events it refers to.")
            List<@NonNull @NotNull(message = REQUIRED) @Reference(to = Event.class, what = "event") String> events,
            @Valid @Description(EVIDENCE) EvidenceEntry evidence) implements Verbatim.Cited {
        public StatisticEntry {
            events = orEmpty(events);
        }
    }

    @Input("EvidenceInput")
    @Type("DatasetEvidence")
    @Description("Where the excerpt of a fact stands in its source's text, and how sure the proposer that found it was.")
    @Offsets
    public record EvidenceEntry(
            @NonNull @NotNull(message = REQUIRED)
            @Description("Offset of the excerpt's first character in the source's text (UTF-16 code units, from 0).") Integer start,
            @NonNull @NotNull(message = REQUIRED)
            @Description("Offset just past the excerpt's last character; the excerpt is text[start, end).") Integer end,
            @DecimalMin(value = "0", message = CONFIDENCE) @DecimalMax(value = "1", message = CONFIDENCE)
            @Description("How sure the proposer was, from 0 to 1; omitted for facts entered by hand.") Double confidence)
            implements Offsets.Span {
    }

    /** What a missing value is told: the built-in message would need a resource bundle, which a native executable lacks. */
    static final String REQUIRED = "is required";
    static final String CONFIDENCE = "must be between 0 and 1";
    /** BCP 47, loosely: a language and optional subtags. */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

    static final String EVIDENCE = "Where the excerpt stands in the source's text; when given, the excerpt must be exactly"
            + " that span of the stored text.";

    static final String KEY = "Key: a lowercase slug, unique among its type. Required in datasets; generated from the name"
            + " or title when a create mutation leaves it out.";
    static final String ACTOR_KEY = "Key: a lowercase slug, unique among officials and organizations together. Required in"
            + " datasets; generated from the name when a create mutation leaves it out.";
}
