package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorService;
import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import io.newsgraph.country.Country_;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.DeleteReport;
import io.newsgraph.dataset.EditService;
import io.newsgraph.dataset.Patches;
import io.newsgraph.event.Event;
import io.newsgraph.event.Event_;
import io.newsgraph.place.Place;
import io.newsgraph.place.Place_;
import io.newsgraph.security.Editor;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.statistic.Statistic;
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
public class StatementGraphQLApi {

    @Inject
    EditService edits;

    @Inject
    StatementService statements;

    @Inject
    StatisticService statistics;

    @Query("statement")
    @Description("One statement by its id. Unknown ids give a NOT_FOUND error.")
    public Statement statement(@NonNull @Id @Description("The statement's id.") String id) {
        return statements.get(id);
    }

    @Query("statements")
    @Description("Statements, newest first unless `orderBy` says otherwise, filtered and paged.")
    public @NonNull StatementConnection statements(
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @Description("Sort order; default SAID_ON, newest first.") StatementOrder orderBy,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (a `cursor` or `pageInfo.endCursor` from this list).") String after) {
        return statements.list(filter, orderBy, first, after);
    }

    // Batched: one query loads the speakers of every statement in the response, not one per statement.
    @Description("Who said it; null when the source does not say.")
    public List<Actor> speaker(@Source List<Statement> parents) {
        return ActorService.toOne(parents, s -> s.speakerId);
    }

    // Batched: one query for the sources of all statements.
    @NonNull
    @Description("The source that reported this statement.")
    public List<SourceEntity> source(@Source List<Statement> parents) {
        return Batch.toOne(parents, s -> s.sourceId, SourceEntity.class);
    }

    // Batched: one query for the countries of all statements.
    @NonNull
    @Description("The countries this statement is about.")
    public List<@NonNull List<@NonNull Country>> countries(@Source List<Statement> parents) {
        return Batch.viaCollection(parents, Statement_.countryIds, Country.class, Country_.name, Country_.code);
    }

    // Batched: one query for the places of all statements.
    @NonNull
    @Description("The places this statement concerns.")
    public List<@NonNull List<@NonNull Place>> places(@Source List<Statement> parents) {
        return Batch.viaCollection(parents, Statement_.placeIds, Place.class, Place_.name, Place_.key);
    }

    // Batched: one query for the events of all statements.
    @NonNull
    @Description("The events this statement refers to.")
    public List<@NonNull List<@NonNull Event>> events(@Source List<Statement> parents) {
        return Batch.viaCollection(parents, Statement_.eventIds, Event.class, Event_.startDate, Event_.key);
    }

    // Batched: one query for the figures stated by all statements.
    @NonNull
    @Description("The figures given in this statement.")
    public List<@NonNull List<@NonNull Statistic>> statistics(@Source List<Statement> parents) {
        return statistics.ofStatements(parents);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many statements the whole list holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<StatementConnection> connections) {
        return Connection.totalCounts(connections);
    }

    @Mutation("createStatement")
    @Editor
    @Description("Creates a statement. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull Statement createStatement(@NonNull @Description("The new statement; without a key, one is made from its name.") Dataset.StatementEntry input) {
        return edits.create(Statement.class, input);
    }

    @Mutation("updateStatement")
    @Editor
    @Description("Changes a statement: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull Statement updateStatement(@NonNull @Id @Description("Id of the statement to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the statement changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.StatementPatch input) {
        return edits.update(Statement.class, "Statement", id, version, input);
    }

    @Mutation("deleteStatement")
    @Editor
    @Description("Deletes a statement. Needs the editor role. Refused with CONFLICT while figures refer to it, unless `cascade` clears those references.")
    public @NonNull DeleteReport deleteStatement(@NonNull @Id @Description("Id of the statement to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(Statement.class, "Statement", id, cascade);
    }
}
