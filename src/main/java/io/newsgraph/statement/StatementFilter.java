package io.newsgraph.statement;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Narrows a list of statements. Every condition given must hold.")
public class StatementFilter {

    @Description("Words that must all occur in the statement's text, in any case and order, e.g. `safety Russia`.")
    public String text;

    @Id
    @Description("Only statements by this speaker (an official's or organization's id).")
    public String speakerId;

    @Description("Only statements about this country (alpha-2 or alpha-3 code).")
    public String countryCode;

    @Description("Only direct quotes, or only paraphrases.")
    public StatementKind kind;

    @Id
    @Description("Only statements reported by this source (its id).")
    public String sourceId;

    @Id
    @Description("Only statements that refer to this event (its id).")
    public String eventId;

    @Id
    @Description("Only statements that concern this place (its id), e.g. `verkhni-lars-checkpoint`.")
    public String placeId;

    @Description("Only statements made on or after this day. Undated statements count as made on their source's publication date.")
    public LocalDate from;

    @Description("Only statements made on or before this day. Undated statements count as made on their source's publication date.")
    public LocalDate to;
}
