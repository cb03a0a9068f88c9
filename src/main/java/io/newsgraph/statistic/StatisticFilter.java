package io.newsgraph.statistic;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatisticFilter")
@Description("Narrows a list of figures. Every condition given must hold.")
public class StatisticFilter {

    @Description("Only this metric, e.g. `arrivals` (exact match).")
    public String metric;

    @Description("Only figures observed in this country (alpha-2 or alpha-3 code).")
    public String countryCode;

    @Description("Only flows coming from this country (alpha-2 or alpha-3 code), e.g. `RU` for arrivals of Russians.")
    public String originCountryCode;

    @Id
    @Description("Only figures reported by this actor (an official's or organization's id).")
    public String reportedById;

    @Id
    @Description("Only figures reported by this source (its id).")
    public String sourceId;

    @Id
    @Description("Only figures that refer to this event (its id).")
    public String eventId;

    @Id
    @Description("Only figures observed at this place (its id), e.g. `verkhni-lars-checkpoint`.")
    public String placeId;

    @Description("Only daily, weekly, monthly or yearly figures.")
    public Rate rate;

    @Description("Only figures whose period ends on or after this day, i.e. overlaps the days from this one on. Figures without a reported period end pass.")
    public LocalDate from;

    @Description("Only figures whose period starts on or before this day, i.e. overlaps the days up to this one. Figures without a reported period start pass.")
    public LocalDate to;
}
