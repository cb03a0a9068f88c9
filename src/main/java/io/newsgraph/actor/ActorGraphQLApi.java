package io.newsgraph.actor;

import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.country.Country;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.dataset.DeleteReport;
import io.newsgraph.dataset.EditService;
import io.newsgraph.dataset.Patches;
import io.newsgraph.security.Editor;
import io.newsgraph.statement.StatementConnection;
import io.newsgraph.statement.StatementFilter;
import io.newsgraph.statement.StatementService;
import io.newsgraph.statistic.StatisticConnection;
import io.newsgraph.statistic.StatisticFilter;
import io.newsgraph.statistic.StatisticService;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ActorGraphQLApi {

    @Inject
    EditService edits;

    @Inject
    ActorService actors;

    @Inject
    PositionsOfRequest positionsOfRequest;

    @Inject
    StatementService statements;

    @Inject
    StatisticService statistics;

    @Query("actor")
    @Description("An official or an organization by its id; ask for `__typename` to know which. Unknown ids give a NOT_FOUND error.")
    public Actor actor(@NonNull @Id @Description("The actor's id, e.g. `kassym-jomart-tokayev`.") String id) {
        return actors.actor(id);
    }

    @Query("official")
    @Description("One official by id. Unknown ids give a NOT_FOUND error.")
    public Official official(@NonNull @Id @Description("The official's id, e.g. `kassym-jomart-tokayev`.") String id) {
        return actors.official(id);
    }

    @Query("officials")
    @Description("Officials, filtered and paged, sorted by name.")
    public @NonNull OfficialConnection officials(
            @Description("Conditions the officials must meet.") ActorFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor.") String after) {
        return actors.officials(filter, first, after);
    }

    @Query("organization")
    @Description("One organization by id. Unknown ids give a NOT_FOUND error.")
    public Organization organization(@NonNull @Id @Description("The organization's id, e.g. `georgia-interior-ministry`.") String id) {
        return actors.organization(id);
    }

    @Query("organizations")
    @Description("Organizations, filtered and paged, sorted by name.")
    public @NonNull OrganizationConnection organizations(
            @Description("Conditions the organizations must meet.") ActorFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor.") String after) {
        return actors.organizations(filter, first, after);
    }

    // Batched: one query for the countries of all actors.
    @Description("The actor's country: an organization's, or the country of an official's office.")
    public List<Country> country(@Source List<Actor> parents) {
        return Batch.toOne(parents, a -> ((ActorEntity) a).countryId, Country.class);
    }

    // Batched: one window query returns the page of statements of every actor at once.
    @NonNull
    @Description("What this actor said, newest first.")
    public List<@NonNull StatementConnection> statements(@Source List<Actor> parents,
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @Description("Page size per actor, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the statements after this cursor.") String after) {
        return statements.byParents(StatementService.bySpeaker(), pks(parents), filter, first, after);
    }

    // Batched: one window query returns the page of figures of every actor at once.
    @NonNull
    @Description("The figures this actor reported, latest period first.")
    public List<@NonNull StatisticConnection> statistics(@Source List<Actor> parents,
            @Description("Conditions the figures must meet.") StatisticFilter filter,
            @Description("Page size per actor, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the figures after this cursor.") String after) {
        return statistics.byParents(StatisticService.byReporter(), pks(parents), filter, first, after);
    }

    // Batched: one query for the aliases of all officials.
    @NonNull
    @Description("Other names the official goes by, e.g. `Tokayev`.")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Official> parents) {
        return actors.aliases(parents);
    }

    // Batched: one query for the positions of all officials.
    @NonNull
    @Description("Offices the official holds or held, current ones first.")
    public List<@NonNull List<@NonNull Position>> positions(@Source List<Official> parents) {
        return positionsOfRequest.of(parents);
    }

    // Batched: the first of the positions read above, without a second query when both are asked.
    @Description("Title of the official's current office (or latest, if none is current), e.g. `President`.")
    public List<String> title(@Source List<Official> parents) {
        return positionsOfRequest.of(parents).stream().map(p -> p.isEmpty() ? null : p.get(0).title).toList();
    }

    // Batched: one query for the countries of all positions.
    @Name("country")
    @Description("The country where the office is held.")
    public List<Country> positionCountry(@Source List<Position> parents) {
        return Batch.toOne(parents, p -> p.countryId, Country.class);
    }

    // Batched: one query for the organizations of all positions.
    @Description("The organization the office belongs to, e.g. a ministry.")
    public List<Organization> organization(@Source List<Position> parents) {
        return Batch.toOne(parents, p -> p.organizationId, Organization.class);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Name("totalCount")
    @Description("How many officials the whole list holds, across all pages.")
    public List<@NonNull Integer> officialsTotalCount(@Source List<OfficialConnection> connections) {
        return Connection.totalCounts(connections);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Name("totalCount")
    @Description("How many organizations the whole list holds, across all pages.")
    public List<@NonNull Integer> organizationsTotalCount(@Source List<OrganizationConnection> connections) {
        return Connection.totalCounts(connections);
    }

    private static List<Long> pks(List<Actor> actors) {
        return actors.stream().map(a -> ((ActorEntity) a).pk).toList();
    }

    @Mutation("createOrganization")
    @Editor
    @Description("Creates an organization. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull Organization createOrganization(@NonNull @Description("The new organization; without a key, one is made from its name.") Dataset.OrganizationEntry input) {
        return edits.create(Organization.class, input);
    }

    @Mutation("updateOrganization")
    @Editor
    @Description("Changes an organization: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull Organization updateOrganization(@NonNull @Id @Description("Id of the organization to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the organization changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.OrganizationPatch input) {
        return edits.update(Organization.class, "Organization", id, version, input);
    }

    @Mutation("deleteOrganization")
    @Editor
    @Description("Deletes an organization. Needs the editor role. Refused with CONFLICT while facts refer to it, unless `cascade` clears those references.")
    public @NonNull DeleteReport deleteOrganization(@NonNull @Id @Description("Id of the organization to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(Organization.class, "Organization", id, cascade);
    }

    @Mutation("createOfficial")
    @Editor
    @Description("Creates an official. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull Official createOfficial(@NonNull @Description("The new official; without a key, one is made from its name.") Dataset.OfficialEntry input) {
        return edits.create(Official.class, input);
    }

    @Mutation("updateOfficial")
    @Editor
    @Description("Changes an official: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull Official updateOfficial(@NonNull @Id @Description("Id of the official to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the official changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.OfficialPatch input) {
        return edits.update(Official.class, "Official", id, version, input);
    }

    @Mutation("deleteOfficial")
    @Editor
    @Description("Deletes an official. Needs the editor role. Refused with CONFLICT while facts refer to the official, unless `cascade` clears those references.")
    public @NonNull DeleteReport deleteOfficial(@NonNull @Id @Description("Id of the official to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(Official.class, "Official", id, cascade);
    }
}
