package io.newsgraph.statistic;

import org.eclipse.microprofile.graphql.Description;

@Description("What to sort figures by.")
public enum StatisticOrderField {
    @Description("The last day of the figure's period (else its first day, else the source's date). The default, latest first.")
    PERIOD_END,
    @Description("The figure's value: `value`, or `low` for lower bounds and ranges, or `high` for upper bounds.")
    VALUE
}
