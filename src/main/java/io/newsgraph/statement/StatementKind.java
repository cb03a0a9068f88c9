package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("How a statement was reported.")
public enum StatementKind {
    @Description("The speaker's own words, quoted verbatim (the text is what stood between the quotation marks).")
    DIRECT_QUOTE,
    @Description("What the speaker said, reported in the source's words.")
    PARAPHRASE
}
