package io.newsgraph.dataset;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportReport")
@Description("What an import did, per kind of entity.")
public record ImportReport(@NonNull @Description("One line per kind of entity in the dataset.") List<@NonNull EntityCounts> entities) {

    @Type("ImportCounts")
    @Description("How many entities of one kind an import created, changed or found already as given.")
    public record EntityCounts(
            @NonNull @Description("The kind of entity: `sources`, `statements`, ...") String type,
            @NonNull @Description("Entities that did not exist before.") int created,
            @NonNull @Description("Existing entities that the import changed.") int updated,
            @NonNull @Description("Existing entities that already matched the dataset.") int unchanged) {

        @Override
        public String toString() {
            return type + ": " + created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    public int changes() {
        return entities.stream().mapToInt(e -> e.created() + e.updated()).sum();
    }

    @Override
    public String toString() {
        return String.join("; ", entities.stream().map(EntityCounts::toString).toList());
    }
}
