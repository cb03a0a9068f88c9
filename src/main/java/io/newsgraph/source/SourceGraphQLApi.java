package io.newsgraph.source;

import io.newsgraph.common.Batch;
import io.newsgraph.common.paging.Connection;
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
public class SourceGraphQLApi {

    @Inject
    EditService edits;

    @Inject
    SourceService sources;

    @Inject
    StatementService statements;

    @Inject
    StatisticService statistics;

    @Query("source")
    @Description("One source by its id. Unknown ids give a NOT_FOUND error.")
    public SourceEntity source(@NonNull @Id @Description("The source's id.") String id) {
        return sources.get(id);
    }

    @Query("sources")
    @Description("Sources, newest first, filtered and paged.")
    public @NonNull SourceConnection sources(
            @Description("Conditions the sources must meet.") SourceFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor.") String after) {
        return sources.list(filter, first, after);
    }

    // Batched: one query for the texts of all sources, instead of one lazy load per source.
    @Description("The full text of the source, when stored. Every excerpt of its statements and figures occurs in it verbatim.")
    public List<String> text(@Source List<SourceEntity> parents) {
        var texts = SourceEntity.texts(Batch.pks(parents));
        return parents.stream().map(s -> texts.get(s.pk)).toList();
    }

    // Batched: one window query returns the page of statements of every source at once.
    @NonNull
    @Description("The statements this source reports, newest first.")
    public List<@NonNull StatementConnection> statements(@Source List<SourceEntity> parents,
            @Description("Page size per source, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the statements after this cursor.") String after) {
        return statements.byParents(StatementService.bySource(), Batch.pks(parents), null, first, after);
    }

    // Batched: one window query returns the page of figures of every source at once.
    @NonNull
    @Description("The figures this source reports, latest period first.")
    public List<@NonNull StatisticConnection> statistics(@Source List<SourceEntity> parents,
            @Description("Page size per source, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the figures after this cursor.") String after) {
        return statistics.byParents(StatisticService.bySource(), Batch.pks(parents), null, first, after);
    }

    // Batched: one count query per level, and only when a client asks for totalCount.
    @NonNull
    @Description("How many sources the whole list holds, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<SourceConnection> connections) {
        return Connection.totalCounts(connections);
    }

    @Mutation("createSource")
    @Editor
    @Description("Creates a source. Needs the editor role. Fails with BAD_USER_INPUT (every problem, with its field) or NOT_FOUND (a referenced key).")
    public @NonNull SourceEntity createSource(@NonNull @Description("The new source; without a key, one is made from its name.") Dataset.SourceEntry input) {
        return edits.create(SourceEntity.class, input);
    }

    @Mutation("updateSource")
    @Editor
    @Description("Changes a source: only the fields given change. Needs the editor role. A stale `version` fails with CONFLICT.")
    public @NonNull SourceEntity updateSource(@NonNull @Id @Description("Id of the source to change.") String id,
            @Description("The version last read; the update fails with CONFLICT if the source changed since.") Integer version,
            @NonNull @Description("The changes.") Patches.SourcePatch input) {
        return edits.update(SourceEntity.class, "Source", id, version, input);
    }

    @Mutation("deleteSource")
    @Editor
    @Description("Deletes a source. Needs the editor role. Refused with CONFLICT while statements or figures come from it, unless `cascade` deletes them too.")
    public @NonNull DeleteReport deleteSource(@NonNull @Id @Description("Id of the source to delete.") String id,
            @Description("Also delete or clear what depends on it (see above).") @DefaultValue("false") boolean cascade) {
        return edits.delete(SourceEntity.class, "Source", id, cascade);
    }
}
