package io.newsgraph.statistic;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a figure was reported. News figures are rarely exact; newsgraph stores what was said, not a guess.")
public enum Approximation {
    @Description("An exact figure (\"11,200 on Sunday\"): `value` holds it.")
    EXACT,
    @Description("A rounded or approximate figure (\"some 10,000\", \"nearly 10,000\", \"about\"): `value` holds it.")
    APPROXIMATE,
    @Description("A lower bound (\"more than\", \"at least\", \"over\"): `low` holds it.")
    AT_LEAST,
    @Description("An upper bound (\"less than 10,000\", \"up to\", \"fewer than\"): `high` holds it.")
    AT_MOST,
    @Description("A range (\"5,000 to 6,000\"): `low` and `high` hold its ends.")
    RANGE
}
