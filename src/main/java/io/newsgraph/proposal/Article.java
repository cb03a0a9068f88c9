package io.newsgraph.proposal;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The article to read: the body of {@code POST /datasets/proposals} and the argument of {@code proposeFacts}. */
@Input("ArticleInput")
@Description("A news article to read for facts: its text and where and when it was published.")
public record Article(
        @Description("Title or headline.") String title,
        @Description("Who published it.") String publisher,
        @Description("Where it can be read.") String url,
        @Description("Publication date: relative dates in the text (\"on Tuesday\", \"yesterday\") are resolved against it.")
        LocalDate publishedOn,
        @Description("Language, as a tag such as `en`; the proposer reads English.") String language,
        @Description("The full text, at most 200,000 characters.") String text) {
}
