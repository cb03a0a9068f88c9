package io.newsgraph.proposal;

import io.newsgraph.dataset.Dataset;
import io.newsgraph.security.Editor;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ProposalGraphQLApi {

    @Inject
    ProposalService proposals;

    @Mutation("proposeFacts")
    @Editor
    @Description("Reads a news article and proposes the statements and figures it reports, with the officials, organizations and"
            + " source they need, as a dataset: each statement and figure carries its verbatim excerpt and `evidence` (offsets in"
            + " the text and a confidence). Nothing is stored: review the proposal, then pass it to importDataset. Needs the"
            + " editor role. The same as POST /datasets/proposals.")
    public @NonNull Dataset proposeFacts(@NonNull @Description("The article to read.") Article article) {
        return proposals.propose(article);
    }
}
