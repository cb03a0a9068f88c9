package io.newsgraph.dataset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteReport")
@Description("What a delete did.")
public record DeleteReport(
        @Id @NonNull @Description("Id of the deleted entity.") String id,
        @NonNull @Description("Entities deleted, the one named included (with cascade: also the statements and figures of a deleted source).") int deleted,
        @NonNull @Description("References to the deleted entity that were cleared (with cascade), e.g. statements whose speaker it was.") int unlinked) {
}
