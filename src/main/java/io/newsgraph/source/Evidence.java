package io.newsgraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a fact's excerpt stands in its source's text: kept as three columns of the fact's own row. */
@Type("Evidence")
@Description("Where a fact's excerpt stands in the text of its source, and how sure the proposer that found it was.")
public record Evidence(
        @NonNull @Description("Offset of the excerpt's first character in the source's text (UTF-16 code units, from 0).") Integer start,
        @NonNull @Description("Offset just past the excerpt's last character: the excerpt is text[start, end).") Integer end,
        @Description("How sure the proposer was, from 0 to 1; null for facts entered by hand.") Double confidence) {

    /** The evidence of a row, or null when it has none. */
    public static Evidence of(Integer start, Integer end, Double confidence) {
        return start == null || end == null ? null : new Evidence(start, end, confidence);
    }
}
