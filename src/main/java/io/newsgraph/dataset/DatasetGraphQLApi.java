package io.newsgraph.dataset;

import io.newsgraph.common.error.Conflicts;
import io.newsgraph.security.Editor;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class DatasetGraphQLApi {

    @Inject
    EditService edits;

    @Inject
    Vacuum vacuum;

    @Mutation("importDataset")
    @Editor
    @Description("Imports facts in the dataset format, all-or-nothing: a dataset with any problem changes nothing and the"
            + " error lists every problem with its path (e.g. `statistics[3].high`). Entities are matched by key, so importing"
            + " the same dataset again changes nothing. Needs the editor role. Large files: configure NEWSGRAPH_DATASETS instead.")
    public @NonNull ImportReport importDataset(@NonNull @Description("The facts to import.") Dataset dataset) {
        ImportReport report;
        try {
            report = edits.importDataset(dataset);
        } catch (RuntimeException e) {
            if (!Conflicts.isConflict(e)) {
                throw e;
            }
            // A concurrent import created some of the same keys first; the retry finds and matches them.
            report = edits.importDataset(dataset);
        }
        vacuum.afterImport(report);
        return report;
    }
}
