package io.newsgraph.event;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EventFilter")
@Description("Narrows a list of events. Every condition given must hold.")
public class EventFilter {

    @Description("Text the event's name contains, in any case.")
    public String name;

    @Description("Only events in this country (alpha-2 or alpha-3 code).")
    public String countryCode;

    @Description("Only events whose last day (the end date, or the start date for an event without one) is on or after this day.")
    public LocalDate from;

    @Description("Only events that began on or before this day.")
    public LocalDate to;
}
