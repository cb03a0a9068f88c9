package io.newsgraph.statistic;

import org.eclipse.microprofile.graphql.Description;

@Description("What one value of a figure counts. A figure without a rate is a total over its period.")
public enum Rate {
    @Description("Per day, e.g. \"10,000 a day\".")
    PER_DAY,
    @Description("Per week.")
    PER_WEEK,
    @Description("Per month.")
    PER_MONTH,
    @Description("Per year.")
    PER_YEAR
}
