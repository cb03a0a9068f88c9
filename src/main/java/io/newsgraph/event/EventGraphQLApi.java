package io.newsgraph.event;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorService;
import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.DeleteReport;
import io.newsgraph.dataset.EditService;
import io.newsgraph.dataset.Patches;
import io.newsgraph.security.Editor;
import io.newsgraph.statement.StatementConnection;
import io.newsgraph.statement.StatementService;
import io.newsgraph.statistic.StatisticConnection;
import io.newsgraph.statistic.StatisticService;
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
public class EventGraphQLApi {

    @Inject
    EditService edits;

    @Inject
    EventService events;

    @Inject
    StatementService statements;

    @Inject
    StatisticService statistics;

    @Query("event")
    @Description("One event by its id. Unknown ids give a NOT_FOUND error.")
    public Event event(@NonNull @Id @Description("The event's id.") String id) {
        return events.get(id);
    }

    @Query("events")
    @Description("Events, most recent first, filtered and paged.")
    public @NonNull EventConnection events(
            @Description("Conditions the events must meet.") EventFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor.") String after) {
        return events.list(filter, first, after);
    }

    // Batched: one query for the countries of all events.
    @Description("The country where it happened.")
    public List<Country> country(@Source List<Event> parents) {
        return Batch.toOne(parents, e -> e.countryId, Country.class);
    }

    // Batched: one query for the initiators of all events.
    @Description("Who set it off, e.g. the president who decreed a mobilization.")
    public List<Actor> initiatedBy(@Source List<Event> parents) {
        return ActorService.toOne(parents, e -> e.initiatedById);
    }

    // Batched: one window query returns the page of statements of every event at once.
    @NonNull
    @Description("Statements that refer to this event, newest first.")
    public List<@NonNull StatementConnection> statements(@Source List<Event> parents,
            @Description("Page size per event, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the statements after this cursor.") String after) {
        return statements.byParents(StatementService.byEvent(), Batch.pks(parents), null, first, after);
    }

    // Batched: one window query returns the page of figures of every event at once.
    @NonNull
    @Description("Figures that refer to this event, latest period first.")
    public List<@NonNull StatisticConnection> statistics(@Source List<Event> parents,
            @Description("Page size per event, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the figures after this cursor.") String after) {
        return statistics.byParents(StatisticService.byEvent(), Batch.pks(parents), null, first, after);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many events the whole list holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<EventConnection> connections) {
        return Connection.totalCounts(connections);
    }

    @Mutation("createEvent")
    @Editor
    @Description("Creates an event. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull Event createEvent(@NonNull @Description("The new event; without a key, one is made from its name.") Dataset.EventEntry input) {
        return edits.create(Event.class, input);
    }

    @Mutation("updateEvent")
    @Editor
    @Description("Changes an event: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull Event updateEvent(@NonNull @Id @Description("Id of the event to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the event changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.EventPatch input) {
        return edits.update(Event.class, "Event", id, version, input);
    }

    @Mutation("deleteEvent")
    @Editor
    @Description("Deletes an event. Needs the editor role. Refused with CONFLICT while facts refer to it, unless `cascade` clears those references.")
    public @NonNull DeleteReport deleteEvent(@NonNull @Id @Description("Id of the event to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(Event.class, "Event", id, cascade);
    }
}
