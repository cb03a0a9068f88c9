package io.newsgraph.common;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
    @Description("Ascending: oldest, smallest or A first.")
    ASC,
    @Description("Descending: newest, largest or Z first.")
    DESC
}
