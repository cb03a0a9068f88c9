package io.newsgraph.country;

import io.newsgraph.actor.ActorService;
import io.newsgraph.actor.Official;
import io.newsgraph.actor.Organization;
import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.event.Event;
import io.newsgraph.event.EventService;
import io.newsgraph.security.Editor;
import io.newsgraph.statement.StatementConnection;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementService;
import io.newsgraph.statistic.StatisticConnection;
import io.newsgraph.statistic.StatisticFilter;
import io.newsgraph.statistic.StatisticService;
import io.newsgraph.timeline.FactConnection;
import io.newsgraph.timeline.TimelineService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class CountryGraphQLApi {

    @Inject
    CountryService countries;

    @Inject
    ActorService actors;

    @Inject
    EventService events;

    @Inject
    StatementService statements;

    @Inject
    StatisticService statistics;

    @Inject
    TimelineService timeline;

    @Query("country")
    @Description("One country by its ISO code. Unknown codes give a NOT_FOUND error.")
    public Country country(@NonNull @Description("ISO 3166-1 alpha-2 (`KZ`) or alpha-3 (`KAZ`) code, in any case.") String code) {
        return countries.get(code);
    }

    @Query("countries")
    @Description("Countries, filtered and paged, in order of their alpha-2 code.")
    public @NonNull CountryConnection countries(
            @Description("Conditions the countries must meet.") CountryFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor.") String after) {
        return countries.list(filter, first, after);
    }

    @Mutation("updateCountry")
    @Editor
    @Description("Renames a country or replaces its land borders. Needs the editor role.")
    public @NonNull Country updateCountry(
            @NonNull @Description("ISO 3166-1 alpha-2 or alpha-3 code of the country to change.") String code,
            @NonNull @Description("The changes.") CountryPatch input) {
        return countries.update(code, input);
    }

    // Batched: one query for the neighbours of all countries.
    @NonNull
    @Description("Countries that share a land border with this one, sorted by name.")
    public List<@NonNull List<@NonNull Country>> neighbors(@Source List<Country> parents) {
        return Batch.viaCollection(parents, Country_.neighborIds, Country.class, Country_.name, Country_.code);
    }

    // Batched: one query for the office holders of all countries.
    @NonNull
    @Description("Officials who hold (or held) a position in this country, sorted by name.")
    public List<@NonNull List<@NonNull Official>> officials(@Source List<Country> parents,
            @Description("true: only current office holders; false: only former ones; omitted: both.") Boolean current) {
        return actors.officialsOf(parents, current);
    }

    // Batched: one query for the organizations of all countries.
    @NonNull
    @Description("Official bodies of this country, sorted by name.")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Country> parents) {
        return actors.organizationsOf(parents);
    }

    // Batched: one window query returns the page of statements of every country at once.
    @NonNull
    @Description("Statements about this country, newest first.")
    public List<@NonNull StatementConnection> statements(@Source List<Country> parents,
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @Description("Page size per country, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the statements after this cursor.") String after) {
        return statements.byParents(StatementService.byCountry(), Batch.pks(parents), filter, first, after);
    }

    // Batched: one window query returns the page of figures of every country at once.
    @NonNull
    @Description("Figures observed in this country (for arrivals: arrivals into it), latest period first.")
    public List<@NonNull StatisticConnection> statistics(@Source List<Country> parents,
            @Description("Conditions the figures must meet.") StatisticFilter filter,
            @Description("Page size per country, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the figures after this cursor.") String after) {
        return statistics.byParents(StatisticService.byCountry(), Batch.pks(parents), filter, first, after);
    }

    // Batched: one query for the events of all countries.
    @NonNull
    @Description("Events that happened in this country, oldest first.")
    public List<@NonNull List<@NonNull Event>> events(@Source List<Country> parents) {
        return events.of(parents);
    }

    // Batched: one query pages every country's timeline, then one per fact type loads the facts.
    @NonNull
    @Description("Statements about this country, figures observed in it and events in it, merged in date order"
            + " (oldest first; within a day: events, then statements, then figures).")
    public List<@NonNull FactConnection> timeline(@Source List<Country> parents,
            @Description("Only facts dated on or after this day.") LocalDate from,
            @Description("Only facts dated on or before this day.") LocalDate to,
            @Description("Page size per country, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the facts after this cursor.") String after) {
        return timeline.of(parents, from, to, first, after);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many countries the whole list holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<CountryConnection> connections) {
        return Connection.totalCounts(connections);
    }
}
