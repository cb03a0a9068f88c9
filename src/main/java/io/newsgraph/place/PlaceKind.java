package io.newsgraph.place;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of place this is.")
public enum PlaceKind {
    @Description("A border crossing point, e.g. Verkhni Lars.")
    CHECKPOINT,
    @Description("A region, province or state inside a country, e.g. North Ossetia.")
    REGION,
    @Description("A city or town.")
    CITY,
    @Description("Any other named place.")
    OTHER
}
