package io.newsgraph.statistic;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorService;
import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.DeleteReport;
import io.newsgraph.dataset.EditService;
import io.newsgraph.dataset.Patches;
import io.newsgraph.event.Event;
import io.newsgraph.event.Event_;
import io.newsgraph.place.Place;
import io.newsgraph.security.Editor;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statement.Statement;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class StatisticGraphQLApi {

    @Inject
    EditService edits;

    @Inject
    StatisticService statistics;

    @Query("statistic")
    @Description("One figure by its id. Unknown ids give a NOT_FOUND error.")
    public Statistic statistic(@NonNull @Id @Description("The figure's id.") String id) {
        return statistics.get(id);
    }

    @Query("statistics")
    @Description("Reported figures, latest period first unless `orderBy` says otherwise, filtered and paged."
            + " A series: filter by metric and country, order by PERIOD_END ascending.")
    public @NonNull StatisticConnection statistics(
            @Description("Conditions the figures must meet.") StatisticFilter filter,
            @Description("Sort order; default PERIOD_END, latest first.") StatisticOrder orderBy,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (a `cursor` or `pageInfo.endCursor` from this list).") String after) {
        return statistics.list(filter, orderBy, first, after);
    }

    // Batched: one query for the countries of all figures.
    @NonNull
    @Description("The country where the figure was observed (for arrivals: the country arrived in).")
    public List<Country> country(@Source List<Statistic> parents) {
        return Batch.toOne(parents, s -> s.countryId, Country.class);
    }

    // Batched: one query for the origin countries of all figures.
    @Description("For flows of people or goods: the country they come from.")
    public List<Country> originCountry(@Source List<Statistic> parents) {
        return Batch.toOne(parents, s -> s.originCountryId, Country.class);
    }

    // Batched: one query for the places of all figures.
    @Description("The place where the figure was observed, e.g. a checkpoint.")
    public List<Place> place(@Source List<Statistic> parents) {
        return Batch.toOne(parents, s -> s.placeId, Place.class);
    }

    // Batched: one query for the reporters of all figures.
    @Description("Who reported the figure; null when the source gives it in its own voice.")
    public List<Actor> reportedBy(@Source List<Statistic> parents) {
        return ActorService.toOne(parents, s -> s.reportedById);
    }

    // Batched: one query for the statements of all figures.
    @Description("The statement in which the figure was given, if any.")
    public List<Statement> statement(@Source List<Statistic> parents) {
        return Batch.toOne(parents, s -> s.statementId, Statement.class);
    }

    // Batched: one query for the sources of all figures.
    @NonNull
    @Description("The source that reported the figure.")
    public List<SourceEntity> source(@Source List<Statistic> parents) {
        return Batch.toOne(parents, s -> s.sourceId, SourceEntity.class);
    }

    // Batched: one query for the events of all figures.
    @NonNull
    @Description("The events this figure refers to.")
    public List<@NonNull List<@NonNull Event>> events(@Source List<Statistic> parents) {
        return Batch.viaCollection(parents, Statistic_.eventIds, Event.class, Event_.startDate, Event_.key);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many figures the whole list holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<StatisticConnection> connections) {
        return Connection.totalCounts(connections);
    }

    @Mutation("createStatistic")
    @Editor
    @Description("Creates a figure. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull Statistic createStatistic(@NonNull @Description("The new statistic; without a key, one is made from its name.") Dataset.StatisticEntry input) {
        return edits.create(Statistic.class, input);
    }

    @Mutation("updateStatistic")
    @Editor
    @Description("Changes a figure: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull Statistic updateStatistic(@NonNull @Id @Description("Id of the statistic to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the statistic changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.StatisticPatch input) {
        return edits.update(Statistic.class, "Statistic", id, version, input);
    }

    @Mutation("deleteStatistic")
    @Editor
    @Description("Deletes a figure. Needs the editor role. Nothing depends on a figure.")
    public @NonNull DeleteReport deleteStatistic(@NonNull @Id @Description("Id of the statistic to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(Statistic.class, "Statistic", id, cascade);
    }
}
