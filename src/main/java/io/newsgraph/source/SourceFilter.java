package io.newsgraph.source;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceFilter")
@Description("Narrows a list of sources. Every condition given must hold.")
public class SourceFilter {

    @Description("Text the title contains, in any case.")
    public String title;

    @Description("Text the publisher's name contains, in any case.")
    public String publisher;

    @Description("Only sources published on or after this day.")
    public LocalDate from;

    @Description("Only sources published on or before this day.")
    public LocalDate to;
}
